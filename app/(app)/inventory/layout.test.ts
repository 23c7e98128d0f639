// The inventory section's layout refuses, above the section's loading boundary (so the answer is a
// real 403 or 404 rather than a 200 carrying the refusal), a role without inventory access, another
// store's inbound shipment for a store associate, and an unknown shipment reference.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { can, type Action, type UserActor } from "@/lib/auth";
import { setDb, withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { createTransfer, createTransferSchema } from "@/lib/inventory";
import { buildWorld } from "@/lib/orders/testing";

// Only the session, the request's path and Next's refusals are faked; the permission table and
// the shipment's scope are the real ones.
let current: UserActor;
let path = "/inventory";
vi.mock("@/lib/auth/session", () => ({
  requirePageActor: async (action?: Action) => {
    if (action && !can(current.role, action)) throw new Error("403");
    return current;
  },
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-oms-path": path }) }));
vi.mock("next/navigation", () => ({
  forbidden: () => {
    throw new Error("403");
  },
  notFound: () => {
    throw new Error("404");
  },
}));

const { default: InventoryLayout } = await import("./layout");

const actor = (role: UserActor["role"], store: string | null = null): UserActor => ({ kind: "user", id: `u-${role}`, name: `The ${role}`, email: `${role}@test`, role, storeId: store && `node-${store}`, storeCode: store });
const SUPPLY = actor("SUPPLY_CHAIN");

/** What the layout answers for a path: "ok" when it renders the page, else the status it refuses with. */
async function answer(who: UserActor, at: string): Promise<string> {
  current = who;
  path = at;
  try {
    await InventoryLayout({ children: null });
    return "ok";
  } catch (e) {
    return (e as Error).message;
  }
}

let t: TestDb;
let toParis: string;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db, async () => {});
  await buildWorld(t.db, { stock: { "DC-PAR|LAMP": 8 } });
  const input = createTransferSchema.parse({ fromNode: "DC-PAR", toNode: "ST-PAR-01", eta: "2026-12-10", lines: [{ sku: "LAMP", qty: 3 }] });
  toParis = (await withTx((tx) => createTransfer(tx, SUPPLY, input), { db: t.db })).reference;
});
afterAll(async () => {
  await t?.close();
});

describe("inventory section layout", () => {
  it("answers 403 to a store associate opening another store's inbound shipment, and lets their own store's through", async () => {
    expect(await answer(actor("STORE_ASSOCIATE", "ST-LYO-01"), `/inventory/inbound/${toParis}`)).toBe("403");
    expect(await answer(actor("STORE_ASSOCIATE", "ST-PAR-01"), `/inventory/inbound/${toParis}?tab=receipts`)).toBe("ok");
    expect(await answer(SUPPLY, `/inventory/inbound/${toParis}`)).toBe("ok");
  });

  it("answers 404 to an unknown shipment reference, and leaves the other inventory pages to themselves", async () => {
    expect(await answer(SUPPLY, "/inventory/inbound/TR-999999")).toBe("404");
    expect(await answer(actor("STORE_ASSOCIATE", "ST-LYO-01"), "/inventory/inbound")).toBe("ok");
    expect(await answer(SUPPLY, "/inventory/inbound/new")).toBe("ok");
    expect(await answer(SUPPLY, "/inventory/LAMP")).toBe("ok");
  });

  it("answers 403 to a role without inventory access", async () => {
    expect(await answer(actor("AGENT"), `/inventory/inbound/${toParis}`)).toBe("403");
  });
});
