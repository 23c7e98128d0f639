// CSV in the browser: write a small document (an error report) and parse a file as it is read.
export { csvField, csvLine, toCsv } from "./format";
export type { CsvValue } from "./format";
export { CsvParser, parseCsv } from "./parse";
export type { CsvRecord } from "./parse";
