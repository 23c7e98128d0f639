import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { buildCustomer, buildOrder } from "./test-builders";
import { getOrderFigures } from "./get-order-figures";

let t: TestDb;
const now = new Date("2026-03-10T15:00:00Z");

beforeAll(async () => {
  t = await createTestDb();
  const c = await buildCustomer(t.db);
  // 23:30 UTC on 9 March is already 10 March in Paris: counted as today.
  await buildOrder(t.db, { customer: c, status: "ON_HOLD", placedAt: new Date("2026-03-09T23:30:00Z") });
  await buildOrder(t.db, { customer: c, status: "BACKORDERED", placedAt: new Date("2026-03-10T08:00:00Z") });
  await buildOrder(t.db, { customer: c, status: "ON_HOLD", placedAt: new Date("2026-03-08T08:00:00Z") });
  await buildOrder(t.db, { customer: c, status: "RETURN_REQUESTED", placedAt: new Date("2026-02-08T08:00:00Z") });
  await buildOrder(t.db, { customer: c, status: "RELEASED", placedAt: new Date("2026-03-09T22:30:00Z") });
});
afterAll(async () => {
  await t?.close();
});

describe("getOrderFigures", () => {
  it("counts today's orders in Paris time and the queues waiting for an agent", async () => {
    expect(await getOrderFigures(t.db, undefined, { now })).toEqual({ today: "2026-03-10", placedToday: 2, onHold: 2, backordered: 1, returnRequested: 1 });
  });
});
