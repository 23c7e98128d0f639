// Small builders for integration tests of the store queue, inventory and KPI queries: each creates
// the fewest rows a test needs, with defaults a test can override, on a createTestDb() client.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth";
import type { Channel, DeliveryMode, FulfillmentStatus, LineStatus, NodeType, OrderStatus, Role } from "@/generated/prisma/enums";

let seq = 0;
const next = () => ++seq;

export function userActor(role: Role, storeId: string | null = null, storeCode: string | null = null): Actor {
  return { kind: "user", id: `u-${role}-${storeId ?? "none"}`, name: role, email: `${role}@test`, role, storeId, storeCode };
}

export async function buildNode(db: Db, over: Partial<{ code: string; name: string; type: NodeType; city: string; timeZone: string; dailyCapacity: number; canShipFromStore: boolean }> = {}) {
  const n = next();
  const type = over.type ?? "STORE";
  return db.node.create({
    data: {
      code: over.code ?? `${type === "DC" ? "DC" : "ST"}-${n}`,
      name: over.name ?? `Node ${n}`,
      type,
      addressLine1: "1 rue de Test",
      city: over.city ?? "Paris",
      postalCode: "75001",
      country: "FR",
      lat: 48.85,
      lng: 2.35,
      timeZone: over.timeZone ?? "Europe/Paris",
      canShip: true,
      canPickup: type === "STORE",
      canShipFromStore: over.canShipFromStore ?? type === "STORE",
      canReturn: type === "STORE",
      dailyCapacity: over.dailyCapacity ?? 100,
      openingHours: {},
    },
  });
}

export async function buildCategory(db: Db, code = `CAT-${next()}`, name = `Category ${code}`) {
  return db.category.create({ data: { code, name } });
}

export async function buildSku(db: Db, over: Partial<{ code: string; name: string; categoryId: string; priceMinor: number }> = {}) {
  const n = next();
  const categoryId = over.categoryId ?? (await buildCategory(db)).id;
  const product = await db.product.create({ data: { code: `P-${n}`, name: over.name ?? `Product ${n}`, categoryId } });
  return db.sku.create({
    data: { code: over.code ?? `SKU-${n}`, productId: product.id, name: over.name ?? `Sku ${n}`, priceMinor: over.priceMinor ?? 1000, weightGrams: 500 },
  });
}

export async function buildPosition(db: Db, nodeId: string, skuId: string, over: Partial<{ onHand: number; reserved: number; safetyStock: number; targetStock: number }> = {}) {
  return db.inventoryPosition.create({
    data: { nodeId, skuId, onHand: over.onHand ?? 10, reserved: over.reserved ?? 0, safetyStock: over.safetyStock ?? 0, targetStock: over.targetStock ?? 0 },
  });
}

export async function buildInbound(
  db: Db,
  toNodeId: string,
  lines: Array<{ skuId: string; qty: number; receivedQty?: number }>,
  over: Partial<{ eta: Date; status: "IN_TRANSIT" | "RECEIVED" | "CANCELLED"; type: "PURCHASE_ORDER" | "TRANSFER"; fromNodeId: string }> = {},
) {
  return db.inboundShipment.create({
    data: {
      reference: `IN-${next()}`,
      type: over.type ?? "PURCHASE_ORDER",
      status: over.status ?? "IN_TRANSIT",
      toNodeId,
      fromNodeId: over.fromNodeId,
      supplier: over.type === "TRANSFER" ? null : "Supplier",
      eta: over.eta ?? new Date(Date.now() + 3 * 86_400_000),
      lines: { create: lines.map((l) => ({ skuId: l.skuId, qty: l.qty, receivedQty: l.receivedQty ?? 0 })) },
    },
  });
}

export async function buildCustomer(db: Db, firstName = "Camille") {
  const n = next();
  return db.customer.create({ data: { number: `C-${n}`, firstName, lastName: "Martin", email: `c${n}@test` } });
}

export interface OrderLineSpec {
  skuId: string;
  qty: number;
  cancelledQty?: number;
  mode?: DeliveryMode;
  pickupNodeId?: string;
  status?: LineStatus;
  /** Reservations for this line: ACTIVE unless given. */
  reservations?: Array<{ nodeId: string; qty: number; status?: "ACTIVE" | "CONSUMED" | "RELEASED" }>;
}

export async function buildOrder(
  db: Db,
  over: Partial<{ customerId: string; channel: Channel; status: OrderStatus; placedAt: Date; promisedDate: Date | null; number: string }> & { lines: OrderLineSpec[] },
) {
  const customerId = over.customerId ?? (await buildCustomer(db)).id;
  const subtotal = over.lines.reduce((s, l) => s + l.qty * 1000, 0);
  const order = await db.order.create({
    data: {
      number: over.number ?? `O-${String(next()).padStart(6, "0")}`,
      channel: over.channel ?? "WEB",
      status: over.status ?? "RELEASED",
      customerId,
      email: "buyer@test",
      subtotalMinor: subtotal,
      totalMinor: subtotal,
      placedAt: over.placedAt ?? new Date(),
      promisedDate: over.promisedDate ?? null,
      lines: {
        create: over.lines.map((l, i) => ({
          lineNo: i + 1,
          skuId: l.skuId,
          qty: l.qty,
          cancelledQty: l.cancelledQty ?? 0,
          unitPriceMinor: 1000,
          deliveryMode: l.mode ?? "SHIP",
          pickupNodeId: l.pickupNodeId,
          status: l.status ?? "RELEASED",
        })),
      },
    },
    include: { lines: { orderBy: { lineNo: "asc" } } },
  });
  for (const [i, spec] of over.lines.entries()) {
    for (const r of spec.reservations ?? []) {
      await db.reservation.create({ data: { orderLineId: order.lines[i].id, nodeId: r.nodeId, skuId: spec.skuId, qty: r.qty, status: r.status ?? "ACTIVE" } });
    }
  }
  return order;
}

export async function buildFulfillmentOrder(
  db: Db,
  order: { id: string; lines: Array<{ id: string; qty: number }> },
  over: Partial<{
    nodeId: string;
    pickupNodeId: string | null;
    deliveryMode: DeliveryMode;
    status: FulfillmentStatus;
    promisedDate: Date | null;
    releasedAt: Date | null;
    pickedAt: Date | null;
    readyAt: Date | null;
    shippedAt: Date | null;
    pickedUpAt: Date | null;
    /** Which order lines (by index) and how many units; all lines in full by default. */
    lines: Array<{ index: number; qty: number; shortQty?: number }>;
  }> & { nodeId: string },
) {
  const lines = over.lines ?? order.lines.map((l, index) => ({ index, qty: l.qty, shortQty: 0 }));
  return db.fulfillmentOrder.create({
    data: {
      number: `F-${String(next()).padStart(6, "0")}`,
      orderId: order.id,
      nodeId: over.nodeId,
      deliveryMode: over.deliveryMode ?? "SHIP",
      pickupNodeId: over.pickupNodeId ?? null,
      status: over.status ?? "RELEASED",
      promisedDate: over.promisedDate ?? null,
      releasedAt: over.releasedAt === undefined ? new Date() : over.releasedAt,
      pickedAt: over.pickedAt ?? null,
      readyAt: over.readyAt ?? null,
      shippedAt: over.shippedAt ?? null,
      pickedUpAt: over.pickedUpAt ?? null,
      lines: { create: lines.map((l) => ({ orderLineId: order.lines[l.index].id, qty: l.qty, shortQty: l.shortQty ?? 0 })) },
    },
  });
}
