// The metrics context has nothing for the browser: Prometheus scrapes /api/metrics on the server.
// This entry exists so that browser code has one place to look, and finds nothing to load.
export type { DatabaseReadings } from "./index";
