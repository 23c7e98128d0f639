import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { englishFields, issueFor, NotFoundError, RuleViolation, UnauthenticatedError, zodFieldIssues } from "./errors";
import { CATALOGUES } from "./i18n";
import { errorText } from "@/lib/i18n/client";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") ? [] : sourceFiles(full);
    // Tests and their builders name SKUs and promo codes in capitals: they raise nothing.
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$|testing|test-builders|fixtures/.test(full) ? [full] : [];
  });
}

// Every way the code raises a code: a typed error's first argument, a field issue, a zod message.
const RAISES = [
  /\b(?:DomainError|ValidationError|ConflictError|StateConflictError|RuleViolation|ForbiddenError|UnauthenticatedError|PaymentRefused)\(\s*"([A-Z][A-Z0-9_]+)"/g,
  /\bApiRequestError\(\s*\d{3},\s*"([A-Z][A-Z0-9_]+)"/g,
  /\bfieldIssue\(\s*"([A-Z][A-Z0-9_]+)"/g,
  /\bcode:\s*"([A-Z][A-Z0-9_]+)"/g,
  /\bmessage:\s*"([A-Z][A-Z0-9_]+)"/g,
  /\.(?:min|max|length|regex|refine|email|int|positive|nonnegative|url|uuid|startsWith|endsWith|includes)\([^()]*?,\s*"([A-Z][A-Z0-9_]+)"\)/g,
  /\.(?:email|int|positive|nonnegative|url|uuid|nonempty)\(\s*"([A-Z][A-Z0-9_]+)"\)/g,
];

describe("error codes", () => {
  it("every code the code base raises has an English and a French message", () => {
    const root = path.resolve(__dirname, "..");
    const raised = new Map<string, string>();
    for (const dir of ["lib", "app", "components"]) {
      for (const file of sourceFiles(path.join(root, dir))) {
        const text = fs.readFileSync(file, "utf8");
        for (const re of RAISES) for (const m of text.matchAll(re)) if (!raised.has(m[1])) raised.set(m[1], path.relative(root, file));
      }
    }
    // The scan must see the code base, or it proves nothing.
    expect(raised.size).toBeGreaterThan(40);
    const missing = [...raised].filter(([code]) => !(code in CATALOGUES.en.errors) || !(code in CATALOGUES.fr.errors)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it("each code is defined in one catalogue file only, so no context silently overrides another's text", () => {
    const dir = path.resolve(__dirname, "i18n/messages/en/errors");
    const owner = new Map<string, string[]>();
    for (const file of fs.readdirSync(dir).filter((f) => f !== "index.ts")) {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const body = text.slice(text.indexOf("= {"), text.indexOf("} as const"));
      for (const m of body.matchAll(/^\s+"?([A-Z][A-Z0-9_]+(?:\.[A-Za-z0-9_]+)?)"?:/gm)) owner.set(m[1], [...(owner.get(m[1]) ?? []), file]);
    }
    expect(owner.size).toBeGreaterThan(50);
    expect([...owner].filter(([, files]) => files.length > 1)).toEqual([]);
  });

  it("reads zod's checks as codes with their bounds", () => {
    const schema = z.object({
      name: z.string().trim().min(1),
      postcode: z.string().min(2).max(12),
      qty: z.number().int().min(1).max(999),
      email: z.email(),
      mode: z.enum(["SHIP", "PICKUP"]),
      lines: z.array(z.string()).min(1),
    });
    const r = schema.safeParse({ name: "  ", postcode: "x".repeat(13), qty: 1000, email: "nope", mode: "FLY", lines: [] });
    expect(r.success).toBe(false);
    expect(zodFieldIssues(r.error!)).toEqual({
      name: { code: "REQUIRED" },
      postcode: { code: "TOO_LONG", params: { maximum: 12 } },
      qty: { code: "TOO_BIG", params: { maximum: 999 } },
      email: { code: "INVALID_EMAIL" },
      mode: { code: "INVALID_OPTION", params: { options: "SHIP, PICKUP" } },
      lines: { code: "TOO_FEW", params: { minimum: 1 } },
    });
    const missing = z.object({ qty: z.number() }).safeParse({});
    expect(issueFor(missing.error!.issues[0])).toEqual({ code: "REQUIRED" });
    const fraction = z.number().int().safeParse(1.5);
    expect(issueFor(fraction.error!.issues[0])).toEqual({ code: "NOT_INTEGER" });
  });

  it("keeps a schema's own code and ignores a sentence", () => {
    const coded = z.string().regex(/^\d+$/, "INVALID_FORMAT").safeParse("x");
    expect(issueFor(coded.error!.issues[0])).toEqual({ code: "INVALID_FORMAT" });
    const prose = z.string().min(3, "Three at least, please.").safeParse("x");
    expect(issueFor(prose.error!.issues[0])).toEqual({ code: "TOO_SHORT", params: { minimum: 3 } });
  });

  it("says an error in each language, with its parameters formatted for the reader", () => {
    expect(errorText("en", { code: "TOO_LONG", params: { maximum: 200 } })).toBe("At most 200 characters.");
    expect(errorText("fr", { code: "TOO_LONG", params: { maximum: 200 } })).toBe("Au plus 200 caractères.");
    expect(errorText("fr", { code: "NOT_FOUND", params: { entity: "order", id: "OMS-1" } })).toBe("La commande OMS-1 est introuvable.");
    expect(errorText("fr", { code: "NO_SUCH_CODE" })).toBe(CATALOGUES.fr.errors.REFUSED);
  });

  it("says the reason of a general refusal when the reason is a code", () => {
    const e = new UnauthenticatedError("API_KEY_MISSING");
    expect(e.code).toBe("UNAUTHENTICATED");
    expect(e.message).toBe(CATALOGUES.en.errors.API_KEY_MISSING);
    expect(errorText("fr", { code: "FORBIDDEN", params: { reason: "OTHER_STORE" } })).toBe(CATALOGUES.fr.errors.OTHER_STORE);
    expect(errorText("fr", { code: "FORBIDDEN" })).toBe(CATALOGUES.fr.errors.FORBIDDEN);
  });

  it("gives a thrown error its English message and the API its English fields", () => {
    const e = new NotFoundError("order", "OMS-9");
    expect(e.message).toBe("Order OMS-9 was not found.");
    expect(e.code).toBe("NOT_FOUND");
    const v = new RuleViolation("VALIDATION_FAILED", {}, { "lines.0.qty": { code: "TOO_BIG", params: { maximum: 3 } } });
    expect(englishFields(v.fields!)).toEqual({ "lines.0.qty": "At most 3." });
  });
});
