// Capture, the steps that need no database, run on the context read in one statement
// (read-context.ts): validate the catalogue rows, resolve the customer and the destination, price,
// apply the hold rules, then source and lay out the reservations. The first three only report:
// every problem they find is refused at once, by field, before anything is sourced. The rows the
// write inserts are laid out once the order number is drawn and the payment settled (rows.ts).
import type { Actor } from "@/lib/auth";
import { newId } from "@/lib/db";
import { ValidationError, type FieldIssues } from "@/lib/errors";
import type { CaptureOrderInput } from "../../schemas";
import { noPaymentGiven, type CapturePayment } from "./authorise";
import { holdOrder } from "./hold";
import { checkPromo, priceCapture } from "./price";
import type { CaptureContext } from "./read-context";
import { resolveCustomer } from "./resolve-customer";
import { layOutRows, type DraftRows } from "./rows";
import { sourceAndReserve } from "./source";
import { validateCatalogue } from "./validate-catalogue";

export type { DraftRows };

export interface Draft {
  orderId: string;
  /** What the buyer pays, authorised (or asked by link) before the write. */
  totalMinor: number;
  currency: string;
  /** Units to reserve, one row per position (node, SKU), in lock order. */
  reserve: Array<{ id: string; nodeId: string; skuId: string; qty: number }>;
  /** Units released today per node, for the capacity cache after commit. */
  releasedByNode: Map<string, number>;
  /** The rows, once the order number is known and the payment settled. */
  rows(number: string, payment?: CapturePayment): DraftRows;
}

export function draftOrder(actor: Actor, input: CaptureOrderInput, ctx: CaptureContext, now: Date, options: { orderId?: string } = {}): Draft {
  const catalogue = validateCatalogue(input, ctx);
  const { customer, issues: customerIssues } = resolveCustomer(input, ctx);
  const issues: FieldIssues = { ...catalogue.issues, ...customerIssues, ...checkPromo(input, ctx, catalogue.skuByCode, now) };
  if (Object.keys(issues).length) throw new ValidationError(issues);

  const { currency, skuByCode } = catalogue;
  const priced = priceCapture(input, ctx, skuByCode);
  const holds = holdOrder(input, ctx, { priced, currency, customer });
  const orderId = options.orderId ?? newId();
  const sourced = sourceAndReserve(input, ctx, { orderId, skuByCode, destination: customer.destination, openHolds: holds.length, now });
  const decided = { actor, input, ctx, orderId, now, currency, customer, priced, holds, sourced };
  return {
    orderId,
    totalMinor: priced.totalMinor,
    currency,
    reserve: sourced.reserve,
    releasedByNode: sourced.releasedByNode,
    rows: (number, payment = noPaymentGiven(orderId)) => layOutRows(decided, number, payment),
  };
}
