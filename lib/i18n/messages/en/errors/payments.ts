// Error codes of lib/payments (see ./common.ts for how codes and parameters work).
export const payments = {} as const;
