import { describe, expect, it } from "vitest";
import { CATALOGUES, createTranslator, formatMoney, formatDate, localeFromAcceptLanguage } from "./index";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj === "string") return [prefix];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

describe("message catalogues", () => {
  it("French has exactly the English keys, none empty", () => {
    expect(keys(CATALOGUES.fr).sort()).toEqual(keys(CATALOGUES.en).sort());
    for (const k of keys(CATALOGUES.fr)) expect(createTranslator("fr")(k as never).trim()).not.toBe("");
  });

  it("each translation uses the same placeholders as the English text", () => {
    const t = { en: createTranslator("en"), fr: createTranslator("fr") };
    for (const k of keys(CATALOGUES.en)) {
      const probe = k as never;
      const enRaw = t.en(probe);
      const frRaw = t.fr(probe);
      expect(placeholders(frRaw), k).toEqual(placeholders(enRaw));
    }
  });

  it("fills placeholders", () => {
    expect(createTranslator("fr")("common.pageOf", { page: 2, pages: 9 })).toBe("Page 2 sur 9");
  });
});

describe("locale formatting", () => {
  it("formats money from minor units per locale", () => {
    expect(formatMoney(123456, "EUR", "en")).toBe("€1,234.56");
    expect(formatMoney(123456, "EUR", "fr").replace(/\s/g, " ")).toBe("1 234,56 €");
  });

  it("formats dates in the given time zone", () => {
    const d = new Date("2026-03-01T23:30:00Z");
    expect(formatDate(d, "en", "Europe/Paris")).toBe("2 Mar 2026");
    expect(formatDate(d, "fr", "UTC")).toBe("1 mars 2026");
  });

  it("reads the browser's preferred supported language", () => {
    expect(localeFromAcceptLanguage("fr-CH,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9")).toBe("en");
  });
});
