// Every server action of the app (found on disk, like the access matrix does), called by a user
// allowed to run it with hostile input: random, oversized, wrong-typed, deeply nested,
// injection-shaped, prototype-polluting and Unicode-edge payloads. Each answer is a refusal the
// form can show (a 4xx code, with field errors when the input is invalid), never an unexpected
// error or a throw, and nothing in the database changes.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const ctx = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (ctx.userId ? { user: { id: ctx.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));

import { hostilePayload, prototypeIsClean } from "@/lib/api/hostile-testing";
import { ACTION_MATRIX, createMatrixWorld, credentialsOf, databaseFingerprint, invokeServerAction, serverActionFiles, serverActionsOf } from "@/lib/auth/matrix-testing";
import type { TestDb } from "@/lib/db/testing";

/** Actions that take no input: nothing to fuzz. */
const NO_INPUT = new Set(["(app)/benefits/actions.ts#resetBenefitsAssumptionsAction"]);
/** Tables an action writes on purpose even when it refuses: the tracking lookup counts attempts per client address. */
const COUNTED: Record<string, string[]> = { "track/actions.ts#trackOrderAction": ["RateLimitBucket"] };
const RUNS = 25;


let t: TestDb;
beforeAll(async () => {
  t = await createMatrixWorld();
});
afterAll(async () => {
  await t?.close();
});

type Answer =
  | { ok: boolean; error?: { code: string; fields?: Record<string, unknown> }; result?: undefined }
  /** A form action's state (the tracking lookup). */
  | { ok?: undefined; result: { status: string; fieldErrors?: Record<string, unknown> } }
  | undefined;

/** Why an answer is not an acceptable refusal of hostile input, or null when it is one. */
function problemWith(answer: Answer): string | null {
  if (!answer) return "no answer";
  if (answer.result) {
    const { status, fieldErrors } = answer.result;
    if (status === "invalid") return Object.keys(fieldErrors ?? {}).length ? null : "invalid without field errors";
    return status === "notFound" || status === "throttled" ? null : `answered ${status}`;
  }
  if (answer.ok) return "accepted";
  const code = answer.error?.code;
  if (!code || code === "INTERNAL") return `unexpected error ${JSON.stringify(answer)}`;
  if (code === "VALIDATION_FAILED" && Object.keys(answer.error?.fields ?? {}).length === 0) return "a validation error without field errors";
  return null;
}

describe("server actions refuse hostile input", () => {
  for (const file of serverActionFiles()) {
    it(`refuses hostile input to every action in ${file}, changing nothing`, async () => {
      for (const [name, action] of Object.entries(await serverActionsOf(file))) {
        const key = `${file}#${name}`;
        if (NO_INPUT.has(key)) continue;
        const access = ACTION_MATRIX[key];
        expect(access, `${key} has no entry in the access matrix`).toBeDefined();
        ctx.userId = access === "public" ? null : credentialsOf(access.includes("ADMIN") ? "ADMIN" : access[0]).userId;
        const before = await databaseFingerprint(t.db, COUNTED[key]);
        await fc.assert(
          fc.asyncProperty(hostilePayload, async (payload) => {
            let answer: Answer;
            try {
              answer = (await invokeServerAction(action, payload)) as Answer;
            } catch (e) {
              throw new Error(`${key} threw: ${(e as Error).message.slice(0, 300)}`);
            }
            const problem = problemWith(answer);
            if (problem) throw new Error(`${key}: ${problem}`);
            if (!prototypeIsClean()) throw new Error(`${key}: Object.prototype was polluted`);
          }),
          { numRuns: RUNS, seed: 20261202 },
        );
        expect(await databaseFingerprint(t.db, COUNTED[key]), `${key} changed the database`).toEqual(before);
      }
    });
  }
});
