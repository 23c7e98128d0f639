export const kpis = {
  title: "TODO",
} as const;
