// Fulfilment orders as the work screens and the fulfilment API read them: one by id, a node's list
// (DC console, API), and the ready pickups a store's counter can find by code, order or name.
// Store associates and fulfilment API keys only ever see their own nodes' work.
import { z } from "zod";
import { FulfillmentStatus } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { assertStoreScope, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { showsPickupCode } from "@/lib/orders";
import { findPickupsSchema, type FindPickupsInput } from "../schemas";
import { nextSteps, type FulfillmentWork } from "../work-shape";

const SELECT = {
  id: true,
  number: true,
  status: true,
  version: true,
  deliveryMode: true,
  nodeId: true,
  pickupNodeId: true,
  pickupCode: true,
  carrier: true,
  trackingNumber: true,
  promisedDate: true,
  releasedAt: true,
  pickedAt: true,
  packedAt: true,
  shippedAt: true,
  receivedAt: true,
  readyAt: true,
  pickupExpiresAt: true,
  pickedUpAt: true,
  handedOverBy: true,
  handoverCheck: true,
  cancelledAt: true,
  cancelReason: true,
  node: { select: { id: true, code: true, name: true, type: true, timeZone: true } },
  pickupNode: { select: { id: true, code: true, name: true, timeZone: true } },
  order: { select: { number: true, placedAt: true, promisedDate: true, customer: { select: { firstName: true, lastName: true } } } },
  parcels: { select: { seq: true, weightGrams: true }, orderBy: { seq: "asc" } },
  lines: {
    select: {
      id: true,
      qty: true,
      pickedQty: true,
      shortQty: true,
      shortReason: true,
      handedOverQty: true,
      orderLine: { select: { lineNo: true, sku: { select: { code: true, name: true, barcode: true, product: { select: { category: { select: { name: true } } } } } } } },
    },
  },
} satisfies Prisma.FulfillmentOrderSelect;

type Row = Prisma.FulfillmentOrderGetPayload<{ select: typeof SELECT }>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The fulfilment order as `actor` may read it. The pickup code is the customer's proof at the
 * counter: shown once the pickup is ready, and to store associates and systems only at the pickup
 * store (never to the DC or store that sent a transfer).
 */
export function toWork(row: Row, actor: Actor): FulfillmentWork {
  const lines = [...row.lines]
    .sort((a, b) => a.orderLine.lineNo - b.orderLine.lineNo)
    .map((l) => ({
      id: l.id,
      lineNo: l.orderLine.lineNo,
      sku: l.orderLine.sku.code,
      name: l.orderLine.sku.name,
      barcode: l.orderLine.sku.barcode,
      category: l.orderLine.sku.product.category.name,
      qty: l.qty,
      pickedQty: l.pickedQty,
      shortQty: l.shortQty,
      shortReason: l.shortReason,
      handedOverQty: l.handedOverQty,
    }));
  const sameStorePickup = row.deliveryMode === "PICKUP" && (row.pickupNodeId ?? row.nodeId) === row.nodeId;
  const pickupStore = row.deliveryMode === "PICKUP" ? (row.pickupNode ?? { id: row.node.id, code: row.node.code, name: row.node.name, timeZone: row.node.timeZone }) : null;
  const base = { status: row.status, mode: row.deliveryMode, sameStorePickup, lines };
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    version: row.version,
    mode: row.deliveryMode,
    node: row.node,
    pickupStore,
    sameStorePickup,
    order: {
      number: row.order.number,
      customerName: `${row.order.customer.firstName} ${row.order.customer.lastName}`.trim(),
      promisedDate: iso(row.order.promisedDate),
      placedAt: row.order.placedAt.toISOString(),
    },
    lines,
    parcels: row.parcels,
    carrier: row.carrier,
    trackingNumber: row.trackingNumber,
    pickupCode: showsPickupCode(row.status) && inScope(actor, row.pickupNodeId ?? row.nodeId) ? row.pickupCode : null,
    promisedDate: iso(row.promisedDate),
    releasedAt: iso(row.releasedAt),
    pickedAt: iso(row.pickedAt),
    packedAt: iso(row.packedAt),
    shippedAt: iso(row.shippedAt),
    receivedAt: iso(row.receivedAt),
    readyAt: iso(row.readyAt),
    pickupExpiresAt: iso(row.pickupExpiresAt),
    pickedUpAt: iso(row.pickedUpAt),
    handedOverBy: row.handedOverBy,
    handoverCheck: row.handoverCheck,
    cancelledAt: iso(row.cancelledAt),
    cancelReason: row.cancelReason,
    nextSteps: nextSteps(base),
  };
}

function inScope(actor: Actor, nodeId: string): boolean {
  try {
    assertStoreScope(actor, nodeId);
    return true;
  } catch (e) {
    if (e instanceof ForbiddenError) return false;
    throw e;
  }
}

