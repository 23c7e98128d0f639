// Capture step "hold": the published hold rules decide whether the order waits for an agent (high
// value, many units of a SKU, a new customer's unknown address); a pay-by-link order waits for the
// buyer's payment. A held order's stock is reserved, its work not released.
import { evaluateHolds, type HoldDecision } from "../../holds";
import type { PricedOrder } from "../../pricing";
import type { CaptureOrderInput } from "../../schemas";
import type { CaptureContext } from "./read-context";
import type { ResolvedCustomer } from "./resolve-customer";

export function holdOrder(
  input: Pick<CaptureOrderInput, "lines" | "payment">,
  ctx: Pick<CaptureContext, "holds">,
  order: { priced: PricedOrder; currency: string; customer: Pick<ResolvedCustomer, "hasOrders" | "addresses" | "knownAddress"> },
): HoldDecision[] {
  const { priced, currency, customer } = order;
  const unitsBySku = new Map<string, number>();
  for (const l of input.lines) unitsBySku.set(l.sku, (unitsBySku.get(l.sku) ?? 0) + l.qty);
  const holds = evaluateHolds(
    { totalMinor: priced.totalMinor, currency, unitsBySku, newCustomer: !customer.hasOrders, addressMismatch: customer.addresses.length > 0 && !customer.knownAddress },
    ctx.holds.definition,
  );
  if (input.payment?.method === "PAY_BY_LINK") holds.push({ type: "PAYMENT", reason: "Waiting for the buyer to pay by link." });
  return holds;
}
