// Typed domain errors. Commands throw them with a code and its parameters, never a sentence: the
// edge maps them in one place (lib/http.ts for route handlers, lib/actions.ts for server actions)
// to a typed result or a 4xx JSON body, and screens turn the code into the user's language from
// the catalogues (lib/i18n/messages/<lang>/errors/). The English `message` is the API's, for
// programs and logs. Browser-safe: forms use `issueFor` to read zod's issues the server's way.
import type { z } from "zod";
import { englishMessage, isErrorCode, type ErrorCode, type ErrorIssue, type Params } from "@/lib/i18n/client";

export type { ErrorCode, ErrorIssue };
export type ErrorParams = Params;
/** Problems by field path ("lines.0.qty"), each a code and its parameters. */
export type FieldIssues = Record<string, ErrorIssue>;

/** The issue of one field: `fieldIssue("TOO_BIG", { maximum: 3 })`. */
export const fieldIssue = (code: ErrorCode, params?: ErrorParams): ErrorIssue => (params ? { code, params } : { code });

export class DomainError extends Error {
  readonly status: number = 400;
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly fields?: FieldIssues,
  ) {
    super(englishMessage(code, params));
    this.name = new.target.name;
  }
}

/** Input the schema let through but the domain refuses, field by field (422). */
export class ValidationError extends DomainError {
  override readonly status = 422;
  constructor(fields?: FieldIssues, code: ErrorCode = "VALIDATION_FAILED", params?: ErrorParams) {
    super(code, params, fields);
  }
}

/** Not signed in, or no valid API key: the code stays UNAUTHENTICATED, `reason` says which (its own code's text). */
export class UnauthenticatedError extends DomainError {
  override readonly status = 401;
  constructor(reason?: ErrorCode) {
    super("UNAUTHENTICATED", reason ? { reason } : {});
  }
}

export class ForbiddenError extends DomainError {
  override readonly status = 403;
  constructor(code: ErrorCode = "FORBIDDEN", params?: ErrorParams) {
    super(code, params);
  }
}

/** What a NOT_FOUND is about: a key of the `errorEntities` catalogue. */
export type Entity = keyof typeof import("@/lib/i18n/messages/en/errors/common").entities;

export class NotFoundError extends DomainError {
  override readonly status = 404;
  constructor(entity: Entity, id?: string) {
    super(id ? "NOT_FOUND" : "NOT_FOUND_ANY", id ? { entity, id } : { entity });
  }
}

/** Someone else changed the row since it was read (optimistic locking), or a key was reused. */
export class ConflictError extends DomainError {
  override readonly status = 409;
  constructor(code: ErrorCode = "CONFLICT", params?: ErrorParams) {
    super(code, params);
  }
}

/**
 * The state machine does not allow this step from where the record is now (e.g. shipping a
 * fulfilment order that is still being picked). Carries the current status for the caller.
 */
export class StateConflictError extends ConflictError {
  readonly details: { currentStatus: string };
  constructor(currentStatus: string, code: ErrorCode = "INVALID_TRANSITION", params?: ErrorParams) {
    super(code, { currentStatus, ...params });
    this.details = { currentStatus };
  }
}

/** A business rule refuses the change (e.g. modification window closed). */
export class RuleViolation extends DomainError {
  override readonly status = 422;
  constructor(code: ErrorCode, params?: ErrorParams, fields?: FieldIssues) {
    super(code, params, fields);
  }
}

/**
 * The database gave up on the transaction because it raced another one (a deadlock, or a
 * serialization failure) and rolled everything back: the same request sent again will go through.
 * The edge answers 503 with Retry-After instead of an internal error.
 */
export class TryAgainError extends DomainError {
  override readonly status = 503;
  constructor(readonly retryAfterSeconds = 1) {
    super("TRY_AGAIN", { retryAfterSeconds });
  }
}

/**
 * The database cannot be reached (down, restarting, out of connections) or the server is shutting
 * down: nothing was changed, and the same request will go through once it is back. 503 with
 * Retry-After at the API, a "temporarily unavailable" message on screens.
 */
export class ServiceUnavailableError extends DomainError {
  override readonly status = 503;
  constructor(readonly retryAfterSeconds = 5) {
    super("SERVICE_UNAVAILABLE", { retryAfterSeconds });
  }
}

/** PostgreSQL's codes for a transaction aborted by a race: deadlock_detected, serialization_failure. */
const RACE_CODES = new Set(["40P01", "40001"]);

