export const orders = {
  title: "TODO",
} as const;
