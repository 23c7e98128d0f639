// The demo world's invariants, on a small world in an in-memory database: counts per scale, stock
// that agrees with reservations, a movement ledger that adds up to on hand, inbound supply in every
// state, the supply-chain demo journeys, totals that agree with lines, statuses that agree with the
// state machine, a timeline for every order, the demo logins and API keys, and determinism.
import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { deriveOrderStatus } from "@/lib/orders";
import { parseRuleDefinition } from "@/lib/rules/client";
import { ean13CheckDigit } from "./catalog";
import { DEMO_API_KEYS, DEMO_FULFILLMENT_API_KEY, DEMO_USERS } from "./demo-users";
import { DEMO_AT_RISK, DEMO_STOCKOUT } from "./inventory-journeys";
import { AlreadySeededError, DEFAULT_SCALE, scaledWorld, seedDemoWorld, SMALL_SCALE, type SeedSummary } from "./world";

const NOW = new Date("2026-11-25T10:30:00Z");
const DAY = 86_400_000;

async function digest(db: Db): Promise<string> {
  const h = createHash("sha256");
  const add = (rows: unknown[]) => h.update(JSON.stringify(rows));
  add(await db.order.findMany({ orderBy: { id: "asc" }, select: { id: true, number: true, status: true, channel: true, customerId: true, totalMinor: true, placedAt: true, promisedDate: true } }));
  add(await db.orderLine.findMany({ orderBy: { id: "asc" }, select: { id: true, skuId: true, qty: true, cancelledQty: true, status: true, discountMinor: true } }));
  add(await db.fulfillmentOrder.findMany({ orderBy: { id: "asc" }, select: { id: true, number: true, nodeId: true, status: true, pickupCode: true, releasedAt: true, shippedAt: true, deliveredAt: true } }));
  add(await db.inventoryPosition.findMany({ orderBy: { id: "asc" }, select: { id: true, onHand: true, reserved: true, safetyStock: true, targetStock: true } }));
  add(await db.orderEvent.findMany({ orderBy: { id: "asc" }, select: { id: true, type: true, createdAt: true } }));
  add(await db.paymentTransaction.findMany({ orderBy: { id: "asc" }, select: { id: true, type: true, amountMinor: true } }));
  add(await db.customer.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, phone: true } }));
  add(await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, passwordHash: true } }));
  add(await db.stockMovement.findMany({ orderBy: { id: "asc" }, select: { nodeId: true, skuId: true, kind: true, qty: true, onHandAfter: true, reason: true, reference: true, occurredAt: true } }));
  add(await db.inboundShipment.findMany({ orderBy: { id: "asc" }, select: { reference: true, status: true, eta: true, shippedAt: true } }));
  return h.digest("hex");
}

