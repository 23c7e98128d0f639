// Reading a channel system's request safely: JSON bodies only, at most 1 MB, parsed to a plain
// object, with no NUL characters (PostgreSQL text refuses them, which would otherwise surface as a
// 500). Every refusal is a 4xx with a code a client can act on.
import { DomainError, ValidationError, type FieldErrors } from "@/lib/errors";

export const MAX_BODY_BYTES = 1024 * 1024;

/** A refusal of the request itself (headers, size, framing) rather than of its fields. */
export class ApiRequestError extends DomainError {
  constructor(
    override readonly status: number,
    code: string,
    message: string,
    fields?: FieldErrors,
  ) {
    super(code, message, fields);
  }
}

function isJsonMediaType(contentType: string): boolean {
  const type = contentType.split(";")[0].trim().toLowerCase();
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

const tooLarge = () => new ApiRequestError(413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`);

/** Reads at most `maxBytes` of the body; a longer stream is refused without buffering the rest. */
async function readText(req: Request, maxBytes: number): Promise<string> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
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
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** No request of this API nests deeper than a few levels; deeper JSON is refused before any walk. */
export const MAX_JSON_DEPTH = 32;

/**
 * Problems no schema catches: strings (or keys) containing U+0000, and nesting beyond
 * MAX_JSON_DEPTH. Walks with an explicit stack, so hostile nesting cannot overflow the call stack.
 */
function structuralProblems(root: unknown): FieldErrors {
  const problems: FieldErrors = {};
  const stack: Array<{ value: unknown; path: string[] }> = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    const here = path.join(".") || "_";
    if (typeof value === "string") {
      if (value.includes("\u0000")) problems[here] = "Contains a NUL character.";
    } else if (value && typeof value === "object") {
      if (path.length >= MAX_JSON_DEPTH) {
        problems[here] = `Nested more than ${MAX_JSON_DEPTH} levels deep.`;
        continue;
      }
      for (const [k, v] of Object.entries(value)) {
        if (k.includes("\u0000")) problems[here] = "A key contains a NUL character.";
        else stack.push({ value: v, path: [...path, k] });
      }
    }
  }
  return problems;
}

/**
 * The body as a JSON object. Refuses: a non-JSON content type (415), a body over the limit (413),
 * an empty or malformed body (400), and JSON that is not an object, holds NUL characters or nests
 * absurdly deep (422).
 */
export async function readJsonObject(req: Request, options: { maxBytes?: number } = {}): Promise<Record<string, unknown>> {
  const contentType = req.headers.get("content-type");
  if (contentType && !isJsonMediaType(contentType)) {
    throw new ApiRequestError(415, "UNSUPPORTED_MEDIA_TYPE", `Send the body as JSON with 'Content-Type: application/json' (got '${contentType.slice(0, 100)}').`);
  }
  const text = await readText(req, options.maxBytes ?? MAX_BODY_BYTES);
  if (!text.trim()) throw new ApiRequestError(400, "EMPTY_BODY", "The request body is empty; send a JSON object.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ApiRequestError(400, "MALFORMED_JSON", `The request body is not valid JSON: ${(e as Error).message.slice(0, 200)}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const got = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    throw new ValidationError(`The request body must be a JSON object, not ${got}.`, { _: "Expected a JSON object." });
  }
  const problems = structuralProblems(value);
  if (Object.keys(problems).length) throw new ValidationError("The request body has invalid fields.", problems);
  return value as Record<string, unknown>;
}
