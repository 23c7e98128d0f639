// Public face of the returns context: return authorisations (RMA), receipts at a store counter or a
// DC, refunds, exchanges and goodwill refunds. Commands run in the caller's transaction with their
// events and customer messages; everything else reaches other contexts through their index.
export * from "./schemas";
export type * from "./types";
