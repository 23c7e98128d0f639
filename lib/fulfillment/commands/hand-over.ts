// Hands a ready pickup to the customer at the counter, after checking the pickup code, or the order
// number plus the buyer's name against an ID (recorded). The customer may collect part of it now
// and the rest later. Units leave the store's stock if it reserved them itself (a transfer's units
// left their DC when shipped), and the payment for exactly the collected units is captured.
import type { Actor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { fieldIssue, RuleViolation, type FieldIssues } from "@/lib/errors";
import { lockPositions } from "@/lib/inventory";
import { captureUnits, recordOrderEvent } from "@/lib/orders";
import { handOverSchema, type HandOverInput } from "../schemas";
import { consumeLineUnits } from "./consume";
import { assertNotAwaitingPayment } from "./payment-hold";
import { finishWork, lockWork, moveWork, notNow, touchWork, type WorkResult, type WorkRow } from "./work";

export { handOverSchema };
export type { HandOverInput };

/** Lower case, no accents, single spaces: "Léa  MARTIN" and "lea martin" are the same name. */
export function normaliseName(name: string): string {
  return name.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** The name on the ID must carry the customer's last name and first name (in any order). */
export function nameMatches(shown: string, customer: { firstName: string; lastName: string }): boolean {
  const words = new Set(normaliseName(shown).split(" "));
  const needed = [...normaliseName(customer.lastName).split(" "), ...normaliseName(customer.firstName).split(" ")].filter(Boolean);
  return needed.length > 0 && needed.every((w) => words.has(w));
}

function verifyBuyer(work: WorkRow, input: HandOverInput): void {
  if (input.check === "PICKUP_CODE") {
    if (!work.pickupCode || input.pickupCode?.trim() !== work.pickupCode) {
      throw new RuleViolation("WRONG_PICKUP_CODE", { orderNumber: work.order.number }, { pickupCode: fieldIssue("PICKUP_CODE_WRONG") });
    }
    return;
  }
  if (!nameMatches(input.buyerName ?? "", work.order.customer)) {
    throw new RuleViolation("NAME_MISMATCH", { orderNumber: work.order.number }, { buyerName: fieldIssue("BUYER_NAME_MISMATCH") });
  }
}

export async function handOver(
  tx: Tx,
  actor: Actor,
  input: HandOverInput,
  options: { now?: Date } = {},
): Promise<WorkResult & { capturedMinor: number; handedOverUnits: number; complete: boolean }> {
  const now = options.now ?? new Date();
  const work = await lockWork(tx, actor, input, "pickupStore");
  if (work.status !== "READY_FOR_PICKUP") throw notNow(work, "HAND_OVER");
  verifyBuyer(work, input);
  await assertNotAwaitingPayment(tx, work.orderId, work.order.number);

  const wanted = input.lines ?? work.lines.filter((l) => l.qty > l.handedOverQty).map((l) => ({ lineId: l.id, qty: l.qty - l.handedOverQty }));
  const fields: FieldIssues = {};
  const seen = new Set<string>();
  wanted.forEach((w, i) => {
    const line = work.lines.find((l) => l.id === w.lineId);
    if (!line) fields[`lines.${i}.lineId`] = fieldIssue("NOT_A_PICKUP_LINE");
    else if (seen.has(w.lineId)) fields[`lines.${i}.lineId`] = fieldIssue("LINE_LISTED_TWICE");
    else if (w.qty > line.qty - line.handedOverQty) fields[`lines.${i}.qty`] = fieldIssue("TOO_BIG", { maximum: line.qty - line.handedOverQty });
    seen.add(w.lineId);
  });
  if (Object.keys(fields).length) throw new RuleViolation("HANDOVER_EXCEEDS_PICKUP", {}, fields);

  // The units leave the store's stock now: its own, or a transfer's received into it. (Transfers
  // made ready before receipt joined the store's stock have nothing reserved here to consume.)
  await lockPositions(tx, work.lines.map((l) => l.orderLine.skuId));
  const handed: Array<{ orderLineId: string; qty: number; sku: string }> = [];
  for (const w of wanted) {
    const line = work.lines.find((l) => l.id === w.lineId)!;
    const reserved = line.reservations.reduce((a, r) => a + r.qty, 0);
    if (reserved > 0) await consumeLineUnits(tx, line, Math.min(w.qty, reserved), { kind: "SALE", reason: "Pickup handed over", reference: work.order.number });
    await tx.fulfillmentOrderLine.update({ where: { id: line.id }, data: { handedOverQty: { increment: w.qty } } });
    line.handedOverQty += w.qty;
    handed.push({ orderLineId: line.orderLineId, qty: w.qty, sku: line.orderLine.sku.code });
  }
  const units = handed.reduce((a, h) => a + h.qty, 0);
  const complete = work.lines.every((l) => l.handedOverQty >= l.qty);
  const who = { handedOverBy: actor.name, handoverCheck: input.check };
  const data = { check: input.check, ...(input.idDocument ? { idDocument: input.idDocument } : {}), units, lines: handed.map((h) => ({ sku: h.sku, qty: h.qty })) };
  if (complete) {
    await moveWork(tx, actor, work, "PICKED_UP", "HAND_OVER", { set: { ...who, pickedUpAt: now }, data });
  } else {
    await touchWork(tx, work, who);
    await recordOrderEvent(tx, actor, work.orderId, "fulfillment.partially_picked_up", { data: { fulfillmentOrder: work.number, node: work.node.code, ...data } });
  }
  const capturedMinor = await captureUnits(tx, actor, work.orderId, handed, { includeShipping: false, fulfillmentOrder: work.number });
  return { ...(await finishWork(tx, actor, work)), capturedMinor, handedOverUnits: units, complete };
}
