// The fulfilment commands' integration suite, on a real database: pick, short-pick with
// re-sourcing, pack, ship with capture, BOPIS ready and hand-over, uncollected pickups, store scope,
// stale tablets and steps out of order. It runs on in-memory PGlite
// (commands/fulfillment-commands.test.ts) and on the PostgreSQL server (…server.test.ts).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Tx } from "@/lib/db";
import type { TestDb } from "@/lib/db/testing";
import { ConflictError, ForbiddenError, RuleViolation, StateConflictError } from "@/lib/errors";
import { SYSTEM_ACTOR } from "@/lib/auth";
import { getApiOrder, changeQuantity } from "@/lib/orders";
import { buildWorld, TEST_AGENT } from "@/lib/orders/testing";
import { associateOf, DC_ACTOR, loadOrder, NOW, placeOrder, position, runner, stockProblems, workAt } from "./scenario";
import { getFulfillmentWork, findPickups } from "../queries/fulfillment-work";
import { expireUncollectedPickups } from "../jobs/expire-uncollected-pickups";
import { confirmPick } from "../commands/confirm-pick";
import { shortPick } from "../commands/short-pick";
import { pack } from "../commands/pack";
import { ship } from "../commands/ship";
import { markReady } from "../commands/mark-ready";
import { receiveAtStore } from "../commands/receive-at-store";
import { handOver } from "../commands/hand-over";
import { expirePickup } from "../commands/expire-pickup";
import { markDelivered } from "../commands/mark-delivered";
import { startPicking } from "../commands/start-picking";
import { cycleCount } from "../commands/cycle-count";

