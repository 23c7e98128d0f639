// Writing CSV (RFC 4180): one line per record, fields quoted only when they must be, and a guard
// against spreadsheet formula injection, so an exported SKU name like "=HYPERLINK(...)" stays text.

export type CsvValue = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: empty for null, ISO for dates, quoted when it holds a comma, quote or line break. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // Text that a spreadsheet would run as a formula is prefixed with a quote mark (OWASP advice);
  // numbers are written above and never reach this branch, so "-3" as a number stays a number.
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record as a CSV line, ending with CRLF as RFC 4180 asks. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(",") + "\r\n";
}

/** A whole small document (a header and its rows), e.g. an error report built in the browser. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let out = csvLine(header);
  for (const row of rows) out += csvLine(row);
  return out;
}
