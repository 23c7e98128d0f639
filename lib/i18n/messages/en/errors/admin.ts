// Error codes of lib/admin (see ./common.ts for how codes and parameters work).
export const admin = {
  // Users
  EMAIL_TAKEN: "This e-mail is already used by another user.",
  STORE_REQUIRED: "A store associate needs a store.",
  STORE_FORBIDDEN: "Only store associates have a store.",
  STORE_UNKNOWN: "Choose an existing store.",
  SELF_DEMOTION: "You cannot remove your own administrator role.",
  SELF_DEACTIVATION: "You cannot deactivate your own account.",
} as const;
