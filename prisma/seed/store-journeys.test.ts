// Today's work at the demo store: after seeding, the associate finds the journey orders in
// "To pick", and a short-picked ship unit goes to the distant DC the seed kept stock at.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { getStoreQueue, shortPick } from "@/lib/fulfillment";
import { associateOf, runner, stockProblems } from "@/lib/fulfillment/testing/scenario";
import { JOURNEY_CUSTOMER, JOURNEY_STORE } from "./store-journeys";
import { nodeId } from "./network";
import { seedDemoWorld, SMALL_SCALE } from "./world";

describe("the demo store's journeys", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedDemoWorld(t.db, { scale: SMALL_SCALE });
  });
  afterAll(() => t?.close());

  it("puts two ship-from-store orders and two pickups of the journey customer in the store's To pick tab", async () => {
    const queue = await getStoreQueue(t.db, associateOf(JOURNEY_STORE, nodeId(JOURNEY_STORE)), {});
    const firstName = JOURNEY_CUSTOMER.name.split(" ")[0];
    const mine = queue.sections.toPick.filter((c) => c.customerFirstName === firstName);
    expect(mine.map((c) => c.mode).sort()).toEqual(["PICKUP", "PICKUP", "SHIP", "SHIP"]);
    expect(mine.filter((c) => c.mode === "SHIP").every((c) => c.lines[0].qty === 2)).toBe(true);
    expect(await stockProblems(t.db)).toEqual([]);
  });

  it("re-sources a short-picked ship unit to the backup DC", async () => {
    const queue = await getStoreQueue(t.db, associateOf(JOURNEY_STORE, nodeId(JOURNEY_STORE)), {});
    const card = queue.sections.toPick.find((c) => c.customerFirstName === JOURNEY_CUSTOMER.name.split(" ")[0] && c.mode === "SHIP")!;
    const work = await t.db.fulfillmentOrder.findUniqueOrThrow({ where: { id: card.id }, include: { lines: true } });
    const res = await runner(t.db)((tx) => shortPick(tx, associateOf(JOURNEY_STORE, nodeId(JOURNEY_STORE)), { fulfillmentOrderId: work.id, lineId: work.lines[0].id, qty: 1, reason: "NOT_FOUND" }));
    expect(res.resourced.allocatedUnits).toBe(1);
    expect(res.resourced.nodes).toHaveLength(1);
    expect(res.resourced.nodes[0]).toMatch(/^DC-/);
    expect(await stockProblems(t.db)).toEqual([]);
  });
});