/** May the actor see this work? Its picking node or its pickup store must be theirs. */
function assertCanSee(actor: Actor, row: { nodeId: string; pickupNodeId: string | null }): void {
  if (!inScope(actor, row.nodeId) && !(row.pickupNodeId && inScope(actor, row.pickupNodeId))) throw new ForbiddenError("OTHER_STORE");
}

export const getFulfillmentWorkSchema = z.object({ id: z.string().trim().min(1).max(64) });

export async function getFulfillmentWork(db: Db | Tx, actor: Actor, input: z.input<typeof getFulfillmentWorkSchema>): Promise<FulfillmentWork> {
  const { id } = getFulfillmentWorkSchema.parse(input);
  const row = await db.fulfillmentOrder.findUnique({ where: { id }, select: SELECT });
  if (!row) throw new NotFoundError("fulfillmentOrder", id);
  assertCanSee(actor, row);
  return toWork(row, actor);
}

export const listNodeWorkSchema = z.object({
  node: z.string().trim().min(1).max(40),
  status: z.enum(FulfillmentStatus).optional(),
  /** Open work only (not shipped, delivered, picked up or cancelled) when no status is given. */
  openOnly: z.boolean().optional(),
  cursor: z.string().trim().max(64).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListNodeWorkInput = z.input<typeof listNodeWorkSchema>;

const OPEN_AT_NODE: FulfillmentStatus[] = ["CREATED", "RELEASED", "PICKING", "PACKED", "IN_TRANSIT_TO_STORE", "RECEIVED_AT_STORE", "READY_FOR_PICKUP"];

/**
 * A node's fulfilment orders (those it picks, and the pickups it receives and hands over), oldest
 * first (then by id), `limit` a page; `nextCursor` is the id to pass as `cursor` for the next
 * page, null on the last one.
 */
export async function listNodeWork(db: Db | Tx, actor: Actor, input: ListNodeWorkInput): Promise<{ items: FulfillmentWork[]; nextCursor: string | null }> {
  const { node: code, status, openOnly, cursor, limit } = listNodeWorkSchema.parse(input);
  const node = await db.node.findUnique({ where: { code }, select: { id: true } });
  if (!node) {
    if (actor.kind === "apiKey" || (actor.kind === "user" && actor.role === "STORE_ASSOCIATE")) throw new ForbiddenError("NOT_YOUR_NODE");
    throw new NotFoundError("node", code);
  }
  assertStoreScope(actor, node.id);
  // A node's work: what it picks and ships, and the pickups it receives and hands over.
  const where: Prisma.FulfillmentOrderWhereInput = {
    OR: [{ nodeId: node.id }, { pickupNodeId: node.id }],
    ...(status ? { status } : openOnly ? { status: { in: OPEN_AT_NODE } } : {}),
  };
  const rows = await db.fulfillmentOrder.findMany({
    where,
    select: SELECT,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, limit);
  return { items: page.map((r) => toWork(r, actor)), nextCursor: rows.length > limit ? page[page.length - 1].id : null };
}


/**
 * Ready pickups waiting at a store, found by the 6-digit pickup code, the order number, or the
 * customer's name. Store associates search their own store; others name one.
 */
export async function findPickups(db: Db | Tx, actor: Actor, input: FindPickupsInput): Promise<FulfillmentWork[]> {
  const { store: code, q } = findPickupsSchema.parse(input);
  const storeId = code ? (await db.node.findUnique({ where: { code }, select: { id: true } }))?.id : actor.kind === "user" ? actor.storeId : null;
  if (!storeId) {
    if (code && actor.kind === "user" && actor.role === "STORE_ASSOCIATE") throw new ForbiddenError("OTHER_STORE");
    throw new NotFoundError("store", code);
  }
  assertStoreScope(actor, storeId);
  const words = q.split(/\s+/).filter(Boolean);
  const byText: Prisma.FulfillmentOrderWhereInput[] = [
    { pickupCode: q },
    { order: { number: { equals: q, mode: "insensitive" } } },
    { AND: words.map((w) => ({ OR: [{ order: { customer: { lastName: { contains: w, mode: "insensitive" as const } } } }, { order: { customer: { firstName: { contains: w, mode: "insensitive" as const } } } }] })) },
  ];
  const rows = await db.fulfillmentOrder.findMany({
    where: { status: "READY_FOR_PICKUP", OR: [{ pickupNodeId: storeId }, { pickupNodeId: null, nodeId: storeId }], AND: [{ OR: byText }] },
    select: SELECT,
    orderBy: [{ readyAt: "asc" }, { id: "asc" }],
    take: 20,
  });
  return rows.map((r) => toWork(r, actor));
}
