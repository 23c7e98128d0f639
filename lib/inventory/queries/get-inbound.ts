// One inbound shipment as its detail screen shows it: lines with what is received and still
// expected (and, for a planned transfer, what is free to ship at the source), the receipts so far
// with who recorded them, and which steps its status allows. Also the nodes that could send a
// transfer of a SKU (the "new inbound" form suggests them).
import { Prisma } from "@/generated/prisma/client";
import type { InboundStatus, InboundType } from "@/generated/prisma/enums";
import { assertStoreScope, type Actor } from "@/lib/auth";
import type { Db, Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { transferSourcesInputSchema } from "../inbound-schemas";
import type { InboundNodeRef } from "./list-inbound";
import { isStoreAssociate } from "./scope";
import { ATP_SQL } from "./sql";

export interface InboundDetailLine {
  sku: string;
  name: string;
  qty: number;
  receivedQty: number;
  remaining: number;
  /** A planned transfer's line: units free to ship at the source now. */
  freeAtSource: number | null;
}

export interface InboundDetailReceipt {
  id: string;
  receivedAt: string;
  units: number;
  by: string;
  note: string | null;
  lines: Array<{ sku: string; qty: number }>;
}

export interface InboundDetail {
  reference: string;
  type: InboundType;
  status: InboundStatus;
  version: number;
  supplier: string | null;
  from: InboundNodeRef | null;
  to: InboundNodeRef;
  eta: string;
  shippedAt: string | null;
  receivedAt: string | null;
  createdAt: string;
  createdBy: string | null;
  note: string | null;
  late: boolean;
  units: number;
  receivedUnits: number;
  lines: InboundDetailLine[];
  receipts: InboundDetailReceipt[];
  /** The steps its status allows (the user's permissions are checked separately). */
  can: { ship: boolean; receive: boolean; close: boolean; cancel: boolean };
  generatedAt: string;
}

const node = { select: { code: true, name: true, type: true } } as const;

/** A store associate sees the shipments to or from their own store; other roles see every one. */
function assertInboundScope(actor: Actor, sh: { toNodeId: string; fromNodeId: string | null }): void {
  if (isStoreAssociate(actor) && actor.storeId !== sh.toNodeId && actor.storeId !== sh.fromNodeId) assertStoreScope(actor, sh.toNodeId);
}

/**
 * Throws NotFoundError or ForbiddenError unless the shipment exists and the actor may see it: one
 * small read, for a page that must refuse before anything is streamed (a real 403 or 404).
 */
export async function assertInboundVisible(db: Db | Tx, actor: Actor, reference: string): Promise<void> {
  const sh = await db.inboundShipment.findUnique({ where: { reference }, select: { toNodeId: true, fromNodeId: true } });
  if (!sh) throw new NotFoundError("inboundShipment", reference);
  assertInboundScope(actor, sh);
}

export async function getInbound(db: Db | Tx, actor: Actor, reference: string, options: { now?: Date } = {}): Promise<InboundDetail> {
  const now = options.now ?? new Date();
  const sh = await db.inboundShipment.findUnique({
    where: { reference },
    include: {
      toNode: node,
      fromNode: node,
      lines: { select: { id: true, skuId: true, qty: true, receivedQty: true, sku: { select: { code: true, name: true } } }, orderBy: [{ sku: { code: "asc" } }, { id: "asc" }] },
      receipts: { orderBy: { receivedAt: "desc" } },
    },
  });
  if (!sh) throw new NotFoundError("inboundShipment", reference);
  assertInboundScope(actor, sh);

  const free =
    sh.status === "PLANNED" && sh.fromNodeId && sh.lines.length
      ? await db.$queryRaw<Array<{ skuId: string; free: number }>>`
          SELECT p."skuId", (${ATP_SQL})::int AS free FROM "InventoryPosition" p
           WHERE p."nodeId" = ${sh.fromNodeId} AND p."skuId" IN (${Prisma.join(sh.lines.map((l) => l.skuId))})`
      : [];
  const byRef = [...new Set(sh.receipts.map((r) => r.receivedBy).concat(sh.createdById ? [`user:${sh.createdById}`] : []))];
  const userIds = byRef.filter((r) => r.startsWith("user:")).map((r) => r.slice(5));
  const keyIds = byRef.filter((r) => r.startsWith("apiKey:")).map((r) => r.slice(7));
  const [users, keys] = await Promise.all([
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    keyIds.length ? db.apiKey.findMany({ where: { id: { in: keyIds } }, select: { id: true, name: true } }) : [],
  ]);
  const who = (ref: string) => {
    if (ref.startsWith("user:")) return users.find((u) => `user:${u.id}` === ref)?.name ?? ref;
    if (ref.startsWith("apiKey:")) return keys.find((k) => `apiKey:${k.id}` === ref)?.name ?? ref;
    return ref;
  };
  const skuOfLine = new Map(sh.lines.map((l) => [l.id, l.sku.code]));
  const open = sh.status === "PLANNED" || sh.status === "IN_TRANSIT";
  const anyReceived = sh.lines.some((l) => l.receivedQty > 0);
  return {
    reference: sh.reference,
    type: sh.type,
    status: sh.status,
    version: sh.version,
    supplier: sh.supplier,
    from: sh.fromNode,
    to: sh.toNode,
    eta: sh.eta.toISOString(),
    shippedAt: sh.shippedAt?.toISOString() ?? null,
    receivedAt: sh.receivedAt?.toISOString() ?? null,
    createdAt: sh.createdAt.toISOString(),
    createdBy: sh.createdById ? who(`user:${sh.createdById}`) : null,
    note: sh.note,
    late: open && sh.eta < now,
    units: sh.lines.reduce((s, l) => s + l.qty, 0),
    receivedUnits: sh.lines.reduce((s, l) => s + l.receivedQty, 0),
    lines: sh.lines.map((l) => ({
      sku: l.sku.code,
      name: l.sku.name,
      qty: l.qty,
      receivedQty: l.receivedQty,
      // A closed or cancelled shipment expects nothing more.
      remaining: open ? Math.max(0, l.qty - l.receivedQty) : 0,
      freeAtSource: sh.status === "PLANNED" ? (free.find((f) => f.skuId === l.skuId)?.free ?? 0) : null,
    })),
    receipts: sh.receipts.map((r) => ({
      id: r.id,
      receivedAt: r.receivedAt.toISOString(),
      units: r.units,
      by: who(r.receivedBy),
      note: r.note,
      lines: Object.entries((r.lines ?? {}) as Record<string, number>).map(([lineId, qty]) => ({ sku: skuOfLine.get(lineId) ?? lineId, qty })),
    })),
    can: {
      ship: sh.status === "PLANNED" && sh.type === "TRANSFER",
      receive: sh.status === "IN_TRANSIT",
      close: sh.status === "IN_TRANSIT",
      cancel: sh.status === "PLANNED" || (sh.status === "IN_TRANSIT" && sh.type === "PURCHASE_ORDER" && !anyReceived),
    },
    generatedAt: now.toISOString(),
  };
}

export interface TransferSource extends InboundNodeRef {
  /** Units free to promise (and so to ship) there now. */
  free: number;
}

/** Nodes holding free units of the SKU, most first (the destination left out). */
export async function listTransferSources(db: Db | Tx, actor: Actor, rawInput: { sku: string; toNode?: string }, options: { limit?: number } = {}): Promise<TransferSource[]> {
  if (isStoreAssociate(actor)) throw new ForbiddenError();
  const input = transferSourcesInputSchema.parse(rawInput);
  return db.$queryRaw<TransferSource[]>`
    SELECT n.code, n.name, n.type::text AS type, (${ATP_SQL})::int AS free
      FROM "InventoryPosition" p
      JOIN "Node" n ON n.id = p."nodeId"
      JOIN "Sku" s ON s.id = p."skuId"
     WHERE upper(s.code) = upper(${input.sku}) AND (${ATP_SQL}) > 0 AND n.active
       ${input.toNode ? Prisma.sql`AND upper(n.code) <> upper(${input.toNode})` : Prisma.empty}
     ORDER BY free DESC, n.code
     LIMIT ${options.limit ?? 8}`;
}
