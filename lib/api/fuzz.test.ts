// Every route handler of the app (found on disk; the REST API and the internal JSON routes), called
// by a caller allowed to use it with hostile input: random, oversized, wrong-typed, deeply nested,
// injection-shaped, prototype-polluting and Unicode-edge bodies, query strings and path segments.
// Each answer is a 4xx in the documented error body (with field errors for invalid fields) or an
// answer to a harmless read, never a 5xx, and nothing in the database changes.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const ctx = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (ctx.userId ? { user: { id: ctx.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.8" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));

import { createMatrixWorld, credentialsOf, databaseFingerprint, ROUTE_MATRIX, routeFiles, routeHandlersOf, type Caller, type MethodName, type SessionAccess } from "@/lib/auth/matrix-testing";
import type { TestDb } from "@/lib/db/testing";
import { FIELD_NAMES, hostilePayload, hostileRawBody, INJECTIONS, prototypeIsClean, UNICODE_EDGES } from "./hostile-testing";

/** next-auth's own sign-in endpoints: the login form's tests cover them (a refused sign-in is counted). */
const NOT_FUZZED = new Set(["/api/auth/[...nextauth]"]);
/** Reads re-run their query each time: fewer runs for them keep the file quick. */
const RUNS = { GET: 10, other: 20 };

let t: TestDb;
beforeAll(async () => {
  t = await createMatrixWorld();
});
afterAll(async () => {
  await t?.close();
});

/** A caller the route lets in for the method: an admin where admins may, else the first role allowed, or the key it serves. */
function callerFor(route: string, method: MethodName): Caller | null {
  const access = ROUTE_MATRIX[route];
  const rule = (access?.methods as Partial<Record<MethodName, unknown>> | undefined)?.[method];
  if (!access || rule === undefined) return null;
  if (access.kind === "public" || rule === "public") return "anonymous";
  if (access.kind === "api") return rule as Caller;
  const roles = rule as SessionAccess;
  return roles === "public" ? "anonymous" : roles.includes("ADMIN") ? "ADMIN" : roles[0];
}

const segment = fc.oneof(fc.constantFrom(...INJECTIONS, ...UNICODE_EDGES, "x".repeat(5_000)), fc.string({ unit: "binary", maxLength: 30 }));
const queryString = fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(segment, fc.constantFrom("-1", "1e309", "NaN", "0x10", "[]", "{}", "true")), { maxKeys: 6 });
const body = fc.oneof(
  { weight: 3, arbitrary: hostilePayload.map((value) => ({ text: JSON.stringify(value) ?? "null", type: "application/json" })) },
  { weight: 1, arbitrary: hostileRawBody.map((text) => ({ text, type: "application/json" })) },
  { weight: 1, arbitrary: fc.tuple(hostileRawBody, fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "")).map(([text, type]) => ({ text, type })) },
);

/** What the URL carries for a segment: a lone surrogate cannot be percent-encoded, a client sends U+FFFD. */
const wellFormed = (value: string) => value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

/** Why an answer is not acceptable for hostile input, or null. */
async function problemWith(res: Response): Promise<string | null> {
  if (res.status >= 500) return `answered ${res.status}: ${(await res.text()).slice(0, 300)}`;
  if (res.status < 400) return null;
  const text = await res.text();
  let parsed: { error?: { code?: unknown; message?: unknown; fields?: Record<string, unknown> } };
  try {
    parsed = JSON.parse(text);
  } catch {
    return `a ${res.status} without a JSON error body: ${text.slice(0, 200)}`;
  }
  if (typeof parsed.error?.code !== "string" || typeof parsed.error.message !== "string") return `a ${res.status} without the documented error body: ${text.slice(0, 200)}`;
  if (parsed.error.code === "VALIDATION_FAILED" && Object.keys(parsed.error.fields ?? {}).length === 0) return `a validation error without field errors: ${text.slice(0, 200)}`;
  return null;
}

describe("route handlers refuse hostile input", () => {
  for (const { file, route } of routeFiles().filter((f) => !NOT_FUZZED.has(f.route))) {
    it(`answers hostile requests to ${route} with a 4xx, changing nothing`, async () => {
      const handlers = await routeHandlersOf(file);
      for (const [method, handler] of Object.entries(handlers) as Array<[MethodName, (req: Request, ctx: unknown) => Promise<Response>]>) {
        const caller = callerFor(route, method);
        if (!caller) continue; // a method the route does not serve: the access matrix checks its 405
        const { userId, key } = credentialsOf(caller);
        const before = await databaseFingerprint(t.db);
        const names = [...route.matchAll(/\[(\.\.\.)?([^\]]+)\]/g)].map((m) => ({ name: m[2], catchAll: !!m[1] }));
        await fc.assert(
          fc.asyncProperty(fc.array(segment, { minLength: names.length, maxLength: names.length }), queryString, body, fc.boolean(), async (segments, query, sent, withKey) => {
            ctx.userId = userId;
            const values = segments.map(wellFormed);
            const params = Object.fromEntries(names.map((n, i) => [n.name, n.catchAll ? [values[i]] : values[i]]));
            let path = route;
            names.forEach((n, i) => (path = path.replace(`[${n.catchAll ? "..." : ""}${n.name}]`, encodeURIComponent(values[i]))));
            const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, v])).toString();
            const headers: Record<string, string> = {};
            if (key) headers.Authorization = `Bearer ${key}`;
            // Sometimes a hostile idempotency key too.
            headers["Idempotency-Key"] = withKey ? `k-${segments.length}-${search.length}-${sent.text.length}` : "x".repeat(300);
            if (method !== "GET" && sent.type) headers["Content-Type"] = sent.type;
            const req = new NextRequest(`http://localhost${path}${search ? `?${search}` : ""}`, { method, headers, body: method === "GET" ? undefined : sent.text });
            const res = await handler(req, { params: Promise.resolve(params) });
            const problem = await problemWith(res);
            if (problem) throw new Error(`${method} ${route}: ${problem}`);
            if (!prototypeIsClean()) throw new Error(`${method} ${route}: Object.prototype was polluted`);
          }),
          { numRuns: method === "GET" ? RUNS.GET : RUNS.other, seed: 20261202 },
        );
        const after = await databaseFingerprint(t.db);
        const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
        expect(changed, `${method} ${route} changed the database`).toEqual([]);
      }
    });
  }
});
