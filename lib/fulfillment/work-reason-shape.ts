// The reason a fulfilment order's units came to its node, as the store queue and the DC console
// read it (client-safe: the live views poll the same shape).
import type { NodeReasonResult } from "@/lib/orders/client";

export interface WorkSourcingReason extends NodeReasonResult {
  /** The order line the reason is about (the first line of the work the decision explains). */
  lineNo: number | null;
  /** Currency of the order: the engine's costs are in it. */
  currency: string;
  /** Display names of the other nodes the reason names, by the reference it uses. */
  names: Record<string, string>;
}
