// Creating inbound supply: a purchase order from a supplier (in transit from the start: the
// supplier ships it) or a transfer between two nodes (planned until it ships; "ship now" ships it
// in the same transaction, which takes the units off the source's shelf).
import type { z } from "zod";
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { RuleViolation } from "@/lib/errors";
import {
  createInboundSchema,
  createPurchaseOrderSchema,
  createTransferSchema,
  etaOfDay,
} from "../inbound-schemas";
import { lockShipment, nextReference, nodeIdsByCode, skuIdsOfLines, type InboundChange } from "./inbound-shipment";
import { shipLockedTransfer } from "./ship-transfer";

export { createInboundSchema, createPurchaseOrderSchema, createTransferSchema };

async function insertShipment(
  tx: Tx,
  actor: Actor,
  data: { type: "PURCHASE_ORDER" | "TRANSFER"; toNodeId: string; fromNodeId: string | null; supplier: string | null; eta: string; note?: string; lines: Array<{ sku: string; qty: number }>; now: Date },
): Promise<{ id: string; reference: string }> {
  const skus = await skuIdsOfLines(tx, data.lines);
  const reference = await nextReference(tx, data.type === "PURCHASE_ORDER" ? "PO" : "TR");
  const created = await tx.inboundShipment.create({
    data: {
      reference,
      type: data.type,
      status: data.type === "PURCHASE_ORDER" ? "IN_TRANSIT" : "PLANNED",
      toNodeId: data.toNodeId,
      fromNodeId: data.fromNodeId,
      supplier: data.supplier,
      eta: etaOfDay(data.eta),
      // A supplier's goods are on their way once ordered; a transfer leaves when it is shipped.
      shippedAt: data.type === "PURCHASE_ORDER" ? data.now : null,
      note: data.note ?? null,
      createdById: actor.kind === "user" ? actor.id : null,
      createdAt: data.now,
      lines: { create: data.lines.map((l, i) => ({ skuId: skus[i].id, qty: l.qty })) },
    },
    select: { id: true, reference: true, status: true },
  });
  await recordAudit(tx, actor, {
    entityType: "InboundShipment",
    entityId: created.id,
    action: "inbound.created",
    after: { reference, type: data.type, status: created.status, units: data.lines.reduce((s, l) => s + l.qty, 0), lines: data.lines.length },
  });
  return created;
}

export async function createPurchaseOrder(tx: Tx, actor: Actor, input: z.output<typeof createPurchaseOrderSchema>, options: { now?: Date } = {}): Promise<InboundChange> {
  const now = options.now ?? new Date();
  const [toNodeId] = await nodeIdsByCode(tx, [{ code: input.toNode, field: "toNode" }]);
  const created = await insertShipment(tx, actor, { type: "PURCHASE_ORDER", toNodeId, fromNodeId: null, supplier: input.supplier, eta: input.eta, note: input.note, lines: input.lines, now });
  return { reference: created.reference, status: "IN_TRANSIT", version: 1 };
}

export async function createTransfer(tx: Tx, actor: Actor, input: z.output<typeof createTransferSchema>, options: { now?: Date } = {}): Promise<InboundChange> {
  const now = options.now ?? new Date();
  const [fromNodeId, toNodeId] = await nodeIdsByCode(tx, [
    { code: input.fromNode, field: "fromNode" },
    { code: input.toNode, field: "toNode" },
  ]);
  const created = await insertShipment(tx, actor, { type: "TRANSFER", toNodeId, fromNodeId, supplier: null, eta: input.eta, note: input.note, lines: input.lines, now });
  if (!input.shipNow) return { reference: created.reference, status: "PLANNED", version: 1 };
  const shipment = await lockShipment(tx, created.reference);
  // A refusal names the line as the form entered it, not in the shipment's SKU order.
  const inputIndex = (i: number) => input.lines.findIndex((l) => l.sku.toUpperCase() === shipment.lines[i].sku.toUpperCase());
  try {
    return await shipLockedTransfer(tx, actor, shipment, { now, path: (i) => `lines.${inputIndex(i)}.qty` });
  } catch (e) {
    // The whole creation rolls back: the refusal must not name a reference that will not exist.
    if (e instanceof RuleViolation && e.code === "INBOUND_SHIP_REFUSED") throw new RuleViolation("INBOUND_TRANSFER_NOT_CREATED", {}, e.fields);
    throw e;
  }
}

/** The "new inbound" form's command: a purchase order or a transfer. */
export async function createInbound(tx: Tx, actor: Actor, input: z.output<typeof createInboundSchema>, options: { now?: Date } = {}): Promise<InboundChange> {
  return input.type === "PURCHASE_ORDER" ? createPurchaseOrder(tx, actor, input, options) : createTransfer(tx, actor, input, options);
}
