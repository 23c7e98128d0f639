// Ending inbound supply early. Closing short: the shipment stops waiting for its missing units
// (they will not come); what was received stays. Cancelling: the shipment never happens. Only a
// planned transfer, or a purchase order of which nothing has arrived, can be cancelled: a shipped
// transfer's units have left their source (they are on a truck, not on a shelf), so it is received
// or closed short instead; a shipment that has received units is closed short.
import type { z } from "zod";
import type { Actor } from "@/lib/auth";
import { recordAudit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { RuleViolation } from "@/lib/errors";
import { cancelInboundSchema, closeInboundSchema } from "../inbound-schemas";
import { assertVersion, lockShipment, updateShipment, type InboundChange } from "./inbound-shipment";

export { cancelInboundSchema, closeInboundSchema };

export async function closeInboundShort(tx: Tx, actor: Actor, input: z.output<typeof closeInboundSchema>, options: { now?: Date } = {}): Promise<InboundChange> {
  const shipment = await lockShipment(tx, input.reference);
  assertVersion(shipment, input.expectedVersion);
  if (shipment.status === "PLANNED") throw new RuleViolation("INBOUND_NOT_SHIPPED", { reference: shipment.reference });
  if (shipment.status !== "IN_TRANSIT") throw new RuleViolation("NOT_IN_TRANSIT", { reference: shipment.reference, status: shipment.status });
  const change = await updateShipment(tx, shipment, { status: "RECEIVED", receivedAt: options.now ?? new Date() });
  const missingUnits = shipment.lines.reduce((s, l) => s + Math.max(0, l.qty - l.receivedQty), 0);
  await recordAudit(tx, actor, { entityType: "InboundShipment", entityId: shipment.id, action: "inbound.closed_short", reason: input.reason ?? null, before: { status: shipment.status }, after: { status: change.status, missingUnits } });
  return change;
}

export async function cancelInbound(tx: Tx, actor: Actor, input: z.output<typeof cancelInboundSchema>): Promise<InboundChange> {
  const shipment = await lockShipment(tx, input.reference);
  assertVersion(shipment, input.expectedVersion);
  if (shipment.status === "RECEIVED" || shipment.status === "CANCELLED") throw new RuleViolation("NOT_IN_TRANSIT", { reference: shipment.reference, status: shipment.status });
  if (shipment.status === "IN_TRANSIT" && shipment.type === "TRANSFER") throw new RuleViolation("INBOUND_TRANSFER_SHIPPED", { reference: shipment.reference });
  if (shipment.lines.some((l) => l.receivedQty > 0)) throw new RuleViolation("INBOUND_PARTLY_RECEIVED", { reference: shipment.reference });
  const change = await updateShipment(tx, shipment, { status: "CANCELLED" });
  await recordAudit(tx, actor, { entityType: "InboundShipment", entityId: shipment.id, action: "inbound.cancelled", reason: input.reason ?? null, before: { status: shipment.status }, after: { status: change.status } });
  return change;
}
