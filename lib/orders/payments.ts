// The order's payment ledger lives in the payments context; these names stay here for callers
// that import them from the orders context.
export { captureUnits, ledgerTotals, unitsValueMinor, discountShareMinor } from "@/lib/payments";
export type { LedgerTotals } from "@/lib/payments";
