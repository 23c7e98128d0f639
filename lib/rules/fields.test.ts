// Every setting, change, status and reason the rules pages show has words in both catalogues, and
// every refusal of a definition is a code both catalogues say.
import { describe, expect, it } from "vitest";
import { OrderStatus } from "@/generated/prisma/enums";
import { CATALOGUES } from "@/lib/i18n";
import { DEFAULT_RULES, MODIFICATION_CHANGES, RETURN_REASONS, RULE_SCHEMAS } from "./schemas";
import { definitionFieldIssues } from "./definition-errors";
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

  it("says every refusal of a definition with a code both catalogues have, on the setting's path", () => {
    const broken: Array<[keyof typeof RULE_SCHEMAS, unknown, string]> = [
      ["SOURCING", { ...DEFAULT_RULES.SOURCING, maxShipments: 1.5 }, "definition.maxShipments"],
      ["SOURCING", { ...DEFAULT_RULES.SOURCING, costs: { ...DEFAULT_RULES.SOURCING.costs, perKm: -1 } }, "definition.costs.perKm"],
      ["RETURNS", { ...DEFAULT_RULES.RETURNS, restockableReasons: ["NOPE"] }, "definition.restockableReasons"],
      ["RETURNS", { ...DEFAULT_RULES.RETURNS, buyerReasons: ["NOPE"] }, "definition.buyerReasons"],
      ["PICKUP", { windowDays: 3, reminderAfterDays: 5 }, "definition.reminderAfterDays"],
    ];
    for (const [kind, definition, path] of broken) {
      const parsed = RULE_SCHEMAS[kind].safeParse(definition);
      expect(parsed.success, path).toBe(false);
      const issue = definitionFieldIssues(parsed.error!)[path];
      expect(issue, path).toBeDefined();
      for (const locale of ["en", "fr"] as const) expect(CATALOGUES[locale].errors, `${locale} ${issue.code}`).toHaveProperty(issue.code);
    }
  });
});
