// Changes the shipping address: units to ship that no node has started on are sourced again for
// the new destination (the nearest nodes may differ); work already being picked keeps its node
// and gets the new address on its label.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { fieldIssue, RuleViolation } from "@/lib/errors";
import { geocodeAddress } from "@/lib/geo";
import { recomputeOrder } from "../derive";
import { recordOrderEvent } from "../events";
import { notifyCustomer } from "../notify";
import { assertChangeAllowed, loadOrderForChange } from "./change-guard";
import { assertOrderAccess } from "./order-access";
import { sourceOpenUnits } from "./source-open-units";
import { withdrawOpenWork } from "./withdraw-open-work";
import { changeAddressSchema, type ChangeAddressInput } from "../schemas";

export { changeAddressSchema };
export type { ChangeAddressInput };

export async function changeAddress(tx: Tx, actor: Actor, input: ChangeAddressInput, options: { now?: Date } = {}): Promise<{ version: number }> {
  await assertOrderAccess(tx, actor, input.orderId, "order.modify");
  const order = await loadOrderForChange(tx, input.orderId, input.expectedVersion);
  await assertChangeAllowed(tx, order.status, "changeAddress");
  const shipLines = await tx.orderLine.findMany({ where: { orderId: order.id, deliveryMode: "SHIP", status: { not: "CANCELLED" } }, select: { id: true, status: true } });
  if (!shipLines.length) throw new RuleViolation("NOTHING_SHIPS", {}, { address: fieldIssue("NO_LINE_SHIPS") });
  const open = shipLines.filter((l) => !["SHIPPED", "DELIVERED", "RETURN_REQUESTED", "RETURNED"].includes(l.status));
  if (!open.length) throw new RuleViolation("ALREADY_SHIPPED", {}, { address: fieldIssue("ALREADY_LEFT") });
  const point = geocodeAddress(input.address);
  const before = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { shipName: true, shipLine1: true, shipLine2: true, shipCity: true, shipPostalCode: true, shipCountry: true } });
  await tx.order.update({
    where: { id: order.id },
    data: {
      shipName: input.address.name || before.shipName,
      shipLine1: input.address.line1,
      shipLine2: input.address.line2 ?? null,
      shipCity: input.address.city,
      shipPostalCode: input.address.postalCode,
      shipCountry: input.address.country,
      shipLat: point.lat,
      shipLng: point.lng,
    },
  });
  const reason = input.reason || "Shipping address changed";
  await recordOrderEvent(tx, actor, order.id, "order.address_changed", {
    reason,
    data: { before: [before.shipLine1, before.shipPostalCode, before.shipCity, before.shipCountry].filter(Boolean).join(", "), after: [input.address.line1, input.address.postalCode, input.address.city, input.address.country].join(", ") },
  });
  await withdrawOpenWork(tx, actor, order.id, open.map((l) => l.id), { reason });
  await sourceOpenUnits(tx, actor, order.id, { lineIds: open.map((l) => l.id), reason: "RESOURCE_MODIFICATION", now: options.now });
  await notifyCustomer(tx, order.id, "ORDER_CHANGED", { changes: ["ADDRESS"] });
  const { version } = await recomputeOrder(tx, actor, order.id, { reason });
  return { version };
}
