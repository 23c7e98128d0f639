// Error codes of lib/orders (see ./common.ts for how codes and parameters work).
export const orders = {} as const;
