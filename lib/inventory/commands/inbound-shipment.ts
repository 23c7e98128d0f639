// What the inbound commands share: the shipment read and locked by its reference, the version
// check, the step that moves it on, nodes and SKUs named by their codes, and the next reference.
import type { InboundStatus, InboundType } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError, fieldIssue, type FieldIssues } from "@/lib/errors";

export interface LockedShipment {
  id: string;
  reference: string;
  type: InboundType;
  status: InboundStatus;
  version: number;
  toNodeId: string;
  fromNodeId: string | null;
  /** Ordered by SKU code: the order every screen and answer lists them in. */
  lines: Array<{ id: string; skuId: string; sku: string; qty: number; receivedQty: number }>;
}

/** What every inbound command answers: where the shipment is now. */
export interface InboundChange {
  reference: string;
  status: InboundStatus;
  version: number;
}

/** The shipment, locked until the transaction ends (two receivers are served one after the other). */
export async function lockShipment(tx: Tx, reference: string): Promise<LockedShipment> {
  const rows = await tx.$queryRaw<Array<Omit<LockedShipment, "lines">>>`
    SELECT id, reference, type::text AS type, status::text AS status, version, "toNodeId", "fromNodeId"
      FROM "InboundShipment" WHERE reference = ${reference} FOR UPDATE`;
  const shipment = rows[0];
  if (!shipment) throw new NotFoundError("inboundShipment", reference);
  const lines = await tx.inboundShipmentLine.findMany({
    where: { shipmentId: shipment.id },
    select: { id: true, skuId: true, qty: true, receivedQty: true, sku: { select: { code: true } } },
    orderBy: [{ sku: { code: "asc" } }, { id: "asc" }],
  });
  return { ...shipment, lines: lines.map((l) => ({ id: l.id, skuId: l.skuId, sku: l.sku.code, qty: l.qty, receivedQty: l.receivedQty })) };
}

export function assertVersion(shipment: LockedShipment, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== shipment.version) throw new ConflictError();
}

/** Moves the shipment on (status, dates) and bumps its version; a stale version is a conflict. */
export async function updateShipment(tx: Tx, shipment: LockedShipment, data: { status?: InboundStatus; shippedAt?: Date; receivedAt?: Date }): Promise<InboundChange> {
  const changed = await tx.inboundShipment.updateMany({ where: { id: shipment.id, version: shipment.version }, data: { ...data, version: { increment: 1 } } });
  if (changed.count !== 1) throw new ConflictError();
  return { reference: shipment.reference, status: data.status ?? shipment.status, version: shipment.version + 1 };
}

/** "user:<id>", "apiKey:<id>" or "system": who recorded a receipt. */
export function actorRef(actor: Actor): string {
  return actor.kind === "system" ? "system" : `${actor.kind}:${actor.id}`;
}

/** Node ids by code; an unknown code is a field error on `field`. */
export async function nodeIdsByCode(tx: Tx, wanted: Array<{ code: string; field: string }>): Promise<string[]> {
  const nodes = await tx.node.findMany({ where: { code: { in: wanted.map((w) => w.code), mode: "insensitive" } }, select: { id: true, code: true } });
  const fields: FieldIssues = {};
  const ids = wanted.map((w) => {
    const node = nodes.find((n) => n.code.toUpperCase() === w.code.toUpperCase());
    if (!node) fields[w.field] = fieldIssue("NOT_FOUND", { entity: "node", id: w.code });
    return node?.id ?? "";
  });
  if (Object.keys(fields).length) throw new ValidationError(fields);
  return ids;
}

/** SKU ids of the lines, in their order; an unknown SKU is a field error on its line. */
export async function skuIdsOfLines(tx: Tx, lines: Array<{ sku: string }>): Promise<Array<{ id: string; code: string }>> {
  const skus = await tx.sku.findMany({ where: { code: { in: lines.map((l) => l.sku), mode: "insensitive" } }, select: { id: true, code: true } });
  const fields: FieldIssues = {};
  const found = lines.map((l, i) => {
    const sku = skus.find((s) => s.code.toUpperCase() === l.sku.toUpperCase());
    if (!sku) fields[`lines.${i}.sku`] = fieldIssue("NOT_FOUND", { entity: "sku", id: l.sku });
    return sku ?? { id: "", code: l.sku };
  });
  if (Object.keys(fields).length) throw new ValidationError(fields);
  return found;
}

/**
 * The next reference of the kind, in the seeded style (PO-000123, TR-000045). A transaction-scoped
 * advisory lock makes two creations take turns, so they never pick the same number.
 */
export async function nextReference(tx: Tx, prefix: "PO" | "TR"): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`inbound-reference-${prefix}`}))`;
  const pattern = `^${prefix}-[0-9]{1,9}$`;
  const rows = await tx.$queryRaw<Array<{ n: number }>>`
    SELECT COALESCE(MAX(substring(reference FROM 4)::int), 0)::int AS n FROM "InboundShipment" WHERE reference ~ ${pattern}`;
  return `${prefix}-${String((rows[0]?.n ?? 0) + 1).padStart(6, "0")}`;
}
