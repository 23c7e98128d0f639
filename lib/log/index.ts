// Structured logs: one JSON object per line on stdout (pino), each carrying the request id of the
// request it belongs to, so a line found in the logs leads to every other line of that request.
// LOG_LEVEL sets the level (trace, debug, info, warn, error, fatal, silent); tests are silent unless
// LOG_LEVEL says otherwise.
import { randomUUID } from "node:crypto";
import pino, { type Logger } from "pino";
import { REQUEST_ID_HEADER } from "./client";

export type { Logger };

/** A request id a client sends is kept only when it is short and plain (it goes into every log line). */
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

function defaultLevel(): string {
  if (process.env.LOG_LEVEL) return process.env.LOG_LEVEL;
  return process.env.VITEST || process.env.NODE_ENV === "test" ? "silent" : "info";
}

// One root logger per process, like the database client (lib/db/prisma.ts): the server's bundles
// each load their own copy of this module.
const globals = globalThis as unknown as { __omsLogger?: Logger };

/** The process's root logger. */
export function rootLogger(): Logger {
  globals.__omsLogger ??= pino({
    level: defaultLevel(),
    base: { service: "oms" },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Never write credentials, even when a caller logs a whole headers object.
    redact: { paths: ["authorization", "cookie", "*.authorization", "*.cookie", "headers.authorization", "headers.cookie"], censor: "[redacted]" },
  });
  return globals.__omsLogger;
}

/** Replaces the process's root logger (tests read the lines it writes). */
export function setRootLogger(logger: Logger): void {
  globals.__omsLogger = logger;
}

/** The request's id: its `x-request-id` header when it sends a plain one, else a new one. */
export function requestIdOf(req: Request | { headers: Headers }): string {
  const sent = req.headers.get(REQUEST_ID_HEADER);
  return sent && REQUEST_ID_PATTERN.test(sent) ? sent : randomUUID();
}

/** A logger whose every line carries the request id. */
export function requestLogger(requestId: string): Logger {
  return rootLogger().child({ requestId });
}

/** A background job's logger (outbox dispatcher, expiry jobs): every line names the job. */
export function jobLogger(job: string): Logger {
  return rootLogger().child({ job });
}

export { REQUEST_ID_HEADER };
