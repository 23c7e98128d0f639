// Small builders for the order and customer query tests: nodes, SKUs, customers and orders with
// lines and fulfilment orders, written straight to a test database (no commands involved, so the
// read side can be tested in any state, including ones commands would take many steps to reach).
import type { Channel, DeliveryMode, FulfillmentStatus, LineStatus, OrderStatus } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db";

let seq = 0;
const next = () => ++seq;

export async function buildNode(db: Db, over: { code?: string; name?: string; type?: "DC" | "STORE"; city?: string } = {}) {
  const n = next();
  return db.node.create({
    data: {
      code: over.code ?? `N-${n}`,
      name: over.name ?? `Node ${n}`,
      type: over.type ?? "STORE",
      addressLine1: `${n} rue de Rivoli`,
      city: over.city ?? "Paris",
      postalCode: "75001",
      country: "FR",
      lat: 48.86,
      lng: 2.35,
      timeZone: "Europe/Paris",
      canShip: true,
      canPickup: over.type !== "DC",
      dailyCapacity: 500,
      openingHours: {},
    },
  });
}

export async function buildSku(db: Db, over: { code?: string; name?: string; priceMinor?: number } = {}) {
  const n = next();
  const category = await db.category.upsert({ where: { code: "QTEST" }, update: {}, create: { code: "QTEST", name: "Test" } });
  const product = await db.product.create({ data: { code: `QP-${n}`, name: over.name ?? `Product ${n}`, categoryId: category.id } });
  return db.sku.create({
    data: { code: over.code ?? `QSKU-${n}`, productId: product.id, name: over.name ?? `Product ${n}`, priceMinor: over.priceMinor ?? 1999, weightGrams: 300 },
  });
}

export async function buildCustomer(
  db: Db,
  over: { firstName?: string; lastName?: string; email?: string; phone?: string | null; postalCode?: string; city?: string } = {},
) {
  const n = next();
  return db.customer.create({
    data: {
      number: `QC-${String(n).padStart(6, "0")}`,
      firstName: over.firstName ?? `First${n}`,
      lastName: over.lastName ?? `Last${n}`,
      email: over.email ?? `customer${n}@example.test`,
      phone: over.phone === undefined ? `+33 6 00 00 ${String(n).padStart(2, "0").slice(-2)} ${String(n).padStart(4, "0").slice(-2)}` : over.phone,
      addresses: { create: { line1: `${n} avenue Test`, city: over.city ?? "Paris", postalCode: over.postalCode ?? "75011", country: "FR", isDefault: true } },
    },
  });
}

export interface BuildLine {
  skuId: string;
  qty?: number;
  cancelledQty?: number;
  mode?: DeliveryMode;
  pickupNodeId?: string;
  status?: LineStatus;
}

export interface BuildFulfillment {
  nodeId: string;
  mode?: DeliveryMode;
  pickupNodeId?: string;
  status?: FulfillmentStatus;
  pickupCode?: string;
  promisedDate?: Date;
  /** Indexes into the order's lines, with the units this node serves. */
  lines: Array<{ line: number; qty: number }>;
}

export async function buildOrder(
  db: Db,
  over: {
    customer: { id: string; email: string; phone?: string | null };
    number?: string;
    status?: OrderStatus;
    channel?: Channel;
    placedAt?: Date;
    email?: string;
    shipPostalCode?: string | null;
    lines?: BuildLine[];
    fulfillments?: BuildFulfillment[];
  },
) {
  const n = next();
  const lines = over.lines ?? [];
  const subtotal = lines.reduce((s, l) => s + (l.qty ?? 1) * 1000, 0);
  const order = await db.order.create({
    data: {
      number: over.number ?? `ORD-Q${String(n).padStart(6, "0")}`,
      channel: over.channel ?? "WEB",
      status: over.status ?? "RELEASED",
      customerId: over.customer.id,
      email: over.email ?? over.customer.email,
      phone: over.customer.phone ?? null,
      shipName: "Test Buyer",
      shipLine1: "1 rue Test",
      shipCity: "Paris",
      shipPostalCode: over.shipPostalCode === undefined ? "75011" : over.shipPostalCode,
      shipCountry: "FR",
      subtotalMinor: subtotal,
      totalMinor: subtotal,
      placedAt: over.placedAt ?? new Date(),
      lines: {
        create: lines.map((l, i) => ({
          lineNo: i + 1,
          skuId: l.skuId,
          qty: l.qty ?? 1,
          cancelledQty: l.cancelledQty ?? 0,
          unitPriceMinor: 1000,
          deliveryMode: l.mode ?? "SHIP",
          pickupNodeId: l.pickupNodeId,
          status: l.status ?? "RELEASED",
        })),
      },
    },
    select: { id: true, number: true, lines: { orderBy: { lineNo: "asc" }, select: { id: true } } },
  });
  for (const [i, f] of (over.fulfillments ?? []).entries()) {
    await db.fulfillmentOrder.create({
      data: {
        number: `${order.number}-F${i + 1}`,
        orderId: order.id,
        nodeId: f.nodeId,
        deliveryMode: f.mode ?? "SHIP",
        pickupNodeId: f.pickupNodeId,
        status: f.status ?? "RELEASED",
        pickupCode: f.pickupCode,
        promisedDate: f.promisedDate,
        lines: { create: f.lines.map((l) => ({ orderLineId: order.lines[l.line].id, qty: l.qty })) },
      },
    });
  }
  return order;
}
