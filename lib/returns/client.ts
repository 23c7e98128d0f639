// What browser code may import from the returns context: the input schemas and the shapes the
// server answers (no database, no server-only modules).
export * from "./schemas";
export type * from "./types";
export type { ReceiptQuote } from "./queries/quote-receipt";
