// The edge of route handlers: authentication errors, validation errors and domain errors become
// 4xx JSON `{ error: { code, message, fields? } }`; anything unexpected is logged with a request id
// and answered with a generic 500 that reveals nothing.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { englishFields, isDomainError, StateConflictError, ValidationError, zodFieldIssues, type ErrorCode, type ErrorParams, type FieldIssues } from "@/lib/errors";
import { englishMessage } from "@/lib/i18n/error-text";

/**
 * A refusal as the API sends it: the code and its parameters for programs that act on it, an
 * English `message` for people reading logs, and per field both the English text (`fields`) and
 * the code with its parameters (`fieldCodes`).
 */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    params?: ErrorParams;
    fields?: Record<string, string>;
    fieldCodes?: FieldIssues;
    requestId?: string;
    currentStatus?: string;
  };
}

export function errorResponse(status: number, code: ErrorCode, params?: ErrorParams, fields?: FieldIssues, details?: { currentStatus?: string }, headers?: HeadersInit): Response {
  const hasFields = !!fields && Object.keys(fields).length > 0;
  const body: ErrorBody = {
    error: {
      code,
      message: englishMessage(code, params),
      ...(params && Object.keys(params).length ? { params } : {}),
      ...(hasFields ? { fields: englishFields(fields), fieldCodes: fields } : {}),
      ...(details ?? {}),
    },
  };
  return Response.json(body, { status, headers });
}

/** Parses input with a schema or throws a ValidationError carrying each problem by path. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(zodFieldIssues(result.error));
  return result.data;
}

/** Reads a JSON body; a malformed one is the client's error (400), never a 500. */
export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) throw new ValidationError(undefined, "EMPTY_BODY");
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError(undefined, "MALFORMED_JSON");
  }
}

export function toErrorResponse(e: unknown): Response {
  if (e instanceof StateConflictError) return errorResponse(e.status, e.code, e.params, e.fields, e.details);
  if (isDomainError(e)) return errorResponse(e.status, e.code, e.params, e.fields);
  if (e instanceof z.ZodError) return errorResponse(422, "VALIDATION_FAILED", undefined, zodFieldIssues(e));
  const requestId = randomUUID();
  console.error(`[request ${requestId}]`, e);
  return Response.json({ error: { code: "INTERNAL", message: englishMessage("INTERNAL", { requestId }), params: { requestId }, requestId } } satisfies ErrorBody, { status: 500 });
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
