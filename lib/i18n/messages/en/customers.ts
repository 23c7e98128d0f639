export const customers = {
  title: "TODO",
} as const;
