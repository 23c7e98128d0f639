// Helpers for the returns endpoints' tests: a small network with API keys, orders of a channel
// captured for real and carried through pick, pack, ship and delivery, a non-returnable category,
// and requests to both endpoints shaped like a shop's or a warehouse system's.
import { randomUUID } from "node:crypto";
import type { Channel } from "@/generated/prisma/enums";
import { withTx, type Db } from "@/lib/db";
import { confirmPick, markDelivered, pack, ship } from "@/lib/fulfillment";
import { captureOrder, captureOrderSchema, type CaptureOrderInput } from "@/lib/orders";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT, TEST_SYSTEM } from "@/lib/orders/testing";
import { DEFAULT_RULES } from "@/lib/rules";
import { apiRequest, createFulfillmentApiKey, createTestApiKeys } from "./testing";

export const RETURN_KEYS = {
  /** The Paris DC's WMS. */
  DC_PAR: "test_ff_dc_par_key",
  /** The Bastille store's system. */
  BASTILLE: "test_ff_bastille_key",
} as const;

/** The category whose items the policy refuses to take back, and a SKU of it. */
export const NON_RETURNABLE = { category: "HYGIENE", sku: "LAMP" } as const;

/** Network, channel and fulfilment keys, and a published returns policy with one non-returnable category. */
export async function buildReturnsWorld(db: Db): Promise<void> {
  await buildWorld(db, { stock: { "DC-PAR|TSHIRT-M": 200, "DC-PAR|JEANS-32": 50, "DC-PAR|LAMP": 20, "DC-PAR|SNEAKER-42": 20 } });
  await createTestApiKeys(db);
  await createFulfillmentApiKey(db, { id: "ff-dc-par", key: RETURN_KEYS.DC_PAR, nodes: ["DC-PAR"] });
  await createFulfillmentApiKey(db, { id: "ff-bastille", key: RETURN_KEYS.BASTILLE, nodes: ["ST-PAR-02"] });
  const category = await db.category.create({ data: { code: NON_RETURNABLE.category, name: "Hygiene" } });
  const product = await db.product.create({ data: { code: "PROD-HYG", name: "Hygiene products", categoryId: category.id } });
  await db.sku.update({ where: { code: NON_RETURNABLE.sku }, data: { productId: product.id } });
  await db.ruleSet.create({
    data: { kind: "RETURNS", version: 1, status: "PUBLISHED", name: "Returns", publishedAt: new Date(), definition: { ...DEFAULT_RULES.RETURNS, nonReturnableCategories: [NON_RETURNABLE.category] } },
  });
}

/** An order of `channel` captured as a shop would send it: sourced, reserved and released. */
export async function placeOrder(db: Db, lines: CaptureOrderInput["lines"], channel: Channel = "WEB") {
  const { id } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel, customer: LEA, shippingAddress: PARIS_ADDRESS, lines }), { db });
  return db.order.findUniqueOrThrow({ where: { id }, select: { id: true, number: true, channel: true } });
}

/** Picks, packs, ships and delivers every fulfilment order of the order (payment captured on shipping). */
export async function deliverOrder(db: Db, orderId: string, options: { deliveredAt?: Date } = {}): Promise<void> {
  const work = await db.fulfillmentOrder.findMany({
    where: { orderId, status: { not: "CANCELLED" } },
    select: { id: true, lines: { select: { id: true, qty: true, orderLine: { select: { sku: { select: { code: true } } } } } } },
  });
  await withTx(
    async (tx) => {
      for (const fo of work) {
        const ref = { fulfillmentOrderId: fo.id };
        for (const l of fo.lines) await confirmPick(tx, TEST_SYSTEM, { ...ref, lineId: l.id, scan: l.orderLine.sku.code, qty: l.qty });
        await pack(tx, TEST_SYSTEM, { ...ref, parcels: [{}] });
        await ship(tx, TEST_SYSTEM, { ...ref, carrier: "Colissimo", trackingNumber: `6A${fo.id.slice(-9)}` });
        await markDelivered(tx, TEST_SYSTEM, ref);
      }
    },
    { db, timeoutMs: 120_000, maxWaitMs: 120_000 },
  );
  if (options.deliveredAt) {
    await db.fulfillmentOrder.updateMany({ where: { orderId, status: "DELIVERED" }, data: { shippedAt: options.deliveredAt, deliveredAt: options.deliveredAt } });
  }
}

/** An order of the channel, delivered to the buyer. */
export async function deliveredOrder(db: Db, lines: CaptureOrderInput["lines"], options: { channel?: Channel; deliveredAt?: Date } = {}) {
  const order = await placeOrder(db, lines, options.channel);
  await deliverOrder(db, order.id, options);
  return order;
}

export interface ReturnRequestOptions {
  /** The bearer key; null sends none. */
  key?: string | null;
  /** The Idempotency-Key; a fresh one when left out, none when null. */
  idempotencyKey?: string | null;
}

export function returnRequest(path: string, body: unknown, options: ReturnRequestOptions & { defaultKey: string }): Request {
  const idem = options.idempotencyKey === undefined ? randomUUID() : options.idempotencyKey;
  const key = options.key === undefined ? options.defaultKey : options.key;
  return apiRequest(path, { key, body, headers: idem !== null ? { "Idempotency-Key": idem } : {} });
}

/** The refusal's status, code and field names. */
export async function errorOf(res: Response): Promise<{ status: number; code: string; message: string; fields: string[]; body: { error: { fields?: Record<string, string> } } }> {
  const body = await res.json();
  return { status: res.status, code: body.error?.code, message: body.error?.message, fields: Object.keys(body.error?.fields ?? {}).sort(), body };
}
