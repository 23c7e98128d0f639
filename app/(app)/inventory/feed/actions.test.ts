// The stock feed upload's action: only supply chain and admins may apply a chunk; a chunk with bad
// rows applies the good ones and names the bad ones by their line in the file; a refusal changes
// nothing. Real database (in-memory PGlite); only next-auth's session is faked.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

import { createTestDb, type TestDb } from "@/lib/db/testing";
import { setDb } from "@/lib/db";
import { createRoleUsers, TEST_USERS } from "@/lib/auth/testing";
import { buildWorld, position } from "@/lib/orders/testing";
import { applyFeedChunkAction } from "./actions";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-LYS|LAMP": 10, "DC-LYS|JEANS-32": 5 } });
  await createRoleUsers(t.db, { storeId: "node-ST-PAR-01" });
});
afterAll(() => t.close());

const as = (who: keyof typeof TEST_USERS | null) => {
  session.userId = who ? TEST_USERS[who].id : null;
};

describe("applyFeedChunkAction", () => {
  it("refuses a store associate and a call-centre agent, asks a visitor to sign in, and changes nothing", async () => {
    const chunk = { node: "DC-LYS", mode: "FULL", items: [{ sku: "LAMP", onHand: 99 }], rows: [2] };
    for (const who of ["STORE_ASSOCIATE", "AGENT"] as const) {
      as(who);
      expect(await applyFeedChunkAction(chunk)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    as(null);
    expect(await applyFeedChunkAction(chunk)).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect((await position(t.db, "DC-LYS", "LAMP")).onHand).toBe(10);
  });

  it("applies the good rows of a chunk and names the bad ones by their line in the file", async () => {
    as("SUPPLY_CHAIN");
    const result = await applyFeedChunkAction({
      node: "DC-LYS",
      mode: "DELTA",
      items: [
        { sku: "LAMP", delta: 5, reason: "Found on shelf" },
        { sku: "NOPE", delta: 1 },
        { sku: "JEANS-32", delta: -9 },
        { sku: "JEANS-32-X", delta: 2 },
      ],
      rows: [2, 3, 5, 8],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.applied).toBe(1);
    expect(result.data.rejected.map((r) => [r.row, r.sku])).toEqual([
      [3, "NOPE"],
      [5, "JEANS-32"],
      [8, "JEANS-32-X"],
    ]);
    expect(result.data.rejected.every((r) => typeof r.error.code === "string")).toBe(true);
    expect((await position(t.db, "DC-LYS", "LAMP")).onHand).toBe(15);
    expect((await position(t.db, "DC-LYS", "JEANS-32")).onHand).toBe(5);
    const movement = await t.db.stockMovement.findFirstOrThrow({ where: { kind: "FEED" }, orderBy: { id: "desc" } });
    expect(movement).toMatchObject({ qty: 5, reason: "Found on shelf", reference: `upload:${TEST_USERS.SUPPLY_CHAIN.id}` });
  });

  it("refuses a chunk larger than the page sends, as a field error", async () => {
    as("ADMIN");
    const items = Array.from({ length: 5_001 }, (_, i) => ({ sku: "LAMP", onHand: i }));
    expect(await applyFeedChunkAction({ node: "DC-LYS", mode: "FULL", items, rows: [] })).toMatchObject({ ok: false, error: { code: "VALIDATION_FAILED", fields: { items: expect.anything() } } });
  });
});
