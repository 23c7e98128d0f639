// Error codes of lib/rules (see ./common.ts for how codes and parameters work).
export const rules = {} as const;
