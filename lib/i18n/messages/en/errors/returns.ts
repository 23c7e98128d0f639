// Error codes of lib/returns (see ./common.ts for how codes and parameters work).
export const returns = {} as const;
