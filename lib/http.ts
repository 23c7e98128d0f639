// The edge of route handlers: the one reader of JSON bodies, and the one mapping of errors.
// Authentication errors, validation errors and domain errors become 4xx JSON
// `{ error: { code, message, params?, fields?, fieldCodes? } }`; a transaction the database aborted
// over a race (deadlock, serialization failure) a 503 TRY_AGAIN with Retry-After; anything
// unexpected is logged with a request id and answered with a generic 500 that reveals nothing.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { asTryAgain, DomainError, englishFields, fieldIssue, isDomainError, StateConflictError, ValidationError, zodFieldIssues, type ErrorCode, type ErrorParams, type FieldIssues } from "@/lib/errors";
import { englishMessage } from "@/lib/i18n/client";
import { asServiceUnavailable } from "@/lib/db";
import { requestLogger } from "@/lib/log";

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

// ---- The one JSON body reader of every route handler

export const MAX_BODY_BYTES = 1024 * 1024;
/** No request nests deeper than a few levels; deeper JSON is refused before any walk. */
export const MAX_JSON_DEPTH = 32;

/** A refusal of the request itself (headers, size, framing) rather than of its fields. */
export class ApiRequestError extends DomainError {
  constructor(
    override readonly status: number,
    code: ErrorCode,
    params?: ErrorParams,
    fields?: FieldIssues,
  ) {
    super(code, params, fields);
  }
}

function isJsonMediaType(contentType: string): boolean {
  const type = contentType.split(";")[0].trim().toLowerCase();
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

const tooLarge = (maxBytes: number) => new ApiRequestError(413, "PAYLOAD_TOO_LARGE", { maxKb: Math.floor(maxBytes / 1024) });

/** Reads at most `maxBytes` of the body; a longer stream is refused without buffering the rest. */
async function readText(req: Request, maxBytes: number): Promise<string> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * Problems no schema catches: strings (or keys) containing U+0000 (PostgreSQL text refuses them,
 * which would otherwise surface as a 500), and nesting beyond MAX_JSON_DEPTH. Walks with an
 * explicit stack, so hostile nesting cannot overflow the call stack.
 */
function structuralProblems(root: unknown): FieldIssues {
  const problems: FieldIssues = {};
  const stack: Array<{ value: unknown; path: string[] }> = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    const here = path.join(".") || "_";
    if (typeof value === "string") {
      if (value.includes("\u0000")) problems[here] = fieldIssue("NUL_CHARACTER");
    } else if (value && typeof value === "object") {
      if (path.length >= MAX_JSON_DEPTH) {
        problems[here] = fieldIssue("TOO_DEEP", { maxDepth: MAX_JSON_DEPTH });
        continue;
      }
      for (const [k, v] of Object.entries(value)) {
        if (k.includes("\u0000")) problems[here] = fieldIssue("NUL_IN_KEY");
        else stack.push({ value: v, path: [...path, k] });
      }
    }
  }
  return problems;
}

const jsonType = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/**
 * The body as a JSON object, for every route that reads one. Refuses: a non-JSON content type
 * (415), a body over the limit (413), an empty or malformed body (400), and JSON that is not an
 * object, holds NUL characters or nests absurdly deep (422).
 */
export async function readJsonObject(req: Request, options: { maxBytes?: number } = {}): Promise<Record<string, unknown>> {
  const contentType = req.headers.get("content-type");
  if (contentType && !isJsonMediaType(contentType)) throw new ApiRequestError(415, "UNSUPPORTED_MEDIA_TYPE", { contentType: contentType.slice(0, 100) });
  const text = await readText(req, options.maxBytes ?? MAX_BODY_BYTES);
  if (!text.trim()) throw new ApiRequestError(400, "EMPTY_BODY");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ApiRequestError(400, "MALFORMED_JSON", { detail: (e as Error).message.slice(0, 200) });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new ValidationError({ _: fieldIssue("NOT_AN_OBJECT", { got: jsonType(value) }) });
  const problems = structuralProblems(value);
  if (Object.keys(problems).length) throw new ValidationError(problems);
  return value as Record<string, unknown>;
}

export function toErrorResponse(e: unknown, requestId: string = randomUUID()): Response {
  // A transaction the database aborted over a race changed nothing: the client may send it again.
  // So does a request the database could not be reached for (down, restarting) or that came in
  // while the process shuts down.
  const retry = asTryAgain(e) ?? asServiceUnavailable(e);
  if (retry) {
    if (retry.code === "SERVICE_UNAVAILABLE" && !(e instanceof DomainError)) requestLogger(requestId).warn({ err: e }, "database unavailable");
    return errorResponse(retry.status, retry.code, retry.params, undefined, undefined, { "Retry-After": String(retry.retryAfterSeconds) });
  }
  if (e instanceof StateConflictError) return errorResponse(e.status, e.code, e.params, e.fields, e.details);
  if (isDomainError(e)) return errorResponse(e.status, e.code, e.params, e.fields);
  if (e instanceof z.ZodError) return errorResponse(422, "VALIDATION_FAILED", undefined, zodFieldIssues(e));
  requestLogger(requestId).error({ err: e }, "unexpected error");
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
