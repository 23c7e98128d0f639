// Public face of the process-health context: the health check (GET /api/health), the metrics
// scrape (GET /api/metrics), graceful shutdown (lifecycle), and what every route wrapper does
// around a request (request id, one log line, metrics, no new work while shutting down).
export { checkHealth, DISPATCH_LAG_LIMIT_SECONDS } from "./check-health";
export type { HealthReport, HealthStatus } from "./check-health";
export { scrapeMetrics } from "./scrape-metrics";
export { beginWork, inFlightWork, installGracefulShutdown, isDraining, registerJob, shutdown, DRAINING_RETRY_AFTER_SECONDS } from "./lifecycle";
export { observeRequest, routeLabel } from "./observe-request";
export type { RequestContext } from "./observe-request";
export { authorizeMetrics } from "./metrics-access";
