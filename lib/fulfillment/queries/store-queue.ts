// The store's queue of fulfilment orders (the store associate's home): what to pick, what is being
// picked, what is packed and waits for the carrier, and what waits for the customer to collect it.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { assertStoreScope, authorize, type Actor } from "@/lib/auth";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/generated/prisma/client";
import { getPublishedRules } from "@/lib/rules";
import {
  STORE_QUEUE_SECTIONS,
  STORE_QUEUE_SECTION_LIMIT,
  type StoreQueue,
  type StoreQueueCard,
  type StoreQueueSectionKey,
} from "../store-queue-shape";
import { sourcingReasonsFor } from "./sourcing-reasons";

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
  version: true,
  deliveryMode: true,
  nodeId: true,
  pickupNodeId: true,
  pickupNode: { select: { code: true } },
  promisedDate: true,
  releasedAt: true,
  shippedAt: true,
  readyAt: true,
  pickupExpiresAt: true,
  createdAt: true,
  order: { select: { number: true, promisedDate: true, customer: { select: { firstName: true } } } },
  lines: { select: { qty: true, pickedQty: true, orderLine: { select: { lineNo: true, sku: { select: { code: true, name: true } } } } } },
} satisfies Prisma.FulfillmentOrderSelect;

type CardRow = Prisma.FulfillmentOrderGetPayload<{ select: typeof CARD_SELECT }>;

/** Which store the actor looks at: the one asked for (if in scope), else their own, else the first. */
async function resolveStore(db: Db | Tx, actor: Actor, code: string | undefined) {
  if (code) {
    const store = await db.node.findFirst({ where: { code, type: "STORE" }, select: STORE_SELECT });
    // A store associate learns nothing about other stores, not even whether a code exists.
    if (!store) {
      if (actor.kind === "user" && actor.role === "STORE_ASSOCIATE") throw new ForbiddenError("OTHER_STORE");
      throw new NotFoundError("store", code);
    }
    assertStoreScope(actor, store.id);
    return store;
  }
  if (actor.kind === "user" && actor.role === "STORE_ASSOCIATE") {
    if (!actor.storeId) throw new ForbiddenError("NO_STORE_LINKED");
    const store = await db.node.findUnique({ where: { id: actor.storeId }, select: STORE_SELECT });
    if (!store) throw new NotFoundError("store");
    return store;
  }
  const first = await db.node.findFirst({ where: { type: "STORE", active: true }, orderBy: { code: "asc" }, select: STORE_SELECT });
  if (!first) throw new NotFoundError("store");
  return first;
}

const PICKUP_SECTIONS: readonly StoreQueueSectionKey[] = ["readyForPickup", "overdue"];
const WORK_SECTIONS: readonly StoreQueueSectionKey[] = ["toPick", "picking", "toPack", "toShip"];

function sectionWhere(storeId: string, overdueBefore: Date): Record<StoreQueueSectionKey, Prisma.FulfillmentOrderWhereInput> {
  // Pickups wait at the pickup store, whichever node picked them (a DC transfer or the store itself).
  const pickupHere: Prisma.FulfillmentOrderWhereInput = { status: "READY_FOR_PICKUP", OR: [{ pickupNodeId: storeId }, { pickupNodeId: null, nodeId: storeId }] };
  return {
    toPick: { nodeId: storeId, status: "RELEASED" },
    picking: { nodeId: storeId, status: "PICKING", pickedAt: null },
    toPack: { nodeId: storeId, status: "PICKING", pickedAt: { not: null } },
    toShip: { nodeId: storeId, status: "PACKED" },
    arriving: { pickupNodeId: storeId, nodeId: { not: storeId }, status: { in: ["IN_TRANSIT_TO_STORE", "RECEIVED_AT_STORE"] } },
    readyForPickup: { AND: [pickupHere, { readyAt: { gte: overdueBefore } }] },
    overdue: { AND: [pickupHere, { readyAt: { lt: overdueBefore } }] },
  };
}

/** Most urgent first: the earliest promise, then the longest waiting; pickups by time on the shelf. */
function sectionOrder(key: StoreQueueSectionKey): Prisma.FulfillmentOrderOrderByWithRelationInput[] {
  if (PICKUP_SECTIONS.includes(key)) return [{ readyAt: "asc" }, { number: "asc" }];
  if (key === "arriving") return [{ shippedAt: "asc" }, { number: "asc" }];
  return [{ promisedDate: { sort: "asc", nulls: "last" } }, { releasedAt: "asc" }, { number: "asc" }];
}

function toCard(row: CardRow, section: StoreQueueSectionKey, now: Date, storeId: string, overdueAfterDays: number): StoreQueueCard {
  const pickupWait = PICKUP_SECTIONS.includes(section);
  const since = (pickupWait ? row.readyAt : section === "arriving" ? row.shippedAt : null) ?? row.releasedAt ?? row.createdAt;
  const ageMs = Math.max(0, now.getTime() - since.getTime());
  const promised = row.promisedDate ?? row.order.promisedDate;
  return {
    id: row.id,
    number: row.number,
    orderNumber: row.order.number,
    customerFirstName: row.order.customer.firstName,
    status: row.status,
    version: row.version,
    mode: row.deliveryMode,
    pickupStoreCode: row.pickupNodeId && row.pickupNodeId !== storeId ? row.pickupNode?.code ?? null : null,
    pickupExpiresAt: row.pickupExpiresAt?.toISOString() ?? null,
    promisedDate: promised ? promised.toISOString() : null,
    since: since.toISOString(),
    ageMinutes: Math.floor(ageMs / 60_000),
    uncollected: pickupWait && ageMs > overdueAfterDays * 86_400_000,
    lines: [...row.lines]
      .sort((a, b) => a.orderLine.lineNo - b.orderLine.lineNo)
      .filter((l) => l.qty > 0)
      .map((l) => ({ sku: l.orderLine.sku.code, name: l.orderLine.sku.name, qty: l.qty, pickedQty: l.pickedQty })),
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
  const { definition: pickupRules } = await getPublishedRules(db, "PICKUP");
  const where = sectionWhere(store.id, new Date(now.getTime() - pickupRules.reminderAfterDays * 86_400_000));

  const [sectionRows, counts] = await Promise.all([
    Promise.all(STORE_QUEUE_SECTIONS.map((key) => db.fulfillmentOrder.findMany({ where: where[key], select: CARD_SELECT, orderBy: sectionOrder(key), take: STORE_QUEUE_SECTION_LIMIT }))),
    Promise.all(STORE_QUEUE_SECTIONS.map((key) => db.fulfillmentOrder.count({ where: where[key] }))),
  ]);

  const sections = Object.fromEntries(
    STORE_QUEUE_SECTIONS.map((key, i) => [key, sectionRows[i].map((row) => toCard(row, key, now, store.id, pickupRules.reminderAfterDays))]),
  ) as Record<StoreQueueSectionKey, StoreQueueCard[]>;
  // Why the units came here, on the work this store picks itself.
  const own = WORK_SECTIONS.flatMap((key) => sections[key]);
  const reasons = await sourcingReasonsFor(db, own.map((c) => c.id));
  for (const card of own) if (reasons[card.id]) card.sourcingReason = reasons[card.id];
  const countMap = Object.fromEntries(STORE_QUEUE_SECTIONS.map((key, i) => [key, counts[i]])) as Record<StoreQueueSectionKey, number>;

  return { store, generatedAt: now.toISOString(), counts: countMap, sections, pickupRules: { reminderAfterDays: pickupRules.reminderAfterDays, windowDays: pickupRules.windowDays } };
}
