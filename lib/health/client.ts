// What the browser may take from the process-health context: where the health check answers (the
// "temporarily unavailable" page polls it) and the shape of its answer.
export type { HealthReport, HealthStatus } from "./check-health";

export const HEALTH_PATH = "/api/health";
