// Error codes of lib/inventory (see ./common.ts for how codes and parameters work).
export const inventory = {} as const;
