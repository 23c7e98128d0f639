import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { sqlFor, withTx } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { buildWorld, LEA, PARIS_ADDRESS, position, TEST_AGENT } from "../testing";
import { recomputeOrder } from "../derive";
import { draftOrder } from "./capture/draft";
import { readCaptureContext } from "./capture/read-context";
import { writeOrder } from "./capture/write";
import { captureOrder, captureOrderSchema, type CaptureOrderInput } from "./capture-order";

let t: TestDb;
const WED_10 = new Date("2026-11-25T09:00:00Z");

async function fresh(stock: Record<string, number>, extra: Parameters<typeof buildWorld>[1] = {}) {
  await t?.close();
  t = await createTestDb();
  await buildWorld(t.db, { stock, ...extra });
}

const capture = (input: Partial<CaptureOrderInput> & Pick<CaptureOrderInput, "lines">) =>
  captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, ...input }), { now: WED_10, db: t.db });

afterAll(() => t?.close());

describe("capturing an order", () => {
  beforeEach(() => fresh({ "DC-PAR|TSHIRT-M": 10, "ST-PAR-01|JEANS-32": 2, "DC-LYS|JEANS-32": 5, "ST-PAR-01|LAMP": 1, "DC-PAR|LAMP": 3 }));

  it("sources, reserves and releases a ship-to-home line from the nearest DC with stock", async () => {
    const { number } = await capture({ lines: [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }] });
    const order = await t.db.order.findUniqueOrThrow({ where: { number }, include: { lines: true, fulfillmentOrders: { include: { node: true, lines: true } }, payments: true, events: true } });
    expect(order.status).toBe("RELEASED");
    expect(order.fulfillmentOrders).toHaveLength(1);
    expect(order.fulfillmentOrders[0]).toMatchObject({ status: "RELEASED", deliveryMode: "SHIP", node: { code: "DC-PAR" } });
    expect(order.fulfillmentOrders[0].promisedDate).not.toBeNull();
    expect(order.lines[0].status).toBe("RELEASED");
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ onHand: 10, reserved: 2 });
    expect(order.totalMinor).toBe(2 * 1999 + 499);
    expect(order.payments).toEqual([expect.objectContaining({ type: "AUTHORIZATION", amountMinor: order.totalMinor })]);
    expect(order.events.map((e) => e.type)).toEqual(expect.arrayContaining(["order.created", "order.sourced", "fulfillment.released", "payment.authorized", "order.status_changed"]));
    const outbox = await t.db.outboxMessage.findMany({ where: { orderId: order.id } });
    expect(outbox).toEqual([expect.objectContaining({ topic: "ORDER_CONFIRMED", recipient: LEA.email, status: "PENDING" })]);
    const decision = await t.db.sourcingDecision.findFirstOrThrow({ where: { orderId: order.id } });
    expect(decision.reason).toBe("CAPTURE");
  });

  it("serves a pickup line from the pickup store's own shelf with a pickup code", async () => {
    const { number } = await capture({ lines: [{ sku: "JEANS-32", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" }] });
    const fo = await t.db.fulfillmentOrder.findFirstOrThrow({ where: { order: { number } }, include: { node: true, pickupNode: true } });
    expect(fo).toMatchObject({ deliveryMode: "PICKUP", node: { code: "ST-PAR-01" }, pickupNode: { code: "ST-PAR-01" } });
    expect(fo.pickupCode).toMatch(/^\d{6}$/);
    // Ready two hours after a Wednesday-morning order.
    expect(fo.promisedDate?.toISOString()).toBe("2026-11-25T11:00:00.000Z");
    expect((await t.db.order.findUniqueOrThrow({ where: { number } })).shippingMinor).toBe(0);
  });

  it("splits one line's units across nodes when no single node has them all", async () => {
    const { number } = await capture({ lines: [{ sku: "JEANS-32", qty: 6, mode: "SHIP" }] });
    const reservations = await t.db.reservation.findMany({ where: { orderLine: { order: { number } }, status: "ACTIVE" }, include: { node: true } });
    expect(reservations.reduce((a, r) => a + r.qty, 0)).toBe(6);
    expect(new Set(reservations.map((r) => r.node.code)).size).toBe(2);
    expect(await position(t.db, "DC-LYS", "JEANS-32")).toMatchObject({ reserved: 5 });
  });

  it("keeps units nobody has as a backorder with the rest released", async () => {
    const { number } = await capture({ lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }, { sku: "SNEAKER-42", qty: 1, mode: "SHIP" }] });
    const order = await t.db.order.findUniqueOrThrow({ where: { number }, include: { lines: { orderBy: { lineNo: "asc" } } } });
    expect(order.status).toBe("BACKORDERED");
    expect(order.lines.map((l) => l.status)).toEqual(["RELEASED", "BACKORDERED"]);
  });

  it("holds a high-value order: stock is reserved but no work reaches the nodes until an agent releases it", async () => {
    await fresh({ "DC-PAR|TV-55": 3 });
    const { number } = await capture({ lines: [{ sku: "TV-55", qty: 2, mode: "SHIP" }] });
    const order = await t.db.order.findUniqueOrThrow({ where: { number }, include: { holds: true, fulfillmentOrders: true } });
    expect(order.status).toBe("ON_HOLD");
    expect(order.holds.map((h) => h.type)).toEqual(["HIGH_VALUE"]);
    expect(order.fulfillmentOrders.every((f) => f.status === "CREATED" && f.releasedAt === null)).toBe(true);
    expect(await position(t.db, "DC-PAR", "TV-55")).toMatchObject({ reserved: 2 });
  });

  it("applies a valid promo code and refuses an expired one without writing anything", async () => {
    const ok = await capture({ lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }], promoCode: "welcome10" });
    expect(await t.db.order.findUniqueOrThrow({ where: { number: ok.number } })).toMatchObject({ promoCode: "WELCOME10", discountMinor: 350 });
    const before = await t.db.order.count();
    const err = await capture({ lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }], promoCode: "OLD5" }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.fields).toEqual({ promoCode: { code: "PROMO_EXPIRED" } });
    expect(err.message).toBe("The request has invalid fields.");
    expect(await t.db.order.count()).toBe(before);
  });

  it("lists every bad line at once and changes nothing", async () => {
    const err = await capture({
      lines: [
        { sku: "NOPE", qty: 1, mode: "SHIP" },
        { sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "DC-PAR" },
        { sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-XXX" },
      ],
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.fields).toEqual({
      "lines.0.sku": { code: "SKU_UNKNOWN", params: { sku: "NOPE" } },
      "lines.1.pickupStore": { code: "PICKUP_NOT_OFFERED", params: { store: "DC-PAR" } },
      "lines.2.pickupStore": { code: "PICKUP_STORE_UNKNOWN", params: { store: "ST-XXX" } },
    });
    expect(await t.db.order.count()).toBe(0);
    expect(await position(t.db, "DC-PAR", "LAMP")).toMatchObject({ reserved: 0 });
  });

  it("refuses a country it does not deliver to", async () => {
    const err = await capture({ lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }], shippingAddress: { line1: "1 Main St", city: "Boston", postalCode: "02108", country: "US" } }).catch((e) => e);
    expect(err.fields?.["shippingAddress.country"]).toEqual({ code: "COUNTRY_NOT_SERVED" });
  });

  it("requires a shipping address for ship lines and a store for pickup lines", () => {
    const r = captureOrderSchema.safeParse({ channel: "WEB", customer: LEA, lines: [{ sku: "A", qty: 1, mode: "SHIP" }, { sku: "B", qty: 0, mode: "PICKUP" }] });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["shippingAddress", "lines.1.qty", "lines.1.pickupStore"]));
  });

  it("creates the customer on first order and links later orders by e-mail", async () => {
    await capture({ lines: [{ sku: "LAMP", qty: 1, mode: "SHIP" }], customer: { name: "Hugo Bernard", email: "Hugo@Example.test" } });
    await capture({ lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }], customer: { name: "Hugo Bernard", email: "hugo@example.test" } });
    const customers = await t.db.customer.findMany({ where: { email: "hugo@example.test" }, include: { _count: { select: { orders: true } }, addresses: true } });
    expect(customers).toHaveLength(1);
    expect(customers[0]._count.orders).toBe(2);
    expect(customers[0].addresses).toHaveLength(1);
  });

  it("writes the statuses the state machine derives, for released, held, split, backordered and pickup orders", async () => {
    const orders = [
      await capture({ lines: [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }] }),
      await capture({ lines: [{ sku: "JEANS-32", qty: 6, mode: "SHIP" }] }),
      await capture({ lines: [{ sku: "LAMP", qty: 9, mode: "SHIP" }, { sku: "TSHIRT-M", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" }] }),
      await capture({ lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }], customer: { name: "New Buyer", email: "new.buyer@example.test" } }),
    ];
    for (const { id } of orders) {
      const before = await t.db.order.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, lines: { select: { id: true, status: true }, orderBy: { lineNo: "asc" } } } });
      // Deriving again from the rows the capture wrote changes nothing.
      const derived = await withTx((tx) => recomputeOrder(tx, TEST_AGENT, id), { db: t.db });
      expect(derived.from).toBe(before.status);
      expect(derived.to).toBe(before.status);
      const after = await t.db.orderLine.findMany({ where: { orderId: id }, select: { id: true, status: true }, orderBy: { lineNo: "asc" } });
      expect(after).toEqual(before.lines);
      expect(before.version).toBe(2);
    }
  });

  it("places an order in at most 12 statements, however many lines, holds and new rows it has", async () => {
    const sql = sqlFor(t.db);
    await capture({ lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }] }); // the network is read once per database
    const cases: Array<Partial<CaptureOrderInput> & Pick<CaptureOrderInput, "lines">> = [
      { lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }] },
      {
        lines: [
          { sku: "LAMP", qty: 4, mode: "SHIP" },
          { sku: "JEANS-32", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" },
          { sku: "TSHIRT-M", qty: 2, mode: "SHIP" },
        ],
        customer: { name: "Someone New", email: "someone.new@example.test" },
        shippingAddress: { line1: "3 rue Neuve", city: "Lyon", postalCode: "69002", country: "FR" },
      },
    ];
    for (const c of cases) {
      const before = sql.statements;
      await capture(c);
      expect(sql.statements - before).toBeLessThanOrEqual(12);
    }
  });

  it("writes nothing when another order took the planned units first, then sources the order again on the new figures", async () => {
    const sql = sqlFor(t.db);
    const input = captureOrderSchema.parse({ channel: "WEB", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }, { sku: "LAMP", qty: 2, mode: "SHIP" }] });
    const ctx = await readCaptureContext(sql, sql, input, WED_10);
    const draft = draftOrder(TEST_AGENT, input, ctx, WED_10);
    expect(draft.reserve.length).toBe(2);
    // Meanwhile another checkout takes every lamp at the Paris DC.
    await t.db.inventoryPosition.updateMany({ where: { node: { code: "DC-PAR" }, sku: { code: "LAMP" } }, data: { reserved: 3 } });
    const outcome = await writeOrder(sql, { rows: draft.rows("OMS-RACE"), reserve: draft.reserve, orderId: draft.orderId, claim: null });
    expect(outcome).toBe("STOCK_MOVED");
    // All or nothing: not even the T-shirt, which was still there, was reserved.
    expect(await position(t.db, "DC-PAR", "TSHIRT-M")).toMatchObject({ reserved: 0 });
    expect(await t.db.order.count({ where: { number: "OMS-RACE" } })).toBe(0);
    expect(await t.db.outboxMessage.count()).toBe(0);

    const { number } = await capture({ lines: input.lines });
    const order = await t.db.order.findUniqueOrThrow({ where: { number }, include: { lines: { include: { sku: true, reservations: { include: { node: true } } } } } });
    const lamp = order.lines.find((l) => l.sku.code === "LAMP")!;
    // The one lamp left in the network (the Paris store's) is reserved; the other waits.
    expect(lamp.reservations.map((r) => [r.node.code, r.qty])).toEqual([["ST-PAR-01", 1]]);
    expect(lamp.status).toBe("BACKORDERED");
    expect(await position(t.db, "DC-PAR", "LAMP")).toMatchObject({ reserved: 3 });
  });
});

