export const admin = {
  title: "TODO",
} as const;
