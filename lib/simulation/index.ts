// Public face of the simulation context: what-if replays of past orders under a draft of the sourcing rules.
export * from "./client";
export { startSimulation } from "./commands/start-simulation";
export { cancelSimulation } from "./commands/cancel-simulation";
export { listSimulations } from "./queries/list-simulations";
export { getSimulation } from "./queries/get-simulation";
export { getLatestSimulation } from "./queries/get-latest-simulation";
export { listSimulationResults } from "./queries/list-simulation-results";
export { getSimulationResult } from "./queries/get-simulation-result";
export { startSimulationRunner, runnerTick, claimNextSimulationRun } from "./start-runner";
export { SimulationNotFoundError } from "./errors";

// --- Engine exports (execute-run.ts, ...; summary.ts types come through ./client) go below this line ---
// The runner claims a run by setting its heartbeatAt (status stays QUEUED, or RUNNING for a stale
// one) and then calls executeSimulationRun(db, id): it must accept a QUEUED or RUNNING run whatever
// its heartbeat.
export { executeSimulationRun, SimulationRunError, DEFAULT_CHUNK_SIZE } from "./execute-run";
export type { ExecuteRunOptions, ChunkReport } from "./execute-run";
export { computeSimulationSummary } from "./summary";
