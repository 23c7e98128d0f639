// Error codes of lib/admin (see ./common.ts for how codes and parameters work).
export const admin = {} as const;
