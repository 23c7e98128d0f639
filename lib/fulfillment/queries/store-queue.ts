// The store's queue of fulfilment orders (the store associate's home): what to pick, what is being
// picked, what is packed and waits for the carrier, and what waits for the customer to collect it.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { assertStoreScope, authorize, type Actor } from "@/lib/auth";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import {
  STORE_QUEUE_SECTIONS,
  STORE_QUEUE_SECTION_LIMIT,
  UNCOLLECTED_AFTER_DAYS,
  type StoreQueue,
  type StoreQueueCard,
  type StoreQueueSectionKey,
} from "../store-queue-shape";

export const storeQueueInputSchema = z.object({
  /** A store's code; store associates may only give their own, others may choose any store. */
  store: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
});
export type StoreQueueInput = z.input<typeof storeQueueInputSchema>;

const STORE_SELECT = { id: true, code: true, name: true, city: true, timeZone: true, dailyCapacity: true } as const;

const CARD_SELECT = {
  id: true,
  number: true,
  status: true,
  deliveryMode: true,
  promisedDate: true,
  releasedAt: true,
  readyAt: true,
  createdAt: true,
  order: { select: { number: true, promisedDate: true, customer: { select: { firstName: true } } } },
  lines: { select: { qty: true, orderLine: { select: { lineNo: true, sku: { select: { code: true, name: true } } } } } },
} satisfies Prisma.FulfillmentOrderSelect;

type CardRow = Prisma.FulfillmentOrderGetPayload<{ select: typeof CARD_SELECT }>;

/** Which store the actor looks at: the one asked for (if in scope), else their own, else the first. */
async function resolveStore(db: Db | Tx, actor: Actor, code: string | undefined) {
  if (code) {
    const store = await db.node.findFirst({ where: { code, type: "STORE" }, select: STORE_SELECT });
    // A store associate learns nothing about other stores, not even whether a code exists.
    if (!store) {
      if (actor.kind === "user" && actor.role === "STORE_ASSOCIATE") throw new ForbiddenError("This belongs to another store.");
      throw new NotFoundError("Store", code);
    }
    assertStoreScope(actor, store.id);
    return store;
  }
  if (actor.kind === "user" && actor.role === "STORE_ASSOCIATE") {
    if (!actor.storeId) throw new ForbiddenError("Your account is not linked to a store.");
    const store = await db.node.findUnique({ where: { id: actor.storeId }, select: STORE_SELECT });
    if (!store) throw new NotFoundError("Store");
    return store;
  }
  const first = await db.node.findFirst({ where: { type: "STORE", active: true }, orderBy: { code: "asc" }, select: STORE_SELECT });
  if (!first) throw new NotFoundError("Store");
  return first;
}

function sectionWhere(storeId: string): Record<StoreQueueSectionKey, Prisma.FulfillmentOrderWhereInput> {
  return {
    toPick: { nodeId: storeId, status: "RELEASED" },
    picking: { nodeId: storeId, status: "PICKING" },
    packed: { nodeId: storeId, status: "PACKED" },
    // Pickups wait at the pickup store, whichever node picked them (a DC transfer or the store itself).
    readyForPickup: {
      status: "READY_FOR_PICKUP",
      OR: [{ pickupNodeId: storeId }, { pickupNodeId: null, nodeId: storeId }],
    },
  };
}

function toCard(row: CardRow, section: StoreQueueSectionKey, now: Date): StoreQueueCard {
  const since = (section === "readyForPickup" ? row.readyAt : null) ?? row.releasedAt ?? row.createdAt;
  const ageMs = Math.max(0, now.getTime() - since.getTime());
  const promised = row.promisedDate ?? row.order.promisedDate;
  return {
    id: row.id,
    number: row.number,
    orderNumber: row.order.number,
    customerFirstName: row.order.customer.firstName,
    status: row.status,
    mode: row.deliveryMode,
    promisedDate: promised ? promised.toISOString() : null,
    since: since.toISOString(),
    ageMinutes: Math.floor(ageMs / 60_000),
    uncollected: section === "readyForPickup" && ageMs > UNCOLLECTED_AFTER_DAYS * 86_400_000,
    lines: [...row.lines]
      .sort((a, b) => a.orderLine.lineNo - b.orderLine.lineNo)
      .map((l) => ({ sku: l.orderLine.sku.code, name: l.orderLine.sku.name, qty: l.qty })),
  };
}

/**
 * The queue of one store. Store associates only ever get their own store (ForbiddenError for
 * another store's code); admins choose a store by code and default to the first store.
 * Oldest work first in every section, so the queue reads first-in first-out.
 */
export async function getStoreQueue(db: Db | Tx, actor: Actor, input: StoreQueueInput = {}, options: { now?: Date } = {}): Promise<StoreQueue> {
  authorize(actor, "store.queue.view");
  const { store: code } = storeQueueInputSchema.parse(input);
  const now = options.now ?? new Date();
  const store = await resolveStore(db, actor, code);
  const where = sectionWhere(store.id);
  const uncollectedBefore = new Date(now.getTime() - UNCOLLECTED_AFTER_DAYS * 86_400_000);

  const [sectionRows, counts, uncollected] = await Promise.all([
    Promise.all(
      STORE_QUEUE_SECTIONS.map((key) =>
        db.fulfillmentOrder.findMany({
          where: where[key],
          select: CARD_SELECT,
          orderBy: key === "readyForPickup" ? [{ readyAt: "asc" }, { number: "asc" }] : [{ releasedAt: "asc" }, { number: "asc" }],
          take: STORE_QUEUE_SECTION_LIMIT,
        }),
      ),
    ),
    Promise.all(STORE_QUEUE_SECTIONS.map((key) => db.fulfillmentOrder.count({ where: where[key] }))),
    db.fulfillmentOrder.count({ where: { AND: [where.readyForPickup, { readyAt: { lt: uncollectedBefore } }] } }),
  ]);

  const sections = Object.fromEntries(
    STORE_QUEUE_SECTIONS.map((key, i) => [key, sectionRows[i].map((row) => toCard(row, key, now))]),
  ) as Record<StoreQueueSectionKey, StoreQueueCard[]>;
  const countMap = Object.fromEntries(STORE_QUEUE_SECTIONS.map((key, i) => [key, counts[i]])) as Record<StoreQueueSectionKey, number>;

  return { store, generatedAt: now.toISOString(), counts: { ...countMap, uncollected }, sections };
}
