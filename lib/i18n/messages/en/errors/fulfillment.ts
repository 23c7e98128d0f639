// Error codes of lib/fulfillment (see ./common.ts for how codes and parameters work).
export const fulfillment = {} as const;
