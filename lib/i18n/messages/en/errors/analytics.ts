// Refusals of the dashboards (KPIs and alerts).
export const analytics = {
  KPI_PERIOD_TOO_LONG: "A period is at most 366 days.",
  BENEFITS_DUPLICATE_CATEGORY: "This category already has a margin above.",
} as const;
