// Every setting, change, status and reason the rules pages show has words in both catalogues, and
// every message key the admin commands send back exists.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OrderStatus } from "@/generated/prisma/enums";
import { CATALOGUES } from "@/lib/i18n";
import { DEFAULT_RULES, MODIFICATION_CHANGES, RETURN_REASONS, RULE_SCHEMAS } from "./schemas";
import { RULE_FIELDS, RULE_KINDS, readPath, writePath } from "./fields";

function lookup(locale: "en" | "fr", key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), CATALOGUES[locale]);
}

describe("rule catalogue", () => {
  it("labels every editable setting of every kind, and every setting path exists in the defaults", () => {
    for (const kind of RULE_KINDS) {
      for (const spec of RULE_FIELDS[kind]) {
        expect(readPath(DEFAULT_RULES[kind], spec.path), `${kind}.${spec.path}`).not.toBeUndefined();
        for (const locale of ["en", "fr"] as const) expect(typeof lookup(locale, `admin.rules.fields.${kind}.${spec.path}`), `${locale} ${kind}.${spec.path}`).toBe("string");
      }
    }
  });

  it("names every modification change, order status and built-in return reason", () => {
    for (const c of MODIFICATION_CHANGES) expect(typeof lookup("en", `admin.rules.changes.${c}`)).toBe("string");
    for (const s of Object.values(OrderStatus)) expect(typeof lookup("en", `admin.rules.orderStatuses.${s}`)).toBe("string");
    for (const r of RETURN_REASONS) expect(typeof lookup("en", `admin.rules.reasons.codes.${r}`)).toBe("string");
  });

  it("rebuilding a definition from its settings gives back a valid definition", () => {
    for (const kind of RULE_KINDS) {
      let def: unknown = DEFAULT_RULES[kind];
      for (const spec of RULE_FIELDS[kind]) def = writePath(def, spec.path, readPath(DEFAULT_RULES[kind], spec.path));
      expect(RULE_SCHEMAS[kind].safeParse(def).success).toBe(true);
      expect(def).toEqual(DEFAULT_RULES[kind]);
    }
  });

  it("has every admin.errors key the admin commands and schemas use", () => {
    const roots = ["lib/nodes", "lib/users", "lib/rules", "components/admin"];
    const files = roots.flatMap((r) => fs.readdirSync(r, { recursive: true, encoding: "utf8" }).map((f) => path.join(r, f))).filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(".test.ts"));
    const keys = new Set(files.flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/"(admin\.errors\.\w+)"/g)].map((m) => m[1])));
    expect(keys.size).toBeGreaterThan(10);
    for (const key of keys) for (const locale of ["en", "fr"] as const) expect(typeof lookup(locale, key), `${locale} ${key}`).toBe("string");
  });
});
