// The counter's receipt form as data: the lines on screen (every line the customer may bring back,
// most at 0 units), the command input built from them (what the receive command's schema checks,
// in the browser and on the server: a condition for each line received, a reason for a walk-in, a
// choice and a reason for an override), and where each of its problems shows on the form.
import type { DispositionInput, ReceiveReturnInput, ReturnConditionInput } from "@/lib/returns/client";
import type { OrderForReturnJson, ReturnableOrderJson } from "./queries";

export interface ReceiveLineForm {
  orderLineId: string;
  qty: number;
  condition: ReturnConditionInput | "";
  /** The buyer's reason (a walk-in has no RMA to say it). */
  reason: string;
  override: boolean;
  disposition: DispositionInput | "";
  overrideReason: string;
}

export interface ReceiveForm {
  lines: ReceiveLineForm[];
}

/** What the customer brings back against: one open RMA, or the order itself (a walk-in). */
export type ReceiptSource = { kind: "rma"; returnId: string } | { kind: "walkIn" };

export interface ReceiptLineView {
  orderLineId: string;
  lineNo: number;
  sku: string;
  name: string;
  /** The most units this receipt may take for the line. */
  max: number;
  /** Value of one unit as the buyer paid for it: the RMA's authorised value, else the line's next unit. */
  unitValueMinor: number;
  /** The buyer's reason already on the RMA (null for a walk-in: the associate asks). */
  rmaReason: string | null;
  /** Why nothing can come back (walk-in lines only). */
  refusal: string | null;
  windowEndsAt: string | null;
}

/**
 * The lines one source may receive: the RMA's units still expected, or what the order may still
 * return. `found` is the order as the search found it, with its RMAs' authorised values.
 */
export function receiptLines(order: ReturnableOrderJson, source: ReceiptSource, found?: OrderForReturnJson): ReceiptLineView[] {
  const byId = new Map(order.lines.map((l) => [l.orderLineId, l]));
  if (source.kind === "rma") {
    const rma = order.openReturns.find((r) => r.returnId === source.returnId);
    const authorised = found?.openReturns.find((r) => r.returnId === source.returnId)?.lines ?? [];
    return (rma?.lines ?? [])
      .filter((l) => l.qty > l.receivedQty)
      .flatMap((l) => {
        const line = byId.get(l.orderLineId);
        const value = authorised.find((a) => a.orderLineId === l.orderLineId);
        const unitValueMinor = value && value.qty > 0 ? Math.round(value.valueMinor / value.qty) : (line?.unitValueMinor ?? 0);
        return line ? [{ orderLineId: l.orderLineId, lineNo: line.lineNo, sku: line.sku.code, name: line.sku.name, max: l.qty - l.receivedQty, unitValueMinor, rmaReason: l.reason, refusal: null, windowEndsAt: line.windowEndsAt }] : [];
      })
      .sort((a, b) => a.lineNo - b.lineNo);
  }
  return order.lines
    .filter((l) => l.deliveredQty > 0)
    .map((l) => ({ orderLineId: l.orderLineId, lineNo: l.lineNo, sku: l.sku.code, name: l.sku.name, max: l.returnableQty, unitValueMinor: l.unitValueMinor, rmaReason: null, refusal: l.returnableQty > 0 ? null : l.refusal, windowEndsAt: l.windowEndsAt }))
    .sort((a, b) => a.lineNo - b.lineNo);
}

/** The form's starting values: an RMA's units are all expected; a walk-in starts at 0 and the associate counts. */
export function initialForm(lines: ReceiptLineView[], source: ReceiptSource): ReceiveForm {
  return {
    lines: lines.map((l) => ({ orderLineId: l.orderLineId, qty: source.kind === "rma" ? l.max : 0, condition: "", reason: "", override: false, disposition: "", overrideReason: "" })),
  };
}

/** The units on screen being received, in the form's order. */
export const chosenLines = (form: ReceiveForm) => form.lines.map((l, formIndex) => ({ ...l, formIndex })).filter((l) => l.qty > 0);

/**
 * The command's input. Lines with no units are left out, so `sentIndex[i]` is the form line of the
 * i-th line sent (the schema's and the server's field errors `lines.<i>.qty` land on it). The
 * buyer's reason goes with a walk-in's lines; an RMA already holds it. What the associate left
 * empty is sent as it is (a line's condition, an override's choice), for the schema to name it.
 */
export function toReceiveInput(form: ReceiveForm, source: ReceiptSource, context: { nodeId: string; orderId: string; rmaVersion?: number }): { input: ReceiveReturnInput & { lines: Array<{ reason?: string }> }; sentIndex: number[] } {
  const chosen = chosenLines(form);
  const input = {
    ...(source.kind === "rma" ? { returnId: source.returnId, ...(context.rmaVersion ? { expectedVersion: context.rmaVersion } : {}) } : { orderId: context.orderId }),
    nodeId: context.nodeId,
    lines: chosen.map((l) => ({
      orderLineId: l.orderLineId,
      qty: l.qty,
      condition: l.condition as ReturnConditionInput,
      ...(source.kind === "walkIn" ? { reason: l.reason || undefined } : {}),
      ...(l.override ? { disposition: l.disposition as DispositionInput, overrideReason: l.overrideReason.trim() } : {}),
    })),
  };
  return { input, sentIndex: chosen.map((l) => l.formIndex) };
}

/** A server field path in the form's terms: `lines.2.qty` of the sent lines is the form line it came from; null when it has no place on a line. */
export function formPath(serverPath: string, sentIndex: number[]): string | null {
  if (serverPath === "lines") return "lines.root";
  const m = serverPath.match(/^lines\.(\d+)(\..+)?$/);
  if (!m) return null;
  const formIndex = sentIndex[Number(m[1])];
  if (formIndex === undefined) return null;
  // A refusal of the line itself is shown at its units.
  const field = !m[2] || m[2] === ".orderLineId" ? ".qty" : m[2];
  return `lines.${formIndex}${field}`;
}

/** One line of the refund quote the button announces. */
export interface QuoteRequestLine {
  orderLineId: string;
  qty: number;
  condition: ReturnConditionInput;
  reason?: string;
}

export interface QuoteRequest {
  returnId?: string;
  orderId?: string;
  nodeId: string;
  lines: QuoteRequestLine[];
}

/**
 * What to ask the server to quote for the units on screen: every line with units, its condition
 * and (for a walk-in) the buyer's reason. Null until each of those lines has them all, since the
 * refund depends on them; the button then names only the units.
 */
export function toQuoteRequest(form: ReceiveForm, source: ReceiptSource, context: { nodeId: string; orderId: string }): QuoteRequest | null {
  const chosen = chosenLines(form);
  if (!chosen.length || chosen.some((l) => !l.condition || (source.kind === "walkIn" && !l.reason))) return null;
  return {
    ...(source.kind === "rma" ? { returnId: source.returnId } : { orderId: context.orderId }),
    nodeId: context.nodeId,
    lines: chosen.map((l) => ({ orderLineId: l.orderLineId, qty: l.qty, condition: l.condition as ReturnConditionInput, ...(source.kind === "walkIn" ? { reason: l.reason } : {}) })),
  };
}
