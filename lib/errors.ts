// Typed domain errors. Commands throw them; the edge maps them in one place (lib/http.ts for
// route handlers, lib/actions.ts for server actions) to a result or a 4xx JSON body.

export type FieldErrors = Record<string, string>;

export class DomainError extends Error {
  readonly status: number = 400;
  constructor(
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  override readonly status = 422;
  constructor(message: string, fields?: FieldErrors) {
    super("VALIDATION_FAILED", message, fields);
  }
}

export class UnauthenticatedError extends DomainError {
  override readonly status = 401;
  constructor(message = "Sign in to continue.") {
    super("UNAUTHENTICATED", message);
  }
}

export class ForbiddenError extends DomainError {
  override readonly status = 403;
  constructor(message = "You are not allowed to do this.") {
    super("FORBIDDEN", message);
  }
}

export class NotFoundError extends DomainError {
  override readonly status = 404;
  constructor(what: string, id?: string) {
    super("NOT_FOUND", id ? `${what} ${id} was not found.` : `${what} was not found.`);
  }
}

/** Someone else changed the row since it was read (optimistic locking), or a key was reused. */
export class ConflictError extends DomainError {
  override readonly status = 409;
  constructor(message = "This record was changed by someone else. Reload it and try again.", code = "CONFLICT") {
    super(code, message);
  }
}

/**
 * The state machine does not allow this step from where the record is now (e.g. shipping a
 * fulfilment order that is still being picked). Carries the current status for the caller.
 */
export class StateConflictError extends ConflictError {
  readonly details: { currentStatus: string };
  constructor(message: string, currentStatus: string) {
    super(message, "INVALID_TRANSITION");
    this.details = { currentStatus };
  }
}

/** A business rule refuses the change (e.g. modification window closed). */
export class RuleViolation extends DomainError {
  override readonly status = 422;
  constructor(code: string, message: string, fields?: FieldErrors) {
    super(code, message, fields);
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