/**
 * A TryAgainError when `e` is PostgreSQL aborting the transaction over a race, however it reached
 * us: the driver's own error (`code`), Prisma's write conflict (P2034) or raw query failure (P2010
 * with `meta.code`), or its driver adapter's `cause`; null for anything else.
 */
export function asTryAgain(e: unknown): TryAgainError | null {
  if (e instanceof TryAgainError) return e;
  const seen = new Set<unknown>();
  const queue: unknown[] = [e];
  while (queue.length) {
    const x = queue.shift();
    if (!x || typeof x !== "object" || seen.has(x)) continue;
    seen.add(x);
    const o = x as { code?: unknown; meta?: unknown; cause?: unknown; driverAdapterError?: unknown };
    if (o.code === "P2034" || (typeof o.code === "string" && RACE_CODES.has(o.code))) return new TryAgainError();
    queue.push(o.meta, o.cause, o.driverAdapterError);
  }
  return null;
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

// ---- zod issues as codes

type Issue = z.core.$ZodIssue | z.core.$ZodRawIssue;

const CODE_LIKE = /^[A-Z][A-Z0-9_]+$/;

function bound(value: unknown): number | string {
  return typeof value === "bigint" ? value.toString() : (value as number);
}

/**
 * The code and parameters of a zod issue. A schema's own message is a code (`.regex(re, "INVALID_FORMAT")`,
 * without parameters); zod's checks map to the common codes with their bounds as parameters.
 */
export function issueFor(issue: Issue): ErrorIssue {
  const own = typeof issue.message === "string" && CODE_LIKE.test(issue.message) && isErrorCode(issue.message) ? issue.message : null;
  const i = issue as Record<string, unknown> & { code?: string };
  const extra = (i.params as ErrorParams | undefined) ?? undefined;
  if (own) return extra ? { code: own, params: extra } : { code: own };
  switch (i.code) {
    case "invalid_type":
      if (i.expected === "int") return { code: "NOT_INTEGER" };
      // A raw issue (a form's error map) has the input; a final one (the server's) only says it in English.
      if ("input" in i ? i.input === undefined || i.input === null : /received (undefined|null)/.test(String(i.message))) return { code: "REQUIRED" };
      if (i.expected === "date") return { code: "INVALID_DATE" };
      return { code: "INVALID_TYPE", params: { expected: String(i.expected) } };
    case "too_small": {
      const origin = String(i.origin ?? "");
      const minimum = bound(i.minimum);
      if (origin === "string") return Number(minimum) <= 1 ? { code: "REQUIRED" } : { code: "TOO_SHORT", params: { minimum } };
      if (origin === "array" || origin === "set") return { code: "TOO_FEW", params: { minimum } };
      if (origin === "date") return { code: "INVALID_DATE" };
      return { code: i.inclusive === false ? "ABOVE" : "TOO_SMALL", params: { minimum } };
    }
    case "too_big": {
      const origin = String(i.origin ?? "");
      const maximum = bound(i.maximum);
      if (origin === "string") return { code: "TOO_LONG", params: { maximum } };
      if (origin === "array" || origin === "set") return { code: "TOO_MANY", params: { maximum } };
      if (origin === "date") return { code: "INVALID_DATE" };
      return { code: i.inclusive === false ? "BELOW" : "TOO_BIG", params: { maximum } };
    }
    case "invalid_format":
      return { code: i.format === "email" ? "INVALID_EMAIL" : i.format === "date" || i.format === "datetime" ? "INVALID_DATE" : "INVALID_FORMAT" };
    case "invalid_value":
      return { code: "INVALID_OPTION", params: { options: ((i.values as unknown[]) ?? []).map(String).join(", ") } };
    case "unrecognized_keys":
      return { code: "UNKNOWN_FIELDS", params: { keys: ((i.keys as string[]) ?? []).join(", ") } };
    case "not_multiple_of":
      return { code: "NOT_MULTIPLE", params: { divisor: bound(i.divisor) } };
    default:
      return { code: "INVALID_VALUE" };
  }
}

/** zod issues by path (`{ "lines.0.qty": { code: "TOO_BIG", params: { maximum: 999 } } }`), the first per path. */
export function zodFieldIssues(error: z.ZodError): FieldIssues {
  const fields: FieldIssues = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_";
    if (!fields[path]) fields[path] = issueFor(issue);
  }
  return fields;
}

/** Field issues in English, as the API's `fields` carries them for programs. */
export function englishFields(fields: FieldIssues): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([path, issue]) => [path, englishMessage(issue.code, issue.params)]));
}
