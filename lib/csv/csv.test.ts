// CSV written and read back as spreadsheets and warehouse systems produce it: quoting, line breaks
// inside fields, CRLF, a byte-order mark, formula injection, and a file read in arbitrary chunks.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CsvParser, csvLine, parseCsv, toCsv } from "./client";
import { csvResponse } from "./index";

describe("CSV", () => {
  it("quotes only what needs it and neutralises formulas", () => {
    expect(csvLine(["MUG", 12, null, "a,b", 'say "hi"', "two\nlines"])).toBe('MUG,12,,"a,b","say ""hi""","two\nlines"\r\n');
    expect(csvLine(["=HYPERLINK(1)", "+1", "-3", -3, "@x"])).toBe("'=HYPERLINK(1),'+1,'-3,-3,'@x\r\n");
    expect(csvLine([new Date("2026-12-02T10:00:00Z"), true])).toBe("2026-12-02T10:00:00.000Z,true\r\n");
  });

  it("reads quoted fields, CRLF and LF ends, a byte-order mark, and skips blank lines with the right line numbers", () => {
    const text = '\uFEFFsku,onHand\r\nMUG,3\r\n\r\n"LAMP ""XL""",4\n"NOTE\nTWO",5';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ["sku", "onHand"] },
      { line: 2, fields: ["MUG", "3"] },
      { line: 4, fields: ['LAMP "XL"', "4"] },
      { line: 5, fields: ["NOTE\nTWO", "5"] },
    ]);
  });

  it("reads back what it writes, however the text is cut into chunks", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r\n", " ", "é") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(40), { maxLength: 6 }), (rows, cuts) => {
        // Rows that are one blank field are skipped on reading, as blank lines are.
        const kept = rows.filter((r) => !(r.length === 1 && r[0].trim() === ""));
        const text = toCsv(["h1", "h2"], kept.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `x${c}` : c))));
        const parser = new CsvParser();
        const records = [];
        let at = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          records.push(...parser.push(text.slice(at, Math.max(at, cut))));
          at = Math.max(at, cut);
        }
        records.push(...parser.push(text.slice(at)), ...parser.end());
        expect(records.slice(1).map((r) => r.fields)).toEqual(kept.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `x${c}` : c))));
      }),
      { numRuns: 200 },
    );
  });

  it("streams a download batch by batch, header first, as a CSV attachment", async () => {
    async function* batches() {
      yield [{ sku: "MUG", qty: 1 }];
      yield [];
      yield [{ sku: "LAMP, big", qty: 2 }];
    }
    const res = csvResponse({ filename: "stock 1.csv", columns: [{ header: "sku", value: (r: { sku: string }) => r.sku }, { header: "qty", value: (r: { qty: number }) => r.qty }], batches: batches() });
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="stock_1.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A UTF-8 byte-order mark first, so spreadsheets read accents right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('sku,qty\r\nMUG,1\r\n"LAMP, big",2\r\n');
  });
});
