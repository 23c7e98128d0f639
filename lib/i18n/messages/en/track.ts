export const track = {
  title: "TODO",
} as const;
