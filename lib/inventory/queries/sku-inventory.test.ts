// A SKU's positions carry the on demand each node will serve (ACTIVE reservations of open orders
// held there), beside the network's unreserved demand in the totals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { buildNode, buildOrder, buildPosition, buildSku, userActor } from "@/lib/fulfillment/testing/builders";
import { getSkuInventory } from "./sku-inventory";

describe("getSkuInventory on demand per node", () => {
  let t: TestDb;
  let st: { id: string; code: string };

  beforeAll(async () => {
    t = await createTestDb();
    const dc = await buildNode(t.db, { code: "DC-1", type: "DC" });
    st = await buildNode(t.db, { code: "ST-A" });
    const mug = await buildSku(t.db, { code: "MUG" });
    await buildPosition(t.db, dc.id, mug.id, { onHand: 20, reserved: 5 });
    await buildPosition(t.db, st.id, mug.id, { onHand: 4, reserved: 1 });
    // DC-1: 3 + 2 reserved for open orders; ST-A: 1; a cancelled order's and a consumed reservation are not demand.
    await buildOrder(t.db, { lines: [{ skuId: mug.id, qty: 3, reservations: [{ nodeId: dc.id, qty: 3 }] }] });
    await buildOrder(t.db, { status: "BACKORDERED", lines: [{ skuId: mug.id, qty: 6, status: "BACKORDERED", reservations: [{ nodeId: dc.id, qty: 2 }, { nodeId: st.id, qty: 1 }] }] });
    await buildOrder(t.db, { status: "CANCELLED", lines: [{ skuId: mug.id, qty: 4, reservations: [{ nodeId: dc.id, qty: 4 }] }] });
    await buildOrder(t.db, { status: "COMPLETED", lines: [{ skuId: mug.id, qty: 2, status: "SHIPPED", reservations: [{ nodeId: st.id, qty: 2, status: "CONSUMED" }] }] });
  });

  afterAll(async () => {
    await t?.close();
  });

  it("gives each node the demand it holds and the network the demand no node holds", async () => {
    const d = await getSkuInventory(t.db, userActor("SUPPLY_CHAIN"), { sku: "MUG", sort: "node" });
    expect(d.positions.map((p) => [p.node.code, p.onDemand])).toEqual([
      ["DC-1", 5],
      ["ST-A", 1],
    ]);
    expect(d.totals.onDemand).toBe(3);
    const store = await getSkuInventory(t.db, userActor("STORE_ASSOCIATE", st.id, st.code), { sku: "MUG" });
    expect(store.positions.map((p) => [p.node.code, p.onDemand])).toEqual([["ST-A", 1]]);
  });
});
