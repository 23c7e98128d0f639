// The edges' answer when PostgreSQL aborts a transaction over a race (a deadlock or a serialization
// failure): nothing was changed, so route handlers say 503 with Retry-After and server actions a
// TRY_AGAIN result, rather than an internal error.
import { describe, expect, it, vi } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { runAction } from "@/lib/actions";
import { toErrorResponse } from "@/lib/http";

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

/** What Prisma throws when a raw statement of a transaction is chosen as the deadlock's victim. */
function rawQueryFailed(pgCode: string) {
  return new Prisma.PrismaClientKnownRequestError(`Raw query failed. Code: \`${pgCode}\`.`, {
    code: "P2010",
    clientVersion: Prisma.prismaVersion.client,
    meta: { driverAdapterError: Object.assign(new Error("deadlock detected"), { cause: { kind: "postgres", code: pgCode } }) },
  });
}

describe("errors at the edge", () => {
  it.each([
    ["a deadlock", rawQueryFailed("40P01")],
    ["a serialization failure", rawQueryFailed("40001")],
    ["a write conflict", new Prisma.PrismaClientKnownRequestError("Transaction failed due to a write conflict or a deadlock.", { code: "P2034", clientVersion: Prisma.prismaVersion.client })],
    ["the driver's own error", Object.assign(new Error("deadlock detected"), { code: "40P01" })],
  ])("answers %s with a retryable 503 and Retry-After", async (_, error) => {
    const res = toErrorResponse(error);
    expect(res.status).toBe(503);
    expect(res.headers.get("Retry-After")).toBe("1");
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("TRY_AGAIN");
    expect(body.error.message).toMatch(/try again/i);
  });

  it("still answers any other database failure with a generic 500", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = toErrorResponse(rawQueryFailed("23505"));
    expect(res.status).toBe(500);
    expect(res.headers.get("Retry-After")).toBeNull();
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("INTERNAL");
    spy.mockRestore();
  });

  it("tells a form to try again when its transaction lost a race", async () => {
    const result = await runAction(() => Promise.reject(rawQueryFailed("40P01")));
    expect(result).toMatchObject({ ok: false, error: { code: "TRY_AGAIN", params: { retryAfterSeconds: 1 } } });
  });
});
