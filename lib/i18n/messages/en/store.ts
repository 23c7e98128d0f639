export const store = {
  title: "TODO",
} as const;
