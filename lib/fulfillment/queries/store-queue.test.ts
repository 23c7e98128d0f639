import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { buildCustomer, buildFulfillmentOrder, buildNode, buildOrder, buildSku, userActor } from "../testing/builders";
import { getStoreQueue } from "./store-queue";
import { UNCOLLECTED_AFTER_DAYS } from "../store-queue-shape";
import { listStoreOptions } from "./list-store-options";

const NOW = new Date("2026-11-20T10:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

describe("store queue", () => {
  let t: TestDb;
  let paris: { id: string; code: string };
  let lyon: { id: string; code: string };

  beforeAll(async () => {
    t = await createTestDb();
    const db = t.db;
    paris = await buildNode(db, { code: "ST-PAR-01", name: "Paris Rivoli", city: "Paris" });
    lyon = await buildNode(db, { code: "ST-LYS-01", name: "Lyon Part-Dieu", city: "Lyon" });
    const dc = await buildNode(db, { code: "DC-NORD", type: "DC" });
    const shirt = await buildSku(db, { code: "TSHIRT-M", name: "T-shirt M" });
    const mug = await buildSku(db, { code: "MUG", name: "Mug" });
    const alice = await buildCustomer(db, "Alice");

    const o1 = await buildOrder(db, { number: "O-1", customerId: alice.id, promisedDate: new Date("2026-11-22T00:00:00Z"), lines: [{ skuId: shirt.id, qty: 2 }, { skuId: mug.id, qty: 1 }] });
    await buildFulfillmentOrder(db, o1, { nodeId: paris.id, status: "RELEASED", releasedAt: hoursAgo(2), promisedDate: new Date("2026-11-22T00:00:00Z") });
    const o2 = await buildOrder(db, { number: "O-2", lines: [{ skuId: shirt.id, qty: 1 }] });
    await buildFulfillmentOrder(db, o2, { nodeId: paris.id, status: "RELEASED", releasedAt: hoursAgo(5) });
    const o3 = await buildOrder(db, { number: "O-3", lines: [{ skuId: mug.id, qty: 1 }] });
    await buildFulfillmentOrder(db, o3, { nodeId: paris.id, status: "PICKING", releasedAt: hoursAgo(1) });
    const o4 = await buildOrder(db, { number: "O-4", lines: [{ skuId: mug.id, qty: 3 }] });
    await buildFulfillmentOrder(db, o4, { nodeId: paris.id, status: "PACKED", releasedAt: hoursAgo(3) });
    // Ready at Paris: one picked by Paris itself 1 day ago, one transferred from the DC 4 days ago.
    const o5 = await buildOrder(db, { number: "O-5", lines: [{ skuId: mug.id, qty: 1, mode: "PICKUP", pickupNodeId: paris.id }] });
    await buildFulfillmentOrder(db, o5, { nodeId: paris.id, pickupNodeId: paris.id, deliveryMode: "PICKUP", status: "READY_FOR_PICKUP", releasedAt: hoursAgo(30), readyAt: hoursAgo(24) });
    const o6 = await buildOrder(db, { number: "O-6", lines: [{ skuId: shirt.id, qty: 1, mode: "PICKUP", pickupNodeId: paris.id }] });
    await buildFulfillmentOrder(db, o6, { nodeId: dc.id, pickupNodeId: paris.id, deliveryMode: "PICKUP", status: "READY_FOR_PICKUP", releasedAt: hoursAgo(120), readyAt: hoursAgo(UNCOLLECTED_AFTER_DAYS * 24 + 24) });
    // Not Paris's work: Lyon's queue, the DC's own shipments, and finished work.
    const o7 = await buildOrder(db, { number: "O-7", lines: [{ skuId: shirt.id, qty: 1 }] });
    await buildFulfillmentOrder(db, o7, { nodeId: lyon.id, status: "RELEASED" });
    const o8 = await buildOrder(db, { number: "O-8", lines: [{ skuId: shirt.id, qty: 1 }] });
    await buildFulfillmentOrder(db, o8, { nodeId: dc.id, status: "RELEASED" });
    const o9 = await buildOrder(db, { number: "O-9", lines: [{ skuId: shirt.id, qty: 1 }] });
    await buildFulfillmentOrder(db, o9, { nodeId: paris.id, status: "SHIPPED" });
    // Picked in full, waiting to be packed; and a DC transfer on its way for a pickup here.
    const o10 = await buildOrder(db, { number: "O-10", lines: [{ skuId: mug.id, qty: 1 }] });
    await buildFulfillmentOrder(db, o10, { nodeId: paris.id, status: "PICKING", releasedAt: hoursAgo(4), pickedAt: hoursAgo(1) });
    const o11 = await buildOrder(db, { number: "O-11", lines: [{ skuId: mug.id, qty: 1, mode: "PICKUP", pickupNodeId: paris.id }] });
    await buildFulfillmentOrder(db, o11, { nodeId: dc.id, pickupNodeId: paris.id, deliveryMode: "PICKUP", status: "IN_TRANSIT_TO_STORE", releasedAt: hoursAgo(30), shippedAt: hoursAgo(6) });
  });

  afterAll(async () => {
    await t?.close();
  });

  it("shows a store associate their own store's work in tabs, most urgent promise first", async () => {
    const q = await getStoreQueue(t.db, userActor("STORE_ASSOCIATE", paris.id, paris.code), {}, { now: NOW });
    expect(q.store).toMatchObject({ code: "ST-PAR-01", name: "Paris Rivoli", city: "Paris", timeZone: "Europe/Paris" });
    expect(q.counts).toEqual({ toPick: 2, picking: 1, toPack: 1, toShip: 1, arriving: 1, readyForPickup: 1, overdue: 1 });
    // O-1 has a promised date, O-2 none: the promise comes first, then the longest waiting.
    expect(q.sections.toPick.map((c) => c.orderNumber)).toEqual(["O-1", "O-2"]);
    expect(q.sections.picking.map((c) => c.orderNumber)).toEqual(["O-3"]);
    expect(q.sections.toPack.map((c) => c.orderNumber)).toEqual(["O-10"]);
    expect(q.sections.toShip.map((c) => c.orderNumber)).toEqual(["O-4"]);
    expect(q.sections.arriving.map((c) => c.orderNumber)).toEqual(["O-11"]);
    expect(q.sections.arriving[0]).toMatchObject({ ageMinutes: 6 * 60 });
    expect(q.sections.readyForPickup.map((c) => c.orderNumber)).toEqual(["O-5"]);
    expect(q.sections.overdue.map((c) => c.orderNumber)).toEqual(["O-6"]);
    expect(q.pickupRules).toEqual({ reminderAfterDays: 3, windowDays: 7 });
  });

  it("gives each card the customer's first name, lines, mode, promised date and age", async () => {
    const q = await getStoreQueue(t.db, userActor("STORE_ASSOCIATE", paris.id, paris.code), {}, { now: NOW });
    const card = q.sections.toPick.find((c) => c.orderNumber === "O-1")!;
    expect(card).toMatchObject({
      customerFirstName: "Alice",
      mode: "SHIP",
      promisedDate: "2026-11-22T00:00:00.000Z",
      ageMinutes: 120,
      uncollected: false,
      lines: [
        { sku: "TSHIRT-M", name: "T-shirt M", qty: 2, pickedQty: 0 },
        { sku: "MUG", name: "Mug", qty: 1, pickedQty: 0 },
      ],
    });
  });

  it("ages pickups from the time they became ready and moves those uncollected after 3 days to overdue", async () => {
    const q = await getStoreQueue(t.db, userActor("STORE_ASSOCIATE", paris.id, paris.code), {}, { now: NOW });
    const [old] = q.sections.overdue;
    const [recent] = q.sections.readyForPickup;
    expect(old).toMatchObject({ orderNumber: "O-6", uncollected: true, ageMinutes: (UNCOLLECTED_AFTER_DAYS * 24 + 24) * 60 });
    expect(recent).toMatchObject({ orderNumber: "O-5", uncollected: false, ageMinutes: 24 * 60 });
  });

  it("refuses a store associate another store's queue", async () => {
    const actor = userActor("STORE_ASSOCIATE", paris.id, paris.code);
    await expect(getStoreQueue(t.db, actor, { store: lyon.code }, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getStoreQueue(t.db, actor, { store: "ST-NOPE" }, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a store associate without a store, and roles without the permission", async () => {
    await expect(getStoreQueue(t.db, userActor("STORE_ASSOCIATE", null), {}, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getStoreQueue(t.db, userActor("AGENT"), { store: paris.code }, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getStoreQueue(t.db, userActor("SUPPLY_CHAIN"), {}, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets an admin choose any store, defaulting to the first one", async () => {
    const admin = userActor("ADMIN");
    const lyonQueue = await getStoreQueue(t.db, admin, { store: lyon.code }, { now: NOW });
    expect(lyonQueue.store.code).toBe("ST-LYS-01");
    expect(lyonQueue.counts.toPick).toBe(1);
    expect((await getStoreQueue(t.db, admin, {}, { now: NOW })).store.code).toBe("ST-LYS-01");
    await expect(getStoreQueue(t.db, admin, { store: "ST-NOPE" }, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("offers an associate only their store in the selector, an admin every store", async () => {
    expect((await listStoreOptions(t.db, userActor("STORE_ASSOCIATE", paris.id, paris.code))).map((s) => s.code)).toEqual(["ST-PAR-01"]);
    expect((await listStoreOptions(t.db, userActor("ADMIN"))).map((s) => s.code)).toEqual(["ST-LYS-01", "ST-PAR-01"]);
  });
});
