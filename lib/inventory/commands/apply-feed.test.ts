// Stock feeds on a real (in-memory) database: good items apply and bad ones are reported without
// changing anything, reservations survive a feed below them (the difference is sourced again), and
// every change is a FEED movement of the ledger with the feed's reference and the item's reason.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth";
import { withTx, type Db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { confirmPick } from "@/lib/fulfillment";
import { captureOrder, captureOrderSchema } from "@/lib/orders";
import { buildWorld, LEA, PARIS_ADDRESS, position, TEST_AGENT } from "@/lib/orders/testing";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { applyInventoryFeed, type InventoryFeedInput } from "./apply-feed";

const SUPPLY: Actor = { kind: "user", id: "user-supply", name: "Sam Supply", email: "supply@test", role: "SUPPLY_CHAIN", storeId: null, storeCode: null };
const LYON_WMS: Actor = { kind: "apiKey", id: "key-lyon", name: "Lyon WMS", role: "FULFILLMENT", nodeIds: ["node-DC-LYS"] };
const NOW = new Date("2026-12-01T10:00:00Z");

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 100, "DC-LYS|TSHIRT-M": 10, "DC-PAR|JEANS-32": 10, "DC-PAR|LAMP": 4 } });
  await t.db.sku.update({ where: { code: "LAMP" }, data: { barcode: "2000000000999" } });
});
afterEach(async () => {
  await t?.close();
});

const feed = (input: InventoryFeedInput, actor: Actor = SUPPLY, reference = "feed-1") => withTx((tx) => applyInventoryFeed(tx, actor, input, { now: NOW, reference }), { db: t.db });

/** Every position's on hand equals the sum of its movements, and reserved matches the reservations. */
async function ledgerProblems(db: Db): Promise<string[]> {
  const positions = await db.inventoryPosition.findMany({ select: { nodeId: true, skuId: true, onHand: true, reserved: true } });
  const sums = await db.stockMovement.groupBy({ by: ["nodeId", "skuId"], _sum: { qty: true } });
  const held = await db.reservation.groupBy({ by: ["nodeId", "skuId"], where: { status: "ACTIVE" }, _sum: { qty: true } });
  const sum = new Map(sums.map((s) => [`${s.nodeId}|${s.skuId}`, s._sum.qty ?? 0]));
  const reserved = new Map(held.map((s) => [`${s.nodeId}|${s.skuId}`, s._sum.qty ?? 0]));
  return positions.flatMap((p) => {
    const key = `${p.nodeId}|${p.skuId}`;
    const out: string[] = [];
    if ((sum.get(key) ?? 0) !== p.onHand) out.push(`${key}: on hand ${p.onHand}, movements ${sum.get(key) ?? 0}`);
    if ((reserved.get(key) ?? 0) !== p.reserved || p.reserved > p.onHand) out.push(`${key}: reserved ${p.reserved}, on hand ${p.onHand}, reservations ${reserved.get(key) ?? 0}`);
    return out;
  });
}

