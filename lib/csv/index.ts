// CSV for server code: everything the browser side has, plus the streamed download of a route
// handler (csvResponse). How to export a table: docs/csv.md.
export * from "./client";
export { csvResponse } from "./stream";
export type { CsvColumn, CsvStreamOptions } from "./stream";
