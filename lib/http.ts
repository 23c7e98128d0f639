// The edge of route handlers: authentication errors, validation errors and domain errors become
// 4xx JSON `{ error: { code, message, fields? } }`; anything unexpected is logged with a request id
// and answered with a generic 500 that reveals nothing.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isDomainError, StateConflictError, ValidationError, type FieldErrors } from "@/lib/errors";

export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldErrors; requestId?: string; currentStatus?: string };
}

export function errorResponse(status: number, code: string, message: string, fields?: FieldErrors, details?: { currentStatus?: string }): Response {
  const body: ErrorBody = { error: { code, message, ...(fields && Object.keys(fields).length ? { fields } : {}), ...(details ?? {}) } };
  return Response.json(body, { status });
}

/** zod issues as `{ "lines.0.qty": "Too small: expected number to be >0" }`. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_";
    if (!fields[path]) fields[path] = issue.message;
  }
  return fields;
}

/** Parses input with a schema or throws a ValidationError carrying each problem by path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError("The request has invalid fields.", zodFieldErrors(result.error));
  return result.data;
}

/** Reads a JSON body; a malformed one is the client's error (400), never a 500. */
export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) throw new ValidationError("The request body is empty; send JSON.");
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError("The request body is not valid JSON.");
  }
}

export function toErrorResponse(e: unknown): Response {
  if (e instanceof StateConflictError) return errorResponse(e.status, e.code, e.message, e.fields, e.details);
  if (isDomainError(e)) return errorResponse(e.status, e.code, e.message, e.fields);
  if (e instanceof z.ZodError) return errorResponse(422, "VALIDATION_FAILED", "The request has invalid fields.", zodFieldErrors(e));
  const requestId = randomUUID();
  console.error(`[request ${requestId}]`, e);
  return Response.json({ error: { code: "INTERNAL", message: "Something went wrong on our side.", requestId } } satisfies ErrorBody, { status: 500 });
}

/** Wraps a route handler so every error is mapped in one place. */
export function route<A extends unknown[]>(fn: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (e) {
      return toErrorResponse(e);
    }
  };
}
