// Small builders for tests of the nodes, users and rules contexts: a node, a user, released work.
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db";
import type { UserActor } from "@/lib/auth";

const uid = () => randomBytes(4).toString("hex");

export const WEEKDAY_HOURS = {
  mon: [["09:00", "19:00"]],
  tue: [["09:00", "19:00"]],
  wed: [["09:00", "19:00"]],
  thu: [["09:00", "19:00"]],
  fri: [["09:00", "19:00"]],
  sat: [["10:00", "18:00"]],
  sun: [],
} as const;

export async function buildNode(db: Db, overrides: Partial<Prisma.NodeUncheckedCreateInput> = {}) {
  const code = overrides.code ?? `ST-T-${uid()}`;
  return db.node.create({
    data: {
      code,
      name: `Store ${code}`,
      type: "STORE",
      addressLine1: "1 rue de Rivoli",
      city: "Paris",
      postalCode: "75001",
      country: "FR",
      lat: 48.86,
      lng: 2.35,
      timeZone: "Europe/Paris",
      canShip: false,
      canPickup: true,
      canShipFromStore: true,
      canReturn: true,
      dailyCapacity: 100,
      openingHours: WEEKDAY_HOURS as unknown as Prisma.InputJsonValue,
      ...overrides,
    },
  });
}

export async function buildUser(db: Db, overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const id = uid();
  return db.user.create({
    data: {
      email: `user-${id}@oms.test`,
      name: `User ${id}`,
      // Not a real hash: these users never sign in.
      passwordHash: "x",
      role: "AGENT",
      ...overrides,
    },
  });
}

/** The actor a signed-in user would be. */
export function actorFor(user: { id: string; name: string; email: string; role: UserActor["role"]; storeId: string | null }): UserActor {
  return { kind: "user", id: user.id, name: user.name, email: user.email, role: user.role, storeId: user.storeId, storeCode: null };
}

/** One order with one line whose `qty` units were released to `nodeId` at `releasedAt`. */
export async function buildReleasedWork(
  db: Db,
  input: { nodeId: string; qty: number; releasedAt: Date; status?: "RELEASED" | "CANCELLED" | "PICKING" },
) {
  const id = uid();
  const category = await db.category.create({ data: { code: `C-${id}`, name: "Test" } });
  const product = await db.product.create({ data: { code: `P-${id}`, name: "Test", categoryId: category.id } });
  const sku = await db.sku.create({ data: { code: `S-${id}`, productId: product.id, name: "Test", priceMinor: 1000, weightGrams: 100 } });
  const customer = await db.customer.create({ data: { number: `CU-${id}`, firstName: "Ada", lastName: "Test", email: `c-${id}@oms.test` } });
  const order = await db.order.create({
    data: {
      number: `O-${id}`,
      channel: "WEB",
      status: "RELEASED",
      customerId: customer.id,
      email: customer.email,
      subtotalMinor: 1000 * input.qty,
      totalMinor: 1000 * input.qty,
      lines: { create: { lineNo: 1, skuId: sku.id, qty: input.qty, unitPriceMinor: 1000, deliveryMode: "SHIP", status: "RELEASED" } },
    },
    include: { lines: true },
  });
  return db.fulfillmentOrder.create({
    data: {
      number: `FO-${id}`,
      orderId: order.id,
      nodeId: input.nodeId,
      deliveryMode: "SHIP",
      status: input.status ?? "RELEASED",
      releasedAt: input.releasedAt,
      lines: { create: { orderLineId: order.lines[0].id, qty: input.qty } },
    },
  });
}
