export const inventory = {
  title: "TODO",
} as const;
