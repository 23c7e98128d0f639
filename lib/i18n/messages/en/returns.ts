// Returns, exchanges, refunds and goodwill refunds: the call centre's dialogs, the returns list and the RMA page.
export const returns = {
  title: "Returns",
} as const;
