// Test helpers for the returns context: a world with two sizes of one product and a second category,
// orders captured as the call centre does, and fulfilment walked to the buyer (shipped and
// delivered, or collected) with the real fulfilment commands.
import type { Db, Tx } from "@/lib/db";
import { withTx } from "@/lib/db";
import { SYSTEM_ACTOR, type Actor } from "@/lib/auth";
import { captureOrder, captureOrderSchema, type CaptureOrderInput } from "@/lib/orders";
import { buildWorld, LEA, PARIS_ADDRESS, type WorldOptions } from "@/lib/orders/testing";
import { confirmPick, handOver, markDelivered, markReady, pack, ship, startPicking } from "@/lib/fulfillment";

export const DAY = 86_400_000;
export const PLACED = new Date("2026-11-02T09:00:00Z");

export const ADMIN: Actor = { kind: "user", id: "user-admin", name: "Alex Admin", email: "admin@test", role: "ADMIN", storeId: null, storeCode: null };
export const AGENT: Actor = { kind: "user", id: "user-agent", name: "Camille Agent", email: "agent@test", role: "AGENT", storeId: null, storeCode: null };
export const SUPPLY: Actor = { kind: "user", id: "user-supply", name: "Sam Supply", email: "supply@test", role: "SUPPLY_CHAIN", storeId: null, storeCode: null };
export function associate(storeCode: string): Actor {
  return { kind: "user", id: `user-${storeCode}`, name: `Associate ${storeCode}`, email: `${storeCode}@test`, role: "STORE_ASSOCIATE", storeId: `node-${storeCode}`, storeCode };
}

/**
 * The order world plus a hoodie in two sizes (same product, same price) and an XL at a higher
 * price, and a gift card in a category of its own.
 */
export async function buildReturnsWorld(db: Db, options: WorldOptions = {}): Promise<void> {
  await buildWorld(db, options);
  await db.category.create({ data: { id: "cat-gift", code: "GIFT", name: "Gift cards" } });
  await db.product.create({ data: { id: "prod-hoodie", code: "HOODIE", name: "Hoodie", categoryId: "cat" } });
  await db.product.create({ data: { id: "prod-gift", code: "GIFTCARD", name: "Gift card", categoryId: "cat-gift" } });
  await db.sku.createMany({
    data: [
      { id: "sku-HOODIE-M", code: "HOODIE-M", productId: "prod-hoodie", name: "Hoodie M", priceMinor: 4999, weightGrams: 600, attributes: { size: "M" } },
      { id: "sku-HOODIE-L", code: "HOODIE-L", productId: "prod-hoodie", name: "Hoodie L", priceMinor: 4999, weightGrams: 600, attributes: { size: "L" } },
      { id: "sku-HOODIE-XL", code: "HOODIE-XL", productId: "prod-hoodie", name: "Hoodie XL", priceMinor: 5999, weightGrams: 650, attributes: { size: "XL" } },
      { id: "sku-HOODIE-S", code: "HOODIE-S", productId: "prod-hoodie", name: "Hoodie S", priceMinor: 3999, weightGrams: 550, attributes: { size: "S" } },
      { id: "sku-GIFT-50", code: "GIFT-50", productId: "prod-gift", name: "Gift card 50", priceMinor: 5000, weightGrams: 10 },
    ],
  });
  const nodes = await db.node.findMany({ select: { id: true, code: true } });
  await db.inventoryPosition.createMany({
    data: nodes.flatMap((n) =>
      ["HOODIE-M", "HOODIE-L", "HOODIE-XL", "HOODIE-S", "GIFT-50"].map((sku) => ({ nodeId: n.id, skuId: `sku-${sku}`, onHand: options.stock?.[`${n.code}|${sku}`] ?? 0 })),
    ),
  });
  await db.user.createMany({
    data: [
      { id: "user-admin", email: "admin@test", name: "Alex Admin", role: "ADMIN", passwordHash: "x" },
      { id: "user-supply", email: "supply@test", name: "Sam Supply", role: "SUPPLY_CHAIN", passwordHash: "x" },
    ],
  });
}

/** Publishes a returns policy (the defaults with these changes). */
export async function publishReturnsPolicy(db: Db, changes: Record<string, unknown>): Promise<void> {
  const { DEFAULT_RULES } = await import("@/lib/rules");
  await db.ruleSet.create({ data: { kind: "RETURNS", version: 1, status: "PUBLISHED", name: "Test policy", definition: { ...DEFAULT_RULES.RETURNS, ...changes } } });
}

export async function placeOrder(db: Db, input: Partial<CaptureOrderInput> & Pick<CaptureOrderInput, "lines">, now = PLACED): Promise<string> {
  const { id } = await captureOrder(AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, ...input }), { now, db });
  return id;
}

/**
 * Walks every open fulfilment order of the order to the buyer: picked, packed, shipped and
 * delivered; a pickup made ready and handed over with its code. `deliver: false` stops at shipped.
 */
export async function fulfil(db: Db, orderId: string, options: { now?: Date; deliver?: boolean } = {}): Promise<void> {
  const now = options.now ?? new Date(PLACED.getTime() + DAY);
  const run = <T,>(fn: (tx: Tx) => Promise<T>) => withTx(fn, { db });
  const fos = await db.fulfillmentOrder.findMany({ where: { orderId, status: { in: ["RELEASED", "PICKING"] } }, select: { id: true, deliveryMode: true, pickupNodeId: true, nodeId: true } });
  for (const fo of fos) {
    await run((tx) => startPicking(tx, SYSTEM_ACTOR, { fulfillmentOrderId: fo.id })).catch(() => undefined);
    const lines = await db.fulfillmentOrderLine.findMany({ where: { fulfillmentOrderId: fo.id }, include: { orderLine: { include: { sku: true } } } });
    for (const line of lines) if (line.qty > line.pickedQty) await run((tx) => confirmPick(tx, SYSTEM_ACTOR, { fulfillmentOrderId: fo.id, lineId: line.id, scan: line.orderLine.sku.code }, { now }));
    await run((tx) => pack(tx, SYSTEM_ACTOR, { fulfillmentOrderId: fo.id, parcels: [{}] }, { now }));
    if (fo.deliveryMode === "SHIP") {
      await run((tx) => ship(tx, SYSTEM_ACTOR, { fulfillmentOrderId: fo.id, carrier: "Colissimo", trackingNumber: `6A${fo.id.slice(-8)}` }, { now }));
      if (options.deliver !== false) await run((tx) => markDelivered(tx, SYSTEM_ACTOR, { fulfillmentOrderId: fo.id }, { now }));
    } else {
      const after = await db.fulfillmentOrder.findUniqueOrThrow({ where: { id: fo.id }, select: { status: true } });
      if (after.status !== "READY_FOR_PICKUP") await run((tx) => markReady(tx, SYSTEM_ACTOR, { fulfillmentOrderId: fo.id }, { now }));
      const ready = await db.fulfillmentOrder.findUniqueOrThrow({ where: { id: fo.id }, select: { pickupCode: true } });
      await run((tx) => handOver(tx, SYSTEM_ACTOR, { fulfillmentOrderId: fo.id, check: "PICKUP_CODE", pickupCode: ready.pickupCode ?? "" }, { now }));
    }
  }
}
