// A SKU's 90-day history against a ledger, reservations and shipments whose daily figures are worked
// out by hand below (days end at midnight UTC; today's figures are now's).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { buildNode, buildOrder, buildPosition, buildSku, userActor } from "@/lib/fulfillment/testing/builders";
import type { Movement } from "../commands/movement";
import { nameMovement } from "../commands/movement";
import { getSkuHistory } from "./sku-history";

const NOW = new Date("2026-11-30T12:00:00Z");
const at = (iso: string) => new Date(`2026-11-${iso}Z`);

describe("getSkuHistory", () => {
  let t: TestDb;
  let stA: { id: string; code: string };
  const supply = userActor("SUPPLY_CHAIN");

  beforeAll(async () => {
    t = await createTestDb();
    const db = t.db;
    const dc = await buildNode(db, { code: "DC-1", type: "DC", name: "DC North" });
    stA = await buildNode(db, { code: "ST-A", name: "Store A" });
    const kettle = await buildSku(db, { code: "KETTLE" });
    const other = await buildSku(db, { code: "OTHER" });
    const dcPos = await buildPosition(db, dc.id, kettle.id, { onHand: 0 });
    const stPos = await buildPosition(db, stA.id, kettle.id, { onHand: 0 });
    await buildPosition(db, dc.id, other.id, { onHand: 999 });
    const move = (id: string, by: number, m: Movement) =>
      db.$transaction(async (tx) => {
        await nameMovement(tx, m);
        await tx.inventoryPosition.update({ where: { id }, data: { onHand: { increment: by } } });
      });
    // DC-1: 50 before the period, then -5, +20, -3 -> 62. ST-A: 10 before, then -2, +4 -> 12.
    await move(dcPos.id, 50, { kind: "RECEIPT", reference: "PO-H0", at: at("20T10:00:00") });
    await move(stPos.id, 10, { kind: "RECEIPT", at: at("25T12:00:00") });
    await move(dcPos.id, -5, { kind: "SHIPMENT", reference: "O-H1", at: at("27T09:00:00") });
    await move(dcPos.id, 20, { kind: "RECEIPT", reference: "PO-H1", at: at("28T15:00:00") });
    await move(stPos.id, -2, { kind: "SALE", reference: "O-H2", at: at("29T11:00:00") });
    await move(stPos.id, 4, { kind: "FEED", reference: "feed-1", reason: "Nightly count", at: at("29T12:00:00") });
    await move(dcPos.id, -3, { kind: "ADJUSTMENT", reason: "Damaged", at: at("30T08:00:00") });

    // Reserved: 26th 3 + 2 = 5; 27th 4 + 3 + 2 = 9; 28th 4 + 2 = 6; 29th and today 4.
    const o1 = await buildOrder(db, { number: "O-H1", lines: [{ skuId: kettle.id, qty: 9 }] });
    await buildOrder(db, { number: "O-H2", lines: [{ skuId: kettle.id, qty: 2 }] });
    const line = o1.lines[0].id;
    const reserve = (nodeId: string, qty: number, status: "ACTIVE" | "CONSUMED" | "RELEASED", createdAt: string, updatedAt: string) =>
      db.reservation.create({ data: { orderLineId: line, nodeId, skuId: kettle.id, qty, status, createdAt: at(createdAt), updatedAt: at(updatedAt) } });
    await reserve(dc.id, 4, "ACTIVE", "27T10:00:00", "27T10:00:00");
    await reserve(dc.id, 3, "CONSUMED", "26T10:00:00", "28T09:00:00");
    await reserve(stA.id, 2, "RELEASED", "20T10:00:00", "29T10:00:00");
    await reserve(dc.id, 5, "CONSUMED", "10T10:00:00", "15T10:00:00");

    // In transit: PO-H1 30 from the 25th, 20 received on the 28th; TR-H1 6 shipped on the 27th,
    // received on the 29th. Network: 30, 36, 16, 10, 10.
    const po = await db.inboundShipment.create({
      data: { reference: "PO-H1", type: "PURCHASE_ORDER", status: "IN_TRANSIT", toNodeId: dc.id, supplier: "Acme", eta: at("29T00:00:00"), createdAt: at("25T00:00:00"), lines: { create: [{ skuId: kettle.id, qty: 30, receivedQty: 20 }] } },
      include: { lines: true },
    });
    await db.inboundReceipt.create({ data: { shipmentId: po.id, lines: { [po.lines[0].id]: 20 }, units: 20, receivedAt: at("28T15:00:00"), receivedBy: "user:x" } });
    const tr = await db.inboundShipment.create({
      data: {
        reference: "TR-H1", type: "TRANSFER", status: "RECEIVED", toNodeId: stA.id, fromNodeId: dc.id, eta: at("29T00:00:00"),
        createdAt: at("26T00:00:00"), shippedAt: at("27T12:00:00"), receivedAt: at("29T09:00:00"), lines: { create: [{ skuId: kettle.id, qty: 6, receivedQty: 6 }] },
      },
      include: { lines: true },
    });
    await db.inboundReceipt.create({ data: { shipmentId: tr.id, lines: { [tr.lines[0].id]: 6 }, units: 6, receivedAt: at("29T09:00:00"), receivedBy: "user:x" } });
    // Never in transit: a planned transfer; received before the period.
    await db.inboundShipment.create({ data: { reference: "TR-H2", type: "TRANSFER", status: "PLANNED", toNodeId: stA.id, fromNodeId: dc.id, eta: at("30T00:00:00"), createdAt: at("26T00:00:00"), lines: { create: [{ skuId: kettle.id, qty: 8 }] } } });
    await db.inboundShipment.create({ data: { reference: "PO-H0", type: "PURCHASE_ORDER", status: "RECEIVED", toNodeId: dc.id, supplier: "Acme", eta: at("20T00:00:00"), createdAt: at("10T00:00:00"), receivedAt: at("20T10:00:00"), lines: { create: [{ skuId: kettle.id, qty: 50, receivedQty: 50 }] } } });
  });

  afterAll(async () => {
    await t?.close();
  });

  it("gives on hand, reserved and in transit at the end of each day across the network", async () => {
    const h = await getSkuHistory(t.db, supply, { sku: "KETTLE", days: 5, now: NOW });
    expect(h).toMatchObject({ sku: "KETTLE", node: null, days: 5, from: "2026-11-26T00:00:00.000Z", movementCount: 5 });
    expect(h.series).toEqual([
      { day: "2026-11-26", onHand: 60, reserved: 5, inTransit: 30 },
      { day: "2026-11-27", onHand: 55, reserved: 9, inTransit: 36 },
      { day: "2026-11-28", onHand: 75, reserved: 6, inTransit: 16 },
      { day: "2026-11-29", onHand: 77, reserved: 4, inTransit: 10 },
      { day: "2026-11-30", onHand: 74, reserved: 4, inTransit: 10 },
    ]);
  });

  it("narrows every figure to one node", async () => {
    const h = await getSkuHistory(t.db, supply, { sku: "KETTLE", node: "DC-1", days: 5, now: NOW });
    expect(h.node).toBe("DC-1");
    expect(h.series.map((d) => [d.onHand, d.reserved, d.inTransit])).toEqual([
      [50, 3, 30],
      [45, 7, 30],
      [65, 4, 10],
      [65, 4, 10],
      [62, 4, 10],
    ]);
    expect(h.movements.map((m) => m.kind)).toEqual(["ADJUSTMENT", "RECEIPT", "SHIPMENT"]);
  });

  it("pages the ledger newest first, saying which references are orders and inbound shipments", async () => {
    const p1 = await getSkuHistory(t.db, supply, { sku: "KETTLE", days: 5, limit: 2, now: NOW });
    expect(p1.movements).toEqual([
      { id: expect.any(String), node: { code: "DC-1", name: "DC North" }, kind: "ADJUSTMENT", qty: -3, onHandAfter: 62, reason: "Damaged", reference: null, referenceKind: null, occurredAt: "2026-11-30T08:00:00.000Z" },
      { id: expect.any(String), node: { code: "ST-A", name: "Store A" }, kind: "FEED", qty: 4, onHandAfter: 12, reason: "Nightly count", reference: "feed-1", referenceKind: null, occurredAt: "2026-11-29T12:00:00.000Z" },
    ]);
    const p2 = await getSkuHistory(t.db, supply, { sku: "KETTLE", days: 5, limit: 2, cursor: p1.nextCursor!, now: NOW });
    expect(p2.movements.map((m) => [m.kind, m.qty, m.onHandAfter, m.reference, m.referenceKind])).toEqual([
      ["SALE", -2, 8, "O-H2", "order"],
      ["RECEIPT", 20, 65, "PO-H1", "inbound"],
    ]);
    const p3 = await getSkuHistory(t.db, supply, { sku: "KETTLE", days: 5, limit: 2, cursor: p2.nextCursor!, now: NOW });
    expect(p3.movements.map((m) => [m.kind, m.reference, m.referenceKind])).toEqual([["SHIPMENT", "O-H1", "order"]]);
    expect(p3.nextCursor).toBeNull();
    // The default period reaches back to the first movements.
    const all = await getSkuHistory(t.db, supply, { sku: "KETTLE", now: NOW });
    expect(all.series).toHaveLength(90);
    expect(all.movementCount).toBe(7);
    expect(all.series[0]).toEqual({ day: "2026-09-02", onHand: 0, reserved: 0, inTransit: 0 });
  });

  it("keeps a store associate to their own store", async () => {
    const associate = userActor("STORE_ASSOCIATE", stA.id, stA.code);
    const h = await getSkuHistory(t.db, associate, { sku: "KETTLE", days: 5, now: NOW });
    expect(h.node).toBe("ST-A");
    expect(h.series.map((d) => [d.onHand, d.reserved, d.inTransit])).toEqual([
      [10, 2, 0],
      [10, 2, 6],
      [10, 2, 6],
      [12, 0, 0],
      [12, 0, 0],
    ]);
    await expect(getSkuHistory(t.db, associate, { sku: "KETTLE", node: "DC-1", now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses roles without inventory.view and answers not found for an unknown SKU", async () => {
    await expect(getSkuHistory(t.db, userActor("AGENT"), { sku: "KETTLE" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getSkuHistory(t.db, supply, { sku: "NOPE" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