/** Defines the suite on databases made by `openDb` (a fresh one per test). */
export function fulfillmentCommandSuite(openDb: () => Promise<TestDb>): void {
  let t: TestDb;
  const run = <T,>(fn: (tx: Tx) => Promise<T>) => runner(t.db)(fn);
  const PARIS = associateOf("ST-PAR-01");
  const BASTILLE = associateOf("ST-PAR-02");
  const LYON = associateOf("ST-LYO-01");
  const DAY = 86_400_000;

  beforeEach(async () => {
    await t?.close();
    t = await openDb();
    // Jeans: 2 at the Paris Rivoli store (nearest to the Paris customer), 5 at the Lyon DC, far away.
    await buildWorld(t.db, { stock: { "ST-PAR-01|JEANS-32": 2, "DC-LYS|JEANS-32": 5, "ST-PAR-01|TSHIRT-M": 3, "DC-PAR|LAMP": 4 } });
    await t.db.sku.update({ where: { code: "JEANS-32" }, data: { barcode: "2000000000329" } });
  });
  afterAll(() => t?.close());

  /** Picks every unit of a fulfilment order by scanning each line's SKU code. */
  async function pickAll(actor: typeof PARIS, foId: string) {
    const fo = await t.db.fulfillmentOrder.findUniqueOrThrow({ where: { id: foId }, include: { lines: { include: { orderLine: { include: { sku: true } } } } } });
    for (const line of fo.lines) if (line.qty > line.pickedQty) await run((tx) => confirmPick(tx, actor, { fulfillmentOrderId: foId, lineId: line.id, scan: line.orderLine.sku.code }));
  }

  describe("ship from store", () => {
    it("re-sources a short-picked unit to another node at once, keeps stock exact, and ships and captures exactly what left", async () => {
      const order = await placeOrder(t.db, { lines: [{ sku: "JEANS-32", qty: 2, mode: "SHIP" }] });
      const store = await workAt(t.db, order.id, "ST-PAR-01");
      expect(store.status).toBe("RELEASED");
      const line = store.lines[0];

      // A wrong scan is refused and never counts as picked.
      const wrong = await run((tx) => confirmPick(tx, PARIS, { fulfillmentOrderId: store.id, expectedVersion: store.version, lineId: line.id, scan: "TSHIRT-M" })).catch((e) => e);
      expect(wrong).toBeInstanceOf(RuleViolation);
      expect(wrong).toMatchObject({ code: "WRONG_ITEM", fields: { scan: { code: "SCAN_NOT_LINE_ITEM", params: { sku: "JEANS-32" } } } });
      expect((await workAt(t.db, order.id, "ST-PAR-01")).lines[0].pickedQty).toBe(0);

      // One pair is on the shelf (scanned by its barcode), the other cannot be found.
      const picked = await run((tx) => confirmPick(tx, PARIS, { fulfillmentOrderId: store.id, expectedVersion: store.version, lineId: line.id, scan: "2000000000329", qty: 1 }));
      expect(picked.status).toBe("PICKING");
      const short = await run((tx) => shortPick(tx, PARIS, { fulfillmentOrderId: store.id, expectedVersion: picked.version, lineId: line.id, qty: 1, reason: "NOT_FOUND" }, { now: NOW }));
      expect(short.resourced).toMatchObject({ allocatedUnits: 1, unfilledUnits: 0, nodes: ["DC-LYS"] });

      // The store's stock is corrected; the unit is now reserved at the Lyon DC; nothing was cancelled.
      expect(await position(t.db, "ST-PAR-01", "JEANS-32")).toEqual({ onHand: 1, reserved: 1 });
      expect(await position(t.db, "DC-LYS", "JEANS-32")).toEqual({ onHand: 5, reserved: 1 });
      expect(await stockProblems(t.db)).toEqual([]);
      let after = await loadOrder(t.db, order.id);
      expect(after.lines[0]).toMatchObject({ qty: 2, cancelledQty: 0 });
      expect(after.fulfillmentOrders.map((f) => [f.node.code, f.status, f.lines.map((l) => [l.qty, l.shortQty])])).toEqual([
        ["ST-PAR-01", "PICKING", [[1, 1]]],
        ["DC-LYS", "RELEASED", [[1, 0]]],
      ]);
      expect(after.events.map((e) => e.type)).toEqual(expect.arrayContaining(["fulfillment.picking_started", "fulfillment.pick_confirmed", "fulfillment.short_picked", "fulfillment.picked", "order.resourced"]));
      const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "inventory.short_pick_written_off" } });
      expect(audit).toMatchObject({ actorName: "Associate ST-PAR-01", reason: "Not found on the shelf" });

      // The store packs and ships its unit: it leaves the stock, and exactly its price is captured.
      const packed = await run((tx) => pack(tx, PARIS, { fulfillmentOrderId: store.id, expectedVersion: short.version, parcels: [{ weightGrams: 800 }] }, { now: NOW }));
      const shipped = await run((tx) => ship(tx, PARIS, { fulfillmentOrderId: store.id, expectedVersion: packed.version, carrier: "Colissimo", trackingNumber: "6A12345678901" }, { now: NOW }));
      expect(shipped).toMatchObject({ status: "SHIPPED", capturedMinor: 5999 });
      expect(await position(t.db, "ST-PAR-01", "JEANS-32")).toEqual({ onHand: 0, reserved: 0 });
      const shippedMsg = await t.db.outboxMessage.findFirstOrThrow({ where: { orderId: order.id, topic: "ORDER_SHIPPED" } });
      expect(JSON.stringify(shippedMsg.payload)).toContain("6A12345678901");

      // The DC ships the other pair; the carrier delivers both: the order completes, fully paid.
      const dc = await workAt(t.db, order.id, "DC-LYS");
      await pickAll(DC_ACTOR, dc.id);
      await run((tx) => pack(tx, DC_ACTOR, { fulfillmentOrderId: dc.id, parcels: [{}] }, { now: NOW }));
      await run((tx) => ship(tx, DC_ACTOR, { fulfillmentOrderId: dc.id, carrier: "DPD", trackingNumber: "DPD-0001" }, { now: NOW }));
      await run((tx) => markDelivered(tx, DC_ACTOR, { fulfillmentOrderId: dc.id }, { now: new Date(NOW.getTime() + 2 * DAY) }));
      await run((tx) => markDelivered(tx, PARIS, { fulfillmentOrderId: store.id }, { now: new Date(NOW.getTime() + DAY) }));
      after = await loadOrder(t.db, order.id);
      expect(after.status).toBe("COMPLETED");
      expect(after.payments.filter((p) => p.type === "CAPTURE").map((p) => p.amountMinor)).toEqual([5999, 5999]);
      expect(after.payments.every((p) => p.method === after.payments[0].method)).toBe(true);
      expect(await stockProblems(t.db)).toEqual([]);
      const api = await getApiOrder(t.db, { id: order.id });
      expect(api.status).toBe("COMPLETED");
    });

    it("backorders a short-picked unit when no other node has one, and tells the customer", async () => {
      const order = await placeOrder(t.db, { lines: [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }] });
      const store = await workAt(t.db, order.id, "ST-PAR-01");
      const res = await run((tx) => shortPick(tx, PARIS, { fulfillmentOrderId: store.id, lineId: store.lines[0].id, qty: 2, reason: "DAMAGED" }, { now: NOW }));
      expect(res).toMatchObject({ status: "CANCELLED", resourced: { allocatedUnits: 0, unfilledUnits: 2 } });
      const after = await loadOrder(t.db, order.id);
      expect(after.status).toBe("BACKORDERED");
      expect(after.lines[0]).toMatchObject({ status: "BACKORDERED", cancelledQty: 0 });
      expect(await position(t.db, "ST-PAR-01", "TSHIRT-M")).toEqual({ onHand: 1, reserved: 0 });
      expect(await t.db.outboxMessage.count({ where: { orderId: order.id, topic: "ORDER_CHANGED" } })).toBe(1);
      expect(await stockProblems(t.db)).toEqual([]);
    });

    it("refuses steps out of order with the current status, and a stale tablet with a conflict", async () => {
      const order = await placeOrder(t.db, { lines: [{ sku: "JEANS-32", qty: 1, mode: "SHIP" }] });
      const store = await workAt(t.db, order.id, "ST-PAR-01");
      const early = await run((tx) => ship(tx, PARIS, { fulfillmentOrderId: store.id, carrier: "UPS", trackingNumber: "1Z999" })).catch((e) => e);
      expect(early).toBeInstanceOf(StateConflictError);
      expect(early.details).toEqual({ currentStatus: "RELEASED" });
      const notPicked = await run((tx) => startPicking(tx, PARIS, { fulfillmentOrderId: store.id, expectedVersion: store.version }));
      const packEarly = await run((tx) => pack(tx, PARIS, { fulfillmentOrderId: store.id, parcels: [{}] })).catch((e) => e);
      expect(packEarly).toMatchObject({ code: "NOT_FULLY_PICKED" });
      // A second tablet still showing the released order.
      const stale = await run((tx) => confirmPick(tx, PARIS, { fulfillmentOrderId: store.id, expectedVersion: store.version, lineId: store.lines[0].id, scan: "JEANS-32" })).catch((e) => e);
      expect(stale).toBeInstanceOf(ConflictError);
      expect((await workAt(t.db, order.id, "ST-PAR-01")).version).toBe(notPicked.version);
    });

    it("lets no associate touch another store's work: 403 and nothing changes", async () => {
      const order = await placeOrder(t.db, { lines: [{ sku: "JEANS-32", qty: 1, mode: "SHIP" }] });
      const store = await workAt(t.db, order.id, "ST-PAR-01");
      const ref = { fulfillmentOrderId: store.id };
      const attempts = [
        () => run((tx) => startPicking(tx, LYON, ref)),
        () => run((tx) => confirmPick(tx, LYON, { ...ref, lineId: store.lines[0].id, scan: "JEANS-32" })),
        () => run((tx) => shortPick(tx, LYON, { ...ref, lineId: store.lines[0].id, qty: 1, reason: "NOT_FOUND" })),
        () => run((tx) => pack(tx, LYON, { ...ref, parcels: [{}] })),
        () => run((tx) => ship(tx, LYON, { ...ref, carrier: "UPS", trackingNumber: "1Z999" })),
        () => run((tx) => markReady(tx, LYON, ref)),
        () => run((tx) => receiveAtStore(tx, LYON, ref)),
        () => run((tx) => handOver(tx, LYON, { ...ref, check: "PICKUP_CODE", pickupCode: "000000" })),
        () => run((tx) => expirePickup(tx, LYON, { ...ref, reason: "Customer never came" })),
        () => run((tx) => markDelivered(tx, LYON, ref)),
        () => run((tx) => cycleCount(tx, LYON, { node: "ST-PAR-01", sku: "JEANS-32", countedQty: 0, reason: "Count" })),
        () => getFulfillmentWork(t.db, LYON, { id: store.id }),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
      const now = await workAt(t.db, order.id, "ST-PAR-01");
      expect([now.status, now.version]).toEqual([store.status, store.version]);
      expect(await position(t.db, "ST-PAR-01", "JEANS-32")).toEqual({ onHand: 2, reserved: 1 });
    });
  });

  describe("buy online, pick up in store", () => {
    async function readyPickup(qty: number) {
      const order = await placeOrder(t.db, { lines: [{ sku: "JEANS-32", qty, mode: "PICKUP", pickupStore: "ST-PAR-01" }] });
      const work = await workAt(t.db, order.id, "ST-PAR-01");
      // The code stays hidden until the pickup is ready.
      expect((await getFulfillmentWork(t.db, PARIS, { id: work.id })).pickupCode).toBeNull();
      expect(await t.db.outboxMessage.count({ where: { orderId: order.id, topic: "READY_FOR_PICKUP" } })).toBe(0);
      await pickAll(PARIS, work.id);
      const ready = await run((tx) => markReady(tx, PARIS, { fulfillmentOrderId: work.id }, { now: NOW }));
      expect(ready.status).toBe("READY_FOR_PICKUP");
      return { order, work: await t.db.fulfillmentOrder.findUniqueOrThrow({ where: { id: work.id }, include: { lines: true } }) };
    }

    it("marks a pickup ready (the message with the code goes out now), refuses a wrong code, and hands over in parts", async () => {
      const { order, work } = await readyPickup(2);
      expect(work).toMatchObject({ status: "READY_FOR_PICKUP", readyAt: NOW, pickupExpiresAt: new Date(NOW.getTime() + 7 * DAY) });
      const message = await t.db.outboxMessage.findFirstOrThrow({ where: { orderId: order.id, topic: "READY_FOR_PICKUP" } });
      expect(JSON.stringify(message.payload)).toContain(work.pickupCode!);
      expect((await getFulfillmentWork(t.db, PARIS, { id: work.id })).pickupCode).toBe(work.pickupCode);
      expect((await findPickups(t.db, PARIS, { q: work.pickupCode! })).map((p) => p.id)).toEqual([work.id]);
      expect((await findPickups(t.db, PARIS, { q: "martin" })).map((p) => p.id)).toEqual([work.id]);

      const wrongCode = work.pickupCode === "000000" ? "111111" : "000000";
      const refused = await run((tx) => handOver(tx, PARIS, { fulfillmentOrderId: work.id, check: "PICKUP_CODE", pickupCode: wrongCode })).catch((e) => e);
      expect(refused).toMatchObject({ code: "WRONG_PICKUP_CODE", fields: { pickupCode: { code: "PICKUP_CODE_WRONG" } } });
      expect(await position(t.db, "ST-PAR-01", "JEANS-32")).toEqual({ onHand: 2, reserved: 2 });

      // The customer takes one pair today.
      const part = await run((tx) => handOver(tx, PARIS, { fulfillmentOrderId: work.id, check: "PICKUP_CODE", pickupCode: work.pickupCode!, lines: [{ lineId: work.lines[0].id, qty: 1 }] }, { now: NOW }));
      expect(part).toMatchObject({ status: "READY_FOR_PICKUP", complete: false, handedOverUnits: 1, capturedMinor: 5999 });
      expect(await position(t.db, "ST-PAR-01", "JEANS-32")).toEqual({ onHand: 1, reserved: 1 });
      // ...and the other later, without the code, showing an ID with the name on the order.
      const mismatch = await run((tx) => handOver(tx, PARIS, { fulfillmentOrderId: work.id, check: "ID_CHECK", buyerName: "Jean Dupont", idDocument: "ID_CARD" })).catch((e) => e);
      expect(mismatch).toMatchObject({ code: "NAME_MISMATCH" });
      const rest = await run((tx) => handOver(tx, PARIS, { fulfillmentOrderId: work.id, check: "ID_CHECK", buyerName: "MARTIN Lea", idDocument: "PASSPORT" }, { now: NOW }));
      expect(rest).toMatchObject({ status: "PICKED_UP", complete: true, capturedMinor: 5999 });
      const done = await t.db.fulfillmentOrder.findUniqueOrThrow({ where: { id: work.id } });
      expect(done).toMatchObject({ handedOverBy: "Associate ST-PAR-01", handoverCheck: "ID_CHECK", pickedUpAt: NOW });
      const after = await loadOrder(t.db, order.id);
      expect(after.status).toBe("COMPLETED");
      expect(after.events.map((e) => e.type)).toEqual(expect.arrayContaining(["fulfillment.ready_for_pickup", "fulfillment.partially_picked_up", "fulfillment.picked_up", "payment.captured"]));
      expect(await position(t.db, "ST-PAR-01", "JEANS-32")).toEqual({ onHand: 0, reserved: 0 });
      expect(await stockProblems(t.db)).toEqual([]);
    });

    it("expires an uncollected pickup after the window: stock back on the shelf, authorisation voided, buyer told", async () => {
      const { order, work } = await readyPickup(2);
      // Nothing happens before the window ends.
      expect((await expireUncollectedPickups(t.db, { now: new Date(NOW.getTime() + 6 * DAY) })).expired).toEqual([]);
      const run8 = await expireUncollectedPickups(t.db, { now: new Date(NOW.getTime() + 8 * DAY), log: (m, e) => console.error(m, e) });
      expect(run8).toEqual({ expired: [work.number], failed: 0 });
      const after = await loadOrder(t.db, order.id);
      expect(after.status).toBe("CANCELLED");
      expect(after.fulfillmentOrders[0]).toMatchObject({ status: "CANCELLED", cancelReason: "Not collected within the pickup window" });
      expect(await position(t.db, "ST-PAR-01", "JEANS-32")).toEqual({ onHand: 2, reserved: 0 });
      const authorised = after.payments.reduce((a, p) => a + (p.type === "AUTHORIZATION" ? p.amountMinor : p.type === "VOID" ? -p.amountMinor : 0), 0);
      expect(authorised).toBe(0);
      expect(after.payments.some((p) => p.type === "CAPTURE")).toBe(false);
      expect(await t.db.outboxMessage.count({ where: { orderId: order.id, topic: "PICKUP_EXPIRED" } })).toBe(1);
      expect(after.events.find((e) => e.type === "fulfillment.pickup_expired")).toMatchObject({ actorType: "SYSTEM" });
      // A second run finds nothing left to do.
      expect((await expireUncollectedPickups(t.db, { now: new Date(NOW.getTime() + 9 * DAY) })).expired).toEqual([]);
      expect(await stockProblems(t.db)).toEqual([]);
    });

    it("lets an associate cancel the rest of a partly collected pickup early, with a reason", async () => {
      const { order, work } = await readyPickup(2);
      await run((tx) => handOver(tx, PARIS, { fulfillmentOrderId: work.id, check: "PICKUP_CODE", pickupCode: work.pickupCode!, lines: [{ lineId: work.lines[0].id, qty: 1 }] }, { now: NOW }));
      const res = await run((tx) => expirePickup(tx, PARIS, { fulfillmentOrderId: work.id, reason: "Customer does not want the second pair" }, { now: NOW }));
      expect(res).toMatchObject({ status: "PICKED_UP", expiredUnits: 1 });
      const after = await loadOrder(t.db, order.id);
      expect(after.lines[0]).toMatchObject({ qty: 2, cancelledQty: 1, status: "PICKED_UP" });
      expect(after.status).toBe("COMPLETED");
      expect(after.totalMinor).toBe(5999);
      expect(after.payments.at(-1)).toMatchObject({ type: "VOID", amountMinor: 5999 });
      expect(await position(t.db, "ST-PAR-01", "JEANS-32")).toEqual({ onHand: 1, reserved: 0 });
      expect(await stockProblems(t.db)).toEqual([]);
    });

    it("transfers a pickup from a DC: in transit, received and made ready at the store, paid at hand-over", async () => {
      const order = await placeOrder(t.db, { lines: [{ sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-02" }] });
      const dc = await workAt(t.db, order.id, "DC-PAR");
      expect(dc).toMatchObject({ deliveryMode: "PICKUP" });
      await pickAll(DC_ACTOR, dc.id);
      await run((tx) => pack(tx, DC_ACTOR, { fulfillmentOrderId: dc.id, parcels: [{}] }, { now: NOW }));
      const transit = await run((tx) => ship(tx, DC_ACTOR, { fulfillmentOrderId: dc.id, carrier: "GLS", trackingNumber: "GLS-42" }, { now: NOW }));
      expect(transit).toMatchObject({ status: "IN_TRANSIT_TO_STORE", capturedMinor: 0 });
      expect(await position(t.db, "DC-PAR", "LAMP")).toEqual({ onHand: 3, reserved: 0 });
      // The DC cannot make the store's pickup ready; the pickup store receives it.
      await expect(run((tx) => markReady(tx, PARIS, { fulfillmentOrderId: dc.id }))).rejects.toBeInstanceOf(ForbiddenError);
      await run((tx) => receiveAtStore(tx, BASTILLE, { fulfillmentOrderId: dc.id }, { now: NOW }));
      // Received: the unit is on the store's shelf, in its stock and reserved for the customer,
      // so a count of the shelf includes it and nobody else can promise it.
      expect(await position(t.db, "ST-PAR-02", "LAMP")).toEqual({ onHand: 1, reserved: 1 });
      expect(await stockProblems(t.db)).toEqual([]);
      // The sending DC sees the work but never the customer's pickup code.
      await run((tx) => markReady(tx, BASTILLE, { fulfillmentOrderId: dc.id }, { now: NOW }));
      expect((await getFulfillmentWork(t.db, associateOf("ST-PAR-02"), { id: dc.id })).pickupCode).toMatch(/^\d{6}$/);
      expect((await getFulfillmentWork(t.db, { kind: "apiKey", id: "wms", name: "DC WMS", role: "FULFILLMENT", nodeIds: ["node-DC-PAR"] }, { id: dc.id })).pickupCode).toBeNull();
      const code = (await getFulfillmentWork(t.db, BASTILLE, { id: dc.id })).pickupCode!;
      const done = await run((tx) => handOver(tx, BASTILLE, { fulfillmentOrderId: dc.id, check: "PICKUP_CODE", pickupCode: code }, { now: NOW }));
      expect(done).toMatchObject({ status: "PICKED_UP", capturedMinor: 3499 });
      expect(await position(t.db, "ST-PAR-02", "LAMP")).toEqual({ onHand: 0, reserved: 0 });
      const after = await loadOrder(t.db, order.id);
      expect(after.status).toBe("COMPLETED");
      const types = after.events.map((e) => e.type);
      for (const step of ["order.created", "fulfillment.released", "fulfillment.picked", "fulfillment.packed", "fulfillment.in_transit_to_store", "fulfillment.received_at_store", "fulfillment.ready_for_pickup", "fulfillment.picked_up"]) {
        expect(types).toContain(step);
      }
      expect(await stockProblems(t.db)).toEqual([]);
    });

    it("puts an expired transfer's units on the pickup store's shelf", async () => {
      const order = await placeOrder(t.db, { lines: [{ sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-02" }] });
      const dc = await workAt(t.db, order.id, "DC-PAR");
      await pickAll(DC_ACTOR, dc.id);
      await run((tx) => pack(tx, DC_ACTOR, { fulfillmentOrderId: dc.id, parcels: [{}] }, { now: NOW }));
      await run((tx) => ship(tx, DC_ACTOR, { fulfillmentOrderId: dc.id, carrier: "GLS", trackingNumber: "GLS-43" }, { now: NOW }));
      await run((tx) => markReady(tx, BASTILLE, { fulfillmentOrderId: dc.id }, { now: NOW }));
      await expireUncollectedPickups(t.db, { now: new Date(NOW.getTime() + 8 * DAY) });
      expect(await position(t.db, "ST-PAR-02", "LAMP")).toEqual({ onHand: 1, reserved: 0 });
      expect(await position(t.db, "DC-PAR", "LAMP")).toEqual({ onHand: 3, reserved: 0 });
      expect((await loadOrder(t.db, order.id)).status).toBe("CANCELLED");
    });
  });

  describe("what the rest of the order sees", () => {
    it("gives a tablet that still shows lines an agent has since changed a conflict", async () => {
      const order = await placeOrder(t.db, { lines: [{ sku: "JEANS-32", qty: 2, mode: "SHIP" }] });
      const store = await workAt(t.db, order.id, "ST-PAR-01");
      await run((tx) => changeQuantity(tx, TEST_AGENT, { orderId: order.id, lineId: order.lines[0].id, qty: 1, expectedVersion: order.version }));
      const stale = await run((tx) => confirmPick(tx, PARIS, { fulfillmentOrderId: store.id, expectedVersion: store.version, lineId: store.lines[0].id, scan: "JEANS-32" })).catch((e) => e);
      expect(stale).toBeInstanceOf(ConflictError);
      expect((await workAt(t.db, order.id, "ST-PAR-01")).lines[0]).toMatchObject({ qty: 1, pickedQty: 0 });
    });

    it("lets a short-picked line follow the node that delivers it now", async () => {
      const order = await placeOrder(t.db, { lines: [{ sku: "JEANS-32", qty: 1, mode: "SHIP" }, { sku: "TSHIRT-M", qty: 1, mode: "SHIP" }] });
      const store = await workAt(t.db, order.id, "ST-PAR-01");
      const jeans = store.lines.find((l) => l.orderLine.sku.code === "JEANS-32")!;
      await run((tx) => shortPick(tx, PARIS, { fulfillmentOrderId: store.id, lineId: jeans.id, qty: 1, reason: "DAMAGED" }, { now: NOW }));
      const dc = await workAt(t.db, order.id, "DC-LYS");
      await pickAll(DC_ACTOR, dc.id);
      await run((tx) => pack(tx, DC_ACTOR, { fulfillmentOrderId: dc.id, parcels: [{}] }, { now: NOW }));
      await run((tx) => ship(tx, DC_ACTOR, { fulfillmentOrderId: dc.id, carrier: "DPD", trackingNumber: "DPD-77" }, { now: NOW }));
      await run((tx) => markDelivered(tx, DC_ACTOR, { fulfillmentOrderId: dc.id }, { now: NOW }));
      const after = await loadOrder(t.db, order.id);
      // The store still picks the T-shirt; the jeans line reads as delivered, not as being picked.
      expect(after.lines.map((l) => l.status)).toEqual(["DELIVERED", "PICKING"]);
    });

    it("captures line discounts piece by piece to exactly the line's share, and never refunds uncaptured money", async () => {
      const order = await placeOrder(t.db, { lines: [{ sku: "JEANS-32", qty: 2, mode: "PICKUP", pickupStore: "ST-PAR-01" }] });
      const work = await workAt(t.db, order.id, "ST-PAR-01");
      await pickAll(PARIS, work.id);
      await run((tx) => markReady(tx, PARIS, { fulfillmentOrderId: work.id }, { now: NOW }));
      const code = (await getFulfillmentWork(t.db, PARIS, { id: work.id })).pickupCode!;
      await run((tx) => handOver(tx, PARIS, { fulfillmentOrderId: work.id, check: "PICKUP_CODE", pickupCode: code, lines: [{ lineId: work.lines[0].id, qty: 1 }] }, { now: NOW }));
      // A cent captured beyond the units' value (as older rounding could leave): the rest of the
      // pickup expiring voids the uncaptured authorisation and refunds only that cent.
      await t.db.paymentTransaction.create({ data: { orderId: order.id, type: "CAPTURE", amountMinor: 1, currency: "EUR", reference: "CAPT-CENT" } });
      await run((tx) => expirePickup(tx, PARIS, { fulfillmentOrderId: work.id, reason: "Customer took one pair only" }, { now: NOW }));
      const after = await loadOrder(t.db, order.id);
      const last = after.payments.slice(-2).map((p) => [p.type, p.amountMinor]);
      expect(last).toEqual([
        ["VOID", 5998],
        ["REFUND", 1],
      ]);
    });
  });

  describe("cycle count", () => {
    it("corrects on hand, and re-sources reserved units the count says are not there", async () => {
      const order = await placeOrder(t.db, { lines: [{ sku: "JEANS-32", qty: 2, mode: "SHIP" }] });
      expect(await position(t.db, "ST-PAR-01", "JEANS-32")).toEqual({ onHand: 2, reserved: 2 });
      const res = await run((tx) => cycleCount(tx, PARIS, { node: "ST-PAR-01", sku: "2000000000329", countedQty: 1, reason: "Weekly count" }, { now: NOW }));
      expect(res).toMatchObject({ node: "ST-PAR-01", sku: "JEANS-32", before: { onHand: 2, reserved: 2 }, after: { onHand: 1, reserved: 1 }, resourcedUnits: 1 });
      expect(await position(t.db, "DC-LYS", "JEANS-32")).toEqual({ onHand: 5, reserved: 1 });
      const after = await loadOrder(t.db, order.id);
      expect(after.lines[0]).toMatchObject({ cancelledQty: 0 });
      expect(await t.db.auditEvent.count({ where: { action: "inventory.counted" } })).toBe(1);
      expect(await stockProblems(t.db)).toEqual([]);
    });

    it("refuses a count below the units already picked for orders, and changes nothing", async () => {
      const order = await placeOrder(t.db, { lines: [{ sku: "JEANS-32", qty: 2, mode: "SHIP" }] });
      const store = await workAt(t.db, order.id, "ST-PAR-01");
      await pickAll(PARIS, store.id);
      const err = await run((tx) => cycleCount(tx, PARIS, { node: "ST-PAR-01", sku: "JEANS-32", countedQty: 1, reason: "Count" })).catch((e) => e);
      expect(err).toMatchObject({ code: "COUNT_BELOW_PICKED", fields: { countedQty: { code: "COUNT_INCLUDES_PICKED", params: { minimum: 2 } } } });
      expect(await position(t.db, "ST-PAR-01", "JEANS-32")).toEqual({ onHand: 2, reserved: 2 });
    });

    it("takes counted-away units from an order on hold too, and re-sources them", async () => {
      const order = await placeOrder(t.db, { lines: [{ sku: "LAMP", qty: 3, mode: "SHIP" }] });
      await t.db.orderHold.create({ data: { orderId: order.id, type: "MANUAL", reason: "Customer asked to wait" } });
      await t.db.fulfillmentOrder.updateMany({ where: { orderId: order.id }, data: { status: "CREATED", releasedAt: null } });
      const res = await run((tx) => cycleCount(tx, DC_ACTOR, { node: "DC-PAR", sku: "LAMP", countedQty: 1, reason: "Annual inventory" }, { now: NOW }));
      expect(res.after).toEqual({ onHand: 1, reserved: 1 });
      expect(await stockProblems(t.db)).toEqual([]);
    });

    it("lets the system or an admin count any node", async () => {
      const res = await run((tx) => cycleCount(tx, SYSTEM_ACTOR, { node: "DC-PAR", sku: "lamp", countedQty: 9, reason: "Annual inventory" }));
      expect(res.after).toEqual({ onHand: 9, reserved: 0 });
    });
  });
}