describe("the demo world (small scale)", () => {
  let t: TestDb;
  let db: Db;
  let summary: SeedSummary;

  beforeAll(async () => {
    t = await createTestDb();
    db = t.db;
    summary = await seedDemoWorld(db, { now: NOW, scale: SMALL_SCALE, storeJourneys: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("has the network, catalogue, customers and orders of its scale", async () => {
    expect(await db.node.count({ where: { type: "DC" } })).toBe(SMALL_SCALE.dcs);
    expect(await db.node.count({ where: { type: "STORE" } })).toBe(SMALL_SCALE.stores);
    expect(SMALL_SCALE.dcs).toBeGreaterThanOrEqual(3);
    expect(SMALL_SCALE.stores).toBeGreaterThanOrEqual(40);
    expect(await db.sku.count()).toBe(SMALL_SCALE.skus);
    expect(await db.customer.count()).toBe(SMALL_SCALE.customers);
    expect(await db.order.count()).toBe(SMALL_SCALE.orders);
    expect(await db.inventoryPosition.count()).toBe((SMALL_SCALE.dcs + SMALL_SCALE.stores) * SMALL_SCALE.skus);
    expect(summary.counts.Order).toBe(SMALL_SCALE.orders);
    const stores = await db.node.findMany({ where: { type: "STORE" } });
    expect(stores.every((s) => s.canPickup && s.canReturn && s.dailyCapacity >= 20 && s.dailyCapacity <= 150)).toBe(true);
    expect(stores.some((s) => s.franchise)).toBe(true);
    expect(stores.filter((s) => s.canShipFromStore).length).toBeGreaterThan(stores.length / 2);
    expect(new Set(stores.map((s) => s.country))).toEqual(new Set(["FR", "BE", "CH", "LU"]));
    expect(stores.every((s) => /^ST-[A-Z]{3}-\d{2}$/.test(s.code))).toBe(true);
    const customers = await db.customer.findMany({ include: { addresses: true } });
    expect(customers.every((c) => c.addresses.length >= 1 && c.addresses.length <= 2 && c.addresses.filter((a) => a.isDefault).length === 1)).toBe(true);
  });

  it("keeps every position's reserved equal to its ACTIVE reservations, never above on hand", async () => {
    const rows = await db.$queryRawUnsafe<{ id: string; onHand: number; reserved: number; active: number }[]>(`
      SELECT p.id, p."onHand", p.reserved, COALESCE(SUM(r.qty) FILTER (WHERE r.status = 'ACTIVE'), 0)::int AS active
      FROM "InventoryPosition" p LEFT JOIN "Reservation" r ON r."nodeId" = p."nodeId" AND r."skuId" = p."skuId"
      GROUP BY p.id`);
    expect(rows.filter((r) => r.reserved !== r.active)).toEqual([]);
    expect(rows.filter((r) => r.onHand < 0 || r.reserved > r.onHand)).toEqual([]);
    expect(rows.some((r) => r.reserved > 0)).toBe(true);
    expect(rows.filter((r) => r.onHand === 0).length).toBeGreaterThan(0);
    const below = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT COUNT(*)::int AS n FROM "InventoryPosition" WHERE "onHand" < "safetyStock"`);
    expect(below[0].n).toBeGreaterThan(0);
  });

  it("holds ACTIVE reservations only for open work", async () => {
    const active = await db.reservation.findMany({ where: { status: "ACTIVE" }, include: { fulfillmentOrderLine: { include: { fulfillmentOrder: true } } } });
    expect(active.length).toBeGreaterThan(0);
    for (const r of active) {
      const fo = r.fulfillmentOrderLine!.fulfillmentOrder;
      expect(["CREATED", "RELEASED", "PICKING", "PACKED", "READY_FOR_PICKUP"]).toContain(fo.status);
      expect(fo.nodeId).toBe(r.nodeId);
    }
  });

  it("prices every order consistently with its lines and its payment ledger", async () => {
    const orders = await db.order.findMany({ include: { lines: true, payments: true } });
    for (const o of orders) {
      const open = (l: (typeof o.lines)[number]) => l.qty - l.cancelledQty;
      const subtotal = o.lines.reduce((a, l) => a + open(l) * l.unitPriceMinor, 0);
      const discount = o.lines.reduce((a, l) => a + Math.round((l.discountMinor * open(l)) / l.qty), 0);
      expect(o.subtotalMinor, o.number).toBe(subtotal);
      expect(o.discountMinor, o.number).toBe(discount);
      expect(o.totalMinor, o.number).toBe(o.subtotalMinor - o.discountMinor + o.shippingMinor);
      expect(o.taxMinor, o.number).toBe(Math.round(o.totalMinor - o.totalMinor / 1.2));
      const sum = (type: string) => o.payments.filter((p) => p.type === type).reduce((a, p) => a + p.amountMinor, 0);
      expect(sum("AUTHORIZATION") - sum("VOID"), o.number).toBe(o.totalMinor);
      if (o.status === "COMPLETED") expect(sum("CAPTURE"), o.number).toBe(o.totalMinor);
      expect(sum("REFUND"), o.number).toBeLessThanOrEqual(sum("CAPTURE"));
    }
  });

  it("gives every order a timeline that starts with its creation, within the last 90 days", async () => {
    const orders = await db.order.findMany({ include: { events: { orderBy: { createdAt: "asc" } } } });
    for (const o of orders) {
      expect(o.events.length, o.number).toBeGreaterThan(0);
      expect(o.events[0].type).toBe("order.created");
      expect(o.events[0].createdAt.getTime()).toBe(o.placedAt.getTime());
      expect(o.events.every((e) => e.createdAt.getTime() <= NOW.getTime())).toBe(true);
      expect(o.placedAt.getTime()).toBeGreaterThanOrEqual(NOW.getTime() - 90 * DAY);
      expect(o.placedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it("covers every channel and the main order states, and agrees with the state machine", async () => {
    const orders = await db.order.findMany({ include: { lines: true, holds: true } });
    expect(new Set(orders.map((o) => o.channel))).toEqual(new Set(["WEB", "MOBILE", "CALL_CENTER", "STORE", "MARKETPLACE"]));
    const statuses = new Set(orders.map((o) => o.status));
    for (const s of ["ON_HOLD", "SCHEDULED", "BACKORDERED", "RELEASED", "IN_FULFILLMENT", "FULFILLED", "COMPLETED", "CANCELLED", "RETURN_REQUESTED", "RETURNED", "REFUNDED"] as const) {
      expect(statuses, s).toContain(s);
    }
    expect(orders.filter((o) => o.status === "COMPLETED").length).toBeGreaterThan(orders.length / 2);
    for (const o of orders.filter((x) => x.status !== "REFUNDED")) {
      const openHolds = o.holds.filter((h) => !h.releasedAt).length;
      expect(deriveOrderStatus({ lines: o.lines, openHolds }), o.number).toBe(o.status);
    }
    expect(orders.filter((o) => o.status === "ON_HOLD").every((o) => o.holds.some((h) => !h.releasedAt))).toBe(true);
  });

  it("has split orders, pickups with codes, late and on-time deliveries, returns and decisions", async () => {
    const fos = await db.fulfillmentOrder.findMany({ select: { orderId: true, deliveryMode: true, pickupCode: true, status: true, deliveredAt: true, promisedDate: true } });
    const perOrder = new Map<string, number>();
    for (const f of fos) perOrder.set(f.orderId, (perOrder.get(f.orderId) ?? 0) + 1);
    expect([...perOrder.values()].some((n) => n > 1)).toBe(true);
    const pickups = fos.filter((f) => f.deliveryMode === "PICKUP");
    expect(pickups.length).toBeGreaterThan(0);
    expect(pickups.every((f) => /^\d{6}$/.test(f.pickupCode ?? ""))).toBe(true);
    const delivered = fos.filter((f) => f.deliveredAt);
    const late = delivered.filter((f) => f.deliveredAt! > f.promisedDate!).length;
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(delivered.length / 4);
    const returns = await db.return.findMany({ include: { lines: true } });
    expect(new Set(returns.map((r) => r.method))).toEqual(new Set(["IN_STORE", "MAIL"]));
    expect(returns.every((r) => r.lines.length > 0)).toBe(true);
    expect(await db.sourcingDecision.count()).toBeGreaterThan(0);
    expect(await db.orderNote.count()).toBeGreaterThan(0);
    const outbox = await db.outboxMessage.groupBy({ by: ["status"], _count: true });
    expect(new Set(outbox.map((g) => g.status))).toEqual(new Set(["SENT", "PENDING", "FAILED"]));
    const inTransit = await db.inboundShipment.findMany({ where: { status: "IN_TRANSIT" } });
    expect(inTransit.length).toBeGreaterThan(0);
    expect(inTransit.every((s) => s.eta.getTime() > NOW.getTime() - 7 * DAY && s.eta.getTime() < NOW.getTime() + 22 * DAY)).toBe(true);
    expect(await db.inboundShipment.count({ where: { status: "RECEIVED" } })).toBeGreaterThan(0);
  });

  it("gives the demo store a queue in every section, with a pickup uncollected for over 5 days", async () => {
    const store = await db.node.findUniqueOrThrow({ where: { code: "ST-PAR-01" } });
    for (const status of ["RELEASED", "PICKING", "PACKED"] as const) {
      expect(await db.fulfillmentOrder.count({ where: { nodeId: store.id, status } }), status).toBeGreaterThan(0);
    }
    const ready = await db.fulfillmentOrder.findMany({ where: { pickupNodeId: store.id, status: "READY_FOR_PICKUP" } });
    expect(ready.length).toBeGreaterThan(0);
    expect(ready.some((f) => f.readyAt!.getTime() < NOW.getTime() - 5 * DAY)).toBe(true);
    const lyon = await db.node.findUniqueOrThrow({ where: { code: "ST-LYO-01" } });
    expect(await db.fulfillmentOrder.count({ where: { OR: [{ nodeId: lyon.id }, { pickupNodeId: lyon.id }], status: { in: ["RELEASED", "READY_FOR_PICKUP", "PACKED"] } } })).toBeGreaterThan(0);
  });

  it("creates the demo users with verifiable passwords, bound to their stores", async () => {
    for (const u of DEMO_USERS) {
      const row = await db.user.findUniqueOrThrow({ where: { email: u.email }, include: { store: true } });
      expect(row.role).toBe(u.role);
      expect(await bcrypt.compare(u.password, row.passwordHash)).toBe(true);
      expect(row.store?.code ?? null).toBe(u.storeCode);
    }
    expect(DEMO_USERS.find((u) => u.email === "store@oms.demo")!.storeCode).toBe("ST-PAR-01");
    expect(DEMO_USERS.find((u) => u.email === "store2@oms.demo")!.storeCode).toBe("ST-LYO-01");
  });

  it("creates one API key per channel, stored as its SHA-256", async () => {
    const keys = await db.apiKey.findMany({ where: { scope: "CHANNEL" } });
    expect(new Set(keys.map((k) => k.channel))).toEqual(new Set(["WEB", "MOBILE", "CALL_CENTER", "STORE", "MARKETPLACE"]));
    for (const k of DEMO_API_KEYS) {
      const row = await db.apiKey.findUniqueOrThrow({ where: { keyHash: createHash("sha256").update(k.key).digest("hex") } });
      expect(row).toMatchObject({ scope: "CHANNEL", channel: k.channel, prefix: k.key.slice(0, 12) });
    }
  });

  it("creates a fulfilment key bound to every node, with its audit row", async () => {
    const row = await db.apiKey.findUniqueOrThrow({
      where: { keyHash: createHash("sha256").update(DEMO_FULFILLMENT_API_KEY.key).digest("hex") },
      include: { nodes: true },
    });
    expect(row).toMatchObject({ id: DEMO_FULFILLMENT_API_KEY.id, scope: "FULFILLMENT", channel: null, revokedAt: null });
    expect(row.nodes.map((n) => n.nodeId).sort()).toEqual((await db.node.findMany({ select: { id: true } })).map((n) => n.id).sort());
    expect(await db.apiKey.count()).toBe(DEMO_API_KEYS.length + 1);
    expect(await db.auditEvent.count({ where: { entityType: "ApiKey", entityId: row.id, action: "api_key.created" } })).toBe(1);
  });

  it("gives every SKU its own valid EAN-13 barcode", async () => {
    expect(ean13CheckDigit("400638133393")).toBe(1); // a real label: 4006381333931
    const skus = await db.sku.findMany({ select: { barcode: true } });
    const codes = skus.map((s) => s.barcode ?? "");
    expect(codes.every((c) => /^\d{13}$/.test(c) && ean13CheckDigit(c.slice(0, 12)) === Number(c[12]))).toBe(true);
    expect(new Set(codes).size).toBe(skus.length);
  });

  it("publishes version 1 of each rule set, valid for its schema, and the promo codes", async () => {
    const sets = await db.ruleSet.findMany();
    expect(sets.map((s) => s.kind).sort()).toEqual(["ALERTS", "HOLDS", "MODIFICATION", "PICKUP", "RETURNS", "SOURCING"]);
    for (const s of sets) {
      expect(s.status).toBe("PUBLISHED");
      expect(s.version).toBe(1);
      expect(() => parseRuleDefinition(s.kind, s.definition)).not.toThrow();
    }
    const promos = await db.promoCode.findMany();
    expect(promos.map((p) => p.code).sort()).toEqual(["FREESHIP", "SPRING15", "SUMMER5", "WELCOME10"]);
    expect(promos.filter((p) => p.validUntil && p.validUntil < NOW).map((p) => p.code)).toEqual(["SPRING15"]);
  });

  it("has a movement ledger that adds up to on hand for every position, never below zero", async () => {
    const off = await db.$queryRawUnsafe<{ id: string; onHand: number; total: number }[]>(`
      SELECT p.id, p."onHand", COALESCE(SUM(m.qty), 0)::int AS total
      FROM "InventoryPosition" p LEFT JOIN "StockMovement" m ON m."nodeId" = p."nodeId" AND m."skuId" = p."skuId"
      GROUP BY p.id HAVING p."onHand" <> COALESCE(SUM(m.qty), 0)`);
    expect(off).toEqual([]);
    const [running] = await db.$queryRawUnsafe<{ bad: number; movements: number }[]>(`
      SELECT COUNT(*) FILTER (WHERE running <> "onHandAfter" OR running < 0)::int AS bad, COUNT(*)::int AS movements
      FROM (SELECT "onHandAfter", SUM(qty) OVER (PARTITION BY "nodeId", "skuId" ORDER BY "occurredAt", id) AS running FROM "StockMovement") x`);
    expect(running.bad).toBe(0);
    expect(running.movements).toBe(summary.counts.StockMovement);
    // 90 days of it, in every kind the world knows, the history dated before now.
    const kinds = await db.stockMovement.groupBy({ by: ["kind"], _count: true, _min: { occurredAt: true }, _max: { occurredAt: true } });
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(["OPENING", "RECEIPT", "TRANSFER_OUT", "SHIPMENT", "SALE", "RETURN", "ADJUSTMENT"]));
    for (const k of kinds) {
      expect(k._max.occurredAt!.getTime(), k.kind).toBeLessThanOrEqual(NOW.getTime());
      expect(k._min.occurredAt!.getTime(), k.kind).toBeGreaterThanOrEqual(NOW.getTime() - 91 * DAY);
    }
  });

  it("records shipments and hand-overs of the orders, and receipts of the inbound supply, in the ledger", async () => {
    // Every unit shipped or handed over in the last 90 days left its node as a movement naming the order.
    const [shipped] = await db.$queryRawUnsafe<{ units: number }[]>(`
      SELECT COALESCE(SUM(fl.qty), 0)::int AS units FROM "FulfillmentOrderLine" fl JOIN "FulfillmentOrder" f ON f.id = fl."fulfillmentOrderId"
      WHERE (f."deliveryMode" = 'SHIP' OR f."nodeId" <> f."pickupNodeId") AND f."shippedAt" IS NOT NULL
         OR f."deliveryMode" = 'PICKUP' AND f."nodeId" = f."pickupNodeId" AND f."pickedUpAt" IS NOT NULL`);
    const [moved] = await db.$queryRawUnsafe<{ units: number; orphans: number }[]>(`
      SELECT (-SUM(m.qty))::int AS units, COUNT(*) FILTER (WHERE o.id IS NULL)::int AS orphans
      FROM "StockMovement" m LEFT JOIN "Order" o ON o.number = m.reference
      WHERE m.kind IN ('SHIPMENT', 'SALE') AND m.reference IS NOT NULL`);
    expect(moved.orphans).toBe(0);
    expect(moved.units).toBe(shipped.units);
    // Recent demand for the alerts: units out in the last 28 days, at DCs and at stores.
    const recent = await db.$queryRawUnsafe<{ type: string; units: number }[]>(`
      SELECT n.type, (-SUM(m.qty))::int AS units FROM "StockMovement" m JOIN "Node" n ON n.id = m."nodeId"
      WHERE m.kind IN ('SHIPMENT', 'SALE') AND m."occurredAt" > $1 GROUP BY n.type`, new Date(NOW.getTime() - 28 * DAY));
    expect(recent.find((r) => r.type === "DC")?.units ?? 0).toBeGreaterThan(0);
    expect(recent.find((r) => r.type === "STORE")?.units ?? 0).toBeGreaterThan(0);
    // Each delivery of inbound supply is a receipt, and raised on hand by exactly its units.
    const receipts = await db.$queryRawUnsafe<{ reference: string; units: number; moved: number }[]>(`
      SELECT s.reference, r.units, COALESCE((SELECT SUM(m.qty) FROM "StockMovement" m WHERE m.kind = 'RECEIPT' AND m.reference = s.reference AND m."nodeId" = s."toNodeId"), 0)::int AS moved
      FROM "InboundShipment" s JOIN (SELECT "shipmentId", SUM(units)::int AS units FROM "InboundReceipt" GROUP BY 1) r ON r."shipmentId" = s.id`);
    expect(receipts.length).toBeGreaterThan(0);
    expect(receipts.filter((r) => r.units !== r.moved)).toEqual([]);
    // A shipped transfer left its source.
    const [transfers] = await db.$queryRawUnsafe<{ units: number; out: number }[]>(`
      SELECT SUM(l.qty)::int AS units, (SELECT -SUM(qty) FROM "StockMovement" WHERE kind = 'TRANSFER_OUT' AND reference IS NOT NULL)::int AS out
      FROM "InboundShipmentLine" l JOIN "InboundShipment" s ON s.id = l."shipmentId" WHERE s.type = 'TRANSFER' AND s."shippedAt" IS NOT NULL`);
    expect(transfers.out).toBe(transfers.units);
  });

  it("has supply in every state: planned transfers, late shipments, a partial receipt, receipts for what arrived", async () => {
    const planned = await db.inboundShipment.findMany({ where: { status: "PLANNED" }, include: { lines: true } });
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.every((s) => s.type === "TRANSFER" && s.fromNodeId && s.shippedAt === null && s.eta > NOW && s.lines.length > 0 && s.lines.every((l) => l.receivedQty === 0))).toBe(true);
    const late = await db.inboundShipment.findMany({ where: { status: "IN_TRANSIT", eta: { lt: NOW } } });
    expect(new Set(late.map((s) => s.type))).toEqual(new Set(["PURCHASE_ORDER", "TRANSFER"]));
    const partial = await db.inboundShipment.findMany({ where: { status: "IN_TRANSIT", receipts: { some: {} } }, include: { lines: true, receipts: true } });
    expect(partial.length).toBe(1);
    expect(partial[0].lines.some((l) => l.receivedQty > 0 && l.receivedQty < l.qty)).toBe(true);
    const received = await db.inboundShipment.findMany({ where: { status: "RECEIVED" }, include: { lines: true, receipts: true } });
    for (const s of received) {
      expect(s.receipts.length, s.reference).toBe(1);
      const lines = s.receipts[0].lines as Record<string, number>;
      expect(s.receipts[0].units, s.reference).toBe(s.lines.reduce((a, l) => a + l.receivedQty, 0));
      for (const l of s.lines) expect(lines[l.id] ?? 0, l.id).toBe(l.receivedQty);
      expect(s.receipts[0].receivedAt.getTime()).toBe(s.receivedAt!.getTime());
    }
  });

  it("sets up the stock-out journey: a backorder that a transfer from a store with free units can cover", async () => {
    const sku = await db.sku.findUniqueOrThrow({ where: { code: DEMO_STOCKOUT.sku } });
    const positions = await db.inventoryPosition.findMany({ where: { skuId: sku.id }, include: { node: true } });
    const atp = (p: (typeof positions)[number]) => Math.max(0, p.onHand - p.reserved - p.safetyStock);
    // Nothing to promise at any node that ships parcels...
    expect(positions.filter((p) => p.node.canShip && atp(p) > 0)).toEqual([]);
    // ...but a store that does not ship holds free units.
    const from = positions.find((p) => p.node.code === DEMO_STOCKOUT.from)!;
    expect(from.node).toMatchObject({ type: "STORE", canShip: false });
    expect(atp(from)).toBe(DEMO_STOCKOUT.freeAtSource);
    expect(DEMO_STOCKOUT.transferQty).toBeLessThanOrEqual(DEMO_STOCKOUT.freeAtSource);
    const to = positions.find((p) => p.node.code === DEMO_STOCKOUT.to)!;
    expect(to.node).toMatchObject({ type: "DC", canShip: true, active: true });
    expect(to.safetyStock).toBe(DEMO_STOCKOUT.safetyAtDestination);
    // The oldest open backorder of the SKU waits for one unit: a received transfer covers it.
    const backorders = await db.orderLine.findMany({ where: { skuId: sku.id, status: "BACKORDERED" }, include: { order: true }, orderBy: { order: { placedAt: "asc" } } });
    expect(backorders.length).toBeGreaterThan(0);
    expect(backorders[0].order.status).toBe("BACKORDERED");
    expect(backorders[0].qty - backorders[0].cancelledQty).toBe(1);
    expect(backorders[0].deliveryMode).toBe("SHIP");
    const waiting = backorders.reduce((a, l) => a + l.qty - l.cancelledQty, 0);
    expect(DEMO_STOCKOUT.transferQty - DEMO_STOCKOUT.safetyAtDestination - to.onHand + to.reserved).toBeGreaterThanOrEqual(Math.min(waiting, 1));
  });

  it("sets up the projected stock-out journey: a fast seller with little left and nothing on its way", async () => {
    const sku = await db.sku.findUniqueOrThrow({ where: { code: DEMO_AT_RISK.sku } });
    const node = await db.node.findUniqueOrThrow({ where: { code: DEMO_AT_RISK.node } });
    const p = await db.inventoryPosition.findUniqueOrThrow({ where: { nodeId_skuId: { nodeId: node.id, skuId: sku.id } } });
    expect(p.onHand - p.reserved - p.safetyStock).toBe(DEMO_AT_RISK.atp);
    const rules = parseRuleDefinition("ALERTS", (await db.ruleSet.findUniqueOrThrow({ where: { id: "rs_alerts_v1" } })).definition) as { stockoutHorizonDays: number; demandWindowDays: number };
    const since = new Date(NOW.getTime() - rules.demandWindowDays * DAY);
    const sold = await db.stockMovement.aggregate({ where: { nodeId: node.id, skuId: sku.id, kind: { in: ["SALE", "SHIPMENT"] }, occurredAt: { gt: since } }, _sum: { qty: true } });
    const daily = -(sold._sum.qty ?? 0) / rules.demandWindowDays;
    expect(daily).toBeGreaterThan(0);
    expect(DEMO_AT_RISK.atp / daily).toBeLessThan(rules.stockoutHorizonDays);
    expect(await db.inboundShipmentLine.count({ where: { skuId: sku.id, shipment: { toNodeId: node.id, status: { in: ["PLANNED", "IN_TRANSIT"] } } } })).toBe(0);
    const from = await db.inventoryPosition.findFirstOrThrow({ where: { skuId: sku.id, node: { code: DEMO_AT_RISK.from } } });
    expect(from.onHand - from.reserved - from.safetyStock).toBeGreaterThanOrEqual(40);
  });

  it("refuses to seed a database that already has a network", async () => {
    await expect(seedDemoWorld(db, { now: NOW, scale: SMALL_SCALE })).rejects.toBeInstanceOf(AlreadySeededError);
  });

  it("is deterministic: the same options give the same rows", async () => {
    const other = await createTestDb();
    try {
      await seedDemoWorld(other.db, { now: NOW, scale: SMALL_SCALE, storeJourneys: false });
      expect(await digest(other.db)).toBe(await digest(db));
      // A reset wipes everything first (a tiny world keeps this quick).
      const tiny = { ...SMALL_SCALE, skus: 20, customers: 5, orders: 12 };
      const again = await seedDemoWorld(other.db, { now: NOW, scale: tiny, reset: true, storeJourneys: false });
      expect(again.counts.Order).toBe(12);
      expect(await other.db.order.count()).toBe(12);
      expect(await other.db.sku.count()).toBe(20);
      expect(await other.db.user.count()).toBe(DEMO_USERS.length);
    } finally {
      await other.close();
    }
  });
});

describe("the default scale", () => {
  it("scales to a 10x world of 20,000 SKUs on the same network and 54,000 orders", () => {
    expect(scaledWorld(10)).toEqual({ dcs: DEFAULT_SCALE.dcs, stores: DEFAULT_SCALE.stores, skus: 20_000, customers: 3_000, orders: 54_000 });
    expect(scaledWorld(1)).toEqual(DEFAULT_SCALE);
    expect(() => scaledWorld(0)).toThrow();
  });

  it("is the world the foundation asks for", () => {
    expect(DEFAULT_SCALE.dcs).toBeGreaterThanOrEqual(3);
    expect(DEFAULT_SCALE.stores).toBeGreaterThanOrEqual(40);
    expect(DEFAULT_SCALE.skus).toBe(2000);
    expect(DEFAULT_SCALE.customers).toBe(300);
    expect(DEFAULT_SCALE.orders).toBeGreaterThanOrEqual(5000);
  });
});
