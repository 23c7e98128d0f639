// The parts of the simulation context a browser bundle may import (no database, no server code).
export {
  startSimulationSchema,
  SIMULATION_MAX_DAYS,
  type StartSimulationInput,
} from "./commands/start-simulation-schema";
export { cancelSimulationSchema, type CancelSimulationInput } from "./commands/cancel-simulation-schema";
export {
  listSimulationsSchema,
  getSimulationSchema,
  listSimulationResultsSchema,
  getSimulationResultSchema,
  getLatestSimulationSchema,
  SIMULATION_STATUSES,
  type SimulationStatusCode,
} from "./queries/schemas";

// Types of what the pages receive (type-only: nothing of the server comes along).
export type { SimulationListItem } from "./queries/list-simulations";
export type { SimulationDetail } from "./queries/get-simulation";
export type { SimulationResultRow, SimulationResultPage } from "./queries/list-simulation-results";
export type { SimulationResultDetail, SimulationPlanSide } from "./queries/get-simulation-result";
export type { LatestSimulation } from "./queries/get-latest-simulation";
// The summary's types (summary.ts), already re-exported here: do not add them again below.
export type { SimulationSummary, SideFigures } from "./summary";

// --- Engine exports (browser-safe types and pure helpers) go below this line ---
export { SUMMARY_TIME_ZONE, HISTOGRAM_BUCKETS } from "./summary";
export type { StockSource } from "./reconstruct-stock";