describe("applyInventoryFeed", () => {
  it("applies the good items of a FULL feed, reports each bad one, and leaves unlisted positions alone", async () => {
    // Refused items keep their own error; a SKU named twice by valid items is refused for both.
    const result = await feed({
      node: "DC-PAR",
      mode: "FULL",
      items: [
        { sku: "TSHIRT-M", onHand: 80, reason: "Weekly count" },
        { sku: "NOPE-1", onHand: 3 },
        { sku: "JEANS-32", onHand: -1 },
        { sku: "JEANS-32", onHand: 2.5 },
        { sku: "SNEAKER-42", onHand: "7" },
        { sku: "SNEAKER-42", delta: 2 },
        { sku: "2000000000999", onHand: 6 },
        { sku: "lamp", onHand: 9 },
        { sku: "SNEAKER-42" },
        "TV-55,4",
        { sku: "tv-55", onHand: 12 },
      ],
    });
    expect(result.applied).toBe(2);
    expect(result.rejected.map((r) => [r.index, r.sku, r.error.code])).toEqual([
      [1, "NOPE-1", "UNKNOWN_SKU"],
      [2, "JEANS-32", "TOO_SMALL"],
      [3, "JEANS-32", "NOT_INTEGER"],
      [4, "SNEAKER-42", "INVALID_TYPE"],
      [5, "SNEAKER-42", "FEED_ITEM_SHAPE"],
      [6, "2000000000999", "FEED_DUPLICATE_SKU"],
      [7, "lamp", "FEED_DUPLICATE_SKU"],
      [8, "SNEAKER-42", "FEED_ITEM_SHAPE"],
      [9, null, "FEED_ITEM_SHAPE"],
    ]);
    expect(result.rejected[0].error.message).toBe("No SKU or barcode NOPE-1.");
    expect(result.rejected[6].error.params).toEqual({ sku: "LAMP", items: "6, 7" });

    // An invalid item still counts as naming its SKU: the valid one beside it is ambiguous.
    const again = await feed({ node: "DC-PAR", mode: "FULL", items: [{ sku: "TV-55", onHand: 3 }, { sku: "TV-55", onHand: -3 }] });
    expect(again.rejected.map((r) => [r.index, r.error.code])).toEqual([
      [0, "FEED_DUPLICATE_SKU"],
      [1, "TOO_SMALL"],
    ]);
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ onHand: 80 });
    expect(await position(t.db, "DC-PAR", "TV-55")).toMatchObject({ onHand: 12 });
    // Refused items changed nothing; positions the feed does not name keep their stock.
    expect(await position(t.db, "DC-PAR", "JEANS-32")).toMatchObject({ onHand: 10 });
    expect(await position(t.db, "DC-PAR", "LAMP")).toMatchObject({ onHand: 4 });
    expect(await position(t.db, "DC-LYS", "TSHIRT-M")).toMatchObject({ onHand: 10 });
    expect(await ledgerProblems(t.db)).toEqual([]);
  });

  it("adds DELTA items to on hand and refuses one that would take it below zero", async () => {
    const result = await feed({
      node: "DC-PAR",
      mode: "DELTA",
      items: [
        { sku: "TSHIRT-M", delta: -30, reason: "Damaged in the flood" },
        { sku: "JEANS-32", delta: -11, reason: "Sold at the outlet" },
        { sku: "LAMP", delta: 5, reason: "Found in aisle 4" },
        { sku: "SNEAKER-42", delta: 3 },
        { sku: "TV-55", onHand: 2 },
      ],
    });
    expect(result).toMatchObject({ applied: 3, changed: 3 });
    expect(result.rejected).toEqual([
      { index: 1, sku: "JEANS-32", error: { code: "ON_HAND_BELOW_ZERO", message: expect.stringContaining("10 on hand"), params: { sku: "JEANS-32", onHand: 10 }, field: "delta" } },
      { index: 4, sku: "TV-55", error: expect.objectContaining({ code: "FEED_ITEM_SHAPE" }) },
    ]);
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ onHand: 70 });
    expect(await position(t.db, "DC-PAR", "JEANS-32")).toMatchObject({ onHand: 10 });
    expect(await position(t.db, "DC-PAR", "LAMP")).toMatchObject({ onHand: 9 });
    expect(await position(t.db, "DC-PAR", "SNEAKER-42")).toMatchObject({ onHand: 3 });
    expect(await ledgerProblems(t.db)).toEqual([]);
  });

  it("records each change as a FEED movement with the feed's reference and the item's reason, and audits the feed", async () => {
    await feed({ node: "DC-PAR", mode: "DELTA", items: [{ sku: "TSHIRT-M", delta: -2, reason: "Damaged" }, { sku: "LAMP", delta: 1 }] }, SUPPLY, "WMS-2026-12-01-001");
    const movements = await t.db.stockMovement.findMany({ where: { kind: "FEED" }, orderBy: { id: "asc" }, select: { qty: true, onHandAfter: true, reason: true, reference: true, occurredAt: true, skuId: true } });
    expect(movements.map((m) => [m.skuId.replace("sku-", ""), m.qty, m.onHandAfter, m.reason, m.reference])).toEqual(
      expect.arrayContaining([
        ["TSHIRT-M", -2, 98, "Damaged", "WMS-2026-12-01-001"],
        ["LAMP", 1, 5, null, "WMS-2026-12-01-001"],
      ]),
    );
    expect(movements).toHaveLength(2);
    expect(movements[0].occurredAt).toEqual(NOW);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "inventory.feed_applied" } });
    expect(audit).toMatchObject({ actorName: "Sam Supply", entityType: "Node", after: expect.objectContaining({ node: "DC-PAR", mode: "DELTA", applied: 2, rejected: 0, changed: 2 }) });
  });

  it("keeps reservations when a feed counts less than is reserved: the difference is sourced again elsewhere", async () => {
    const { id } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty: 3, mode: "SHIP" }] }), { db: t.db });
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ onHand: 100, reserved: 3 });

    const result = await feed({ node: "DC-PAR", mode: "FULL", items: [{ sku: "TSHIRT-M", onHand: 1, reason: "Annual inventory" }, { sku: "LAMP", onHand: 2 }] });
    expect(result).toMatchObject({ applied: 2, rejected: [], resourcedUnits: 2 });
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ onHand: 1, reserved: 1 });
    expect(await position(t.db, "DC-LYS", "TSHIRT-M")).toMatchObject({ onHand: 10, reserved: 2 });
    const order = await t.db.order.findUniqueOrThrow({ where: { id }, select: { lines: { select: { qty: true, cancelledQty: true } }, fulfillmentOrders: { where: { status: { not: "CANCELLED" } }, select: { node: { select: { code: true } }, lines: { select: { qty: true } } } } } });
    expect(order.lines).toEqual([{ qty: 3, cancelledQty: 0 }]);
    expect(order.fulfillmentOrders.map((f) => [f.node.code, f.lines[0].qty]).sort()).toEqual([
      ["DC-LYS", 2],
      ["DC-PAR", 1],
    ]);
    const movement = await t.db.stockMovement.findFirstOrThrow({ where: { kind: "FEED", skuId: "sku-TSHIRT-M" } });
    expect(movement).toMatchObject({ qty: -99, onHandAfter: 1, reason: "Annual inventory", reference: "feed-1" });
    expect(await ledgerProblems(t.db)).toEqual([]);
  });

  it("takes a DELTA below reserved off the order's work even when no other node has stock: the units wait for supply", async () => {
    // Nothing else has the lamp: the re-sourced units wait as a backorder, and the order survives.
    await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "LAMP", qty: 2, mode: "SHIP" }] }), { db: t.db });
    const result = await feed({ node: "DC-PAR", mode: "DELTA", items: [{ sku: "LAMP", delta: -3, reason: "Broken" }, { sku: "LAMP-X", delta: 1 }] });
    expect(result.applied).toBe(1);
    expect(result.rejected.map((r) => r.error.code)).toEqual(["UNKNOWN_SKU"]);
    expect(await position(t.db, "DC-PAR", "LAMP")).toMatchObject({ onHand: 1, reserved: 1 });
    const line = await t.db.orderLine.findFirstOrThrow({ where: { sku: { code: "LAMP" } }, select: { qty: true, cancelledQty: true, status: true } });
    expect(line).toMatchObject({ qty: 2, cancelledQty: 0 });
    expect(await ledgerProblems(t.db)).toEqual([]);
  });

  it("refuses an item below the units already picked for orders, and changes nothing for it", async () => {
    const { id } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "LAMP", qty: 2, mode: "SHIP" }] }), { db: t.db });
    const work = await t.db.fulfillmentOrder.findFirstOrThrow({ where: { orderId: id }, select: { id: true, lines: { select: { id: true } } } });
    await withTx((tx) => confirmPick(tx, SUPPLY, { fulfillmentOrderId: work.id, lineId: work.lines[0].id, scan: "LAMP", qty: 2 }), { db: t.db });
    const result = await feed({ node: "DC-PAR", mode: "FULL", items: [{ sku: "LAMP", onHand: 1 }, { sku: "JEANS-32", onHand: 9 }] });
    expect(result.applied).toBe(1);
    expect(result.rejected).toEqual([{ index: 0, sku: "LAMP", error: expect.objectContaining({ code: "COUNT_BELOW_PICKED", params: { held: 2, sku: "LAMP" }, field: "onHand" }) }]);
    expect(await position(t.db, "DC-PAR", "LAMP")).toMatchObject({ onHand: 4, reserved: 2 });
    expect(await position(t.db, "DC-PAR", "JEANS-32")).toMatchObject({ onHand: 9 });
    expect(await ledgerProblems(t.db)).toEqual([]);
  });

  it("lets a fulfilment key feed only the nodes it is bound to", async () => {
    await expect(feed({ node: "DC-PAR", mode: "FULL", items: [{ sku: "TSHIRT-M", onHand: 1 }] }, LYON_WMS)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ onHand: 100 });
    await expect(feed({ node: "DC-LYS", mode: "FULL", items: [{ sku: "TSHIRT-M", onHand: 7 }] }, LYON_WMS)).resolves.toMatchObject({ applied: 1 });
    expect(await position(t.db, "DC-LYS", "TSHIRT-M")).toMatchObject({ onHand: 7 });
  });

  it("creates the position of a SKU the node never held", async () => {
    await t.db.inventoryPosition.deleteMany({ where: { node: { code: "ST-PAR-01" }, sku: { code: "TV-55" } } });
    const result = await feed({ node: "ST-PAR-01", mode: "DELTA", items: [{ sku: "TV-55", delta: 2, reason: "Display model" }] });
    expect(result).toMatchObject({ applied: 1, changed: 1 });
    expect(await position(t.db, "ST-PAR-01", "TV-55")).toMatchObject({ onHand: 2, reserved: 0 });
    expect(await t.db.stockMovement.findFirstOrThrow({ where: { kind: "FEED" } })).toMatchObject({ qty: 2, onHandAfter: 2, reason: "Display model" });
  });
});
