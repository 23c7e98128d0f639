// The layering rules hold: ESLint refuses an import of another context's internals (the rule lives in
// eslint.config.mjs), and every context's client entry loads no server code, however deep it goes.
import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");

describe("the layering lint", () => {
  let eslint: ESLint;
  beforeAll(async () => {
    eslint = new ESLint({ cwd: ROOT });
    // Loading the configuration and its plugins is the slow part: do it once, before the clock.
    await eslint.lintText("", { filePath: path.join(ROOT, "lib/x.ts") });
  });

  async function layeringProblems(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
    return result.messages.filter((m) => m.ruleId === "layering/entries").map((m) => m.messageId ?? m.message);
  }

  it("refuses a cross-context deep import, by alias or by relative path", async () => {
    expect(await layeringProblems("lib/orders/x.ts", 'export { reserveUnits } from "@/lib/inventory/commands/reserve";\n')).toEqual(["internal"]);
    expect(await layeringProblems("lib/orders/x.ts", 'export { reserveUnits } from "../inventory/commands/reserve";\n')).toEqual(["internal"]);
    expect(await layeringProblems("app/x/page.tsx", 'export { getPublishedRules } from "@/lib/rules/published";\n')).toEqual(["internal"]);
  });

  it("accepts another context's server entry and client entry", async () => {
    expect(await layeringProblems("lib/orders/x.ts", 'export { reserveUnits } from "@/lib/inventory";\n')).toEqual([]);
    expect(await layeringProblems("lib/orders/x.ts", 'export { availableToPromise } from "@/lib/inventory/client";\n')).toEqual([]);
    expect(await layeringProblems("lib/orders/x.ts", 'export { fieldIssue } from "@/lib/errors";\n')).toEqual([]);
  });

  it("refuses a context's own entry from inside it (an import cycle)", async () => {
    expect(await layeringProblems("lib/orders/x.ts", 'export { captureOrder } from "@/lib/orders";\n')).toEqual(["ownEntry"]);
    expect(await layeringProblems("lib/orders/x.ts", 'export { priceOrder } from "./pricing";\n')).toEqual([]);
  });

  it("lets browser code take values from client entries and only types from server entries", async () => {
    expect(await layeringProblems("components/x.tsx", 'export { AGENT_TIME_ZONE } from "@/lib/orders";\n')).toEqual(["browser"]);
    expect(await layeringProblems("components/x.tsx", 'export { AGENT_TIME_ZONE } from "@/lib/orders/client";\n')).toEqual([]);
    expect(await layeringProblems("components/x.tsx", 'export type { OrderDetail } from "@/lib/orders";\n')).toEqual([]);
    expect(await layeringProblems("app/x/error.tsx", '"use client";\nexport { can } from "@/lib/auth";\n')).toEqual(["browser"]);
    expect(await layeringProblems("app/x/page.tsx", 'export { requireActor } from "@/lib/auth";\n')).toEqual([]);
  });

  it("keeps test-only modules to tests, scripts and e2e", async () => {
    expect(await layeringProblems("app/x/page.tsx", 'export { buildWorld } from "@/lib/orders/testing";\n')).toEqual(["testOnly"]);
    expect(await layeringProblems("app/x/route.test.ts", 'export { buildWorld } from "@/lib/orders/testing";\n')).toEqual([]);
    expect(await layeringProblems("e2e/x.spec.ts", 'export { openTestDb } from "@/lib/db/testing";\n')).toEqual([]);
  });
});

// ---- client entries, followed import by import (types are erased and do not count)

const SERVER_ONLY = [/^node:/, /^@\/generated\/prisma\/client$/, /^@prisma\//, /^pg$/, /^next\/(headers|navigation|cache)$/, /^next-auth/, /^nodemailer$/, /^bcryptjs$/];

function moduleFile(base: string): string | null {
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) if (fs.existsSync(candidate)) return candidate;
  return null;
}

/** The value imports of a module: import/export ... from, side-effect imports and import(). */
function valueImports(source: string): string[] {
  const specs: string[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;
  for (const m of source.matchAll(statement)) {
    if (m[5] ?? m[6]) {
      specs.push((m[5] ?? m[6])!);
      continue;
    }
    if (m[2]) continue;
    const braces = /^\{([^}]*)\}$/.exec(m[3].trim());
    const names = braces ? braces[1].split(",").map((s) => s.trim()).filter(Boolean) : null;
    if (names && names.length > 0 && names.every((n) => n.startsWith("type "))) continue;
    specs.push(m[4]);
  }
  return specs;
}

/** Every problem on the way from a client entry: a server entry, a server-only package, the database. */
function serverReach(entry: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, trail: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of valueImports(fs.readFileSync(file, "utf8"))) {
      const here = [...trail, `${path.relative(ROOT, file)} -> ${spec}`];
      if (SERVER_ONLY.some((re) => re.test(spec))) {
        problems.push(here.join("\n  "));
        continue;
      }
      let base: string;
      if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
      else if (spec.startsWith(".")) base = path.resolve(path.dirname(file), spec);
      else continue;
      const target = path.relative(ROOT, base).split(path.sep).join("/");
      const context = /^lib\/([a-z0-9-]+)$/.exec(target);
      // Another context reached through its server entry, or the database context at all.
      if ((context && fs.statSync(base, { throwIfNoEntry: false })?.isDirectory()) || target === "lib/db" || target.startsWith("lib/db/") || target === "lib/http" || target === "lib/actions") {
        problems.push(here.join("\n  "));
        continue;
      }
      const next = moduleFile(base);
      if (next) walk(next, here);
    }
  };
  walk(entry, []);
  return problems;
}

describe("client entries", () => {
  const contexts = fs.readdirSync(path.join(ROOT, "lib"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

  it("every context but the database has a server entry and a client entry", () => {
    for (const context of contexts) {
      expect(fs.existsSync(path.join(ROOT, "lib", context, "index.ts")), `lib/${context}/index.ts`).toBe(true);
      if (context !== "db") expect(fs.existsSync(path.join(ROOT, "lib", context, "client.ts")), `lib/${context}/client.ts`).toBe(true);
    }
  });

  it("sees server code where there is some", () => {
    expect(serverReach(path.join(ROOT, "lib/orders/index.ts"))).not.toEqual([]);
  });

  it.each(contexts.filter((c) => c !== "db"))("lib/%s/client.ts loads no server code", (context) => {
    expect(serverReach(path.join(ROOT, "lib", context, "client.ts"))).toEqual([]);
  });
});
