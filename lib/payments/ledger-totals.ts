// The order's payment figures from its ledger rows: pure, so the order page in the browser and the
// server's commands read the same numbers.
import type { PaymentType } from "@/generated/prisma/enums";

export interface LedgerTotals {
  /** Authorised minus voided: what the buyer's payment method holds for the order. */
  authorizedMinor: number;
  capturedMinor: number;
  /** Refunds and goodwill refunds (appeasements). */
  refundedMinor: number;
  /** What the buyer has paid, net of refunds. */
  balanceMinor: number;
}

export function ledgerTotals(rows: Array<{ type: PaymentType; amountMinor: number }>): LedgerTotals {
  const sum = (...types: PaymentType[]) => rows.filter((r) => types.includes(r.type)).reduce((a, r) => a + r.amountMinor, 0);
  const authorizedMinor = sum("AUTHORIZATION") - sum("VOID");
  const capturedMinor = sum("CAPTURE");
  const refundedMinor = sum("REFUND", "APPEASEMENT");
  return { authorizedMinor, capturedMinor, refundedMinor, balanceMinor: capturedMinor - refundedMinor };
}
