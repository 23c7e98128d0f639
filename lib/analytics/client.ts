// What browser code may load from the analytics context: the dashboard's periods, the alert kinds,
// and the shapes the dashboards show. The KPIs and alerts themselves are SQL, so they stay on the server.
export { KPI_PERIODS, KPI_MAX_CUSTOM_DAYS, kpiPeriodSchema, kpiCustomPeriodSchema } from "./periods";
export type { KpiPeriod, KpiCustomPeriod, KpiPeriodChoice } from "./periods";
export type { DailyChannelRow, KpiWindow, Cancellations, CancellationReasonRow } from "./kpis";
export type { KpiDashboard } from "./queries/kpi-dashboard";
export { ALERT_KINDS } from "./alert-types";
export type {
  AlertKind,
  Alerts,
  AlertGroup,
  AlertThresholds,
  ProjectedStockoutAlert,
  StockedOutAlert,
  StuckOrderAlert,
  LateInboundAlert,
  ExpiringPickupAlert,
  OverCapacityAlert,
} from "./alert-types";
export * from "./benefits";
export * from "./benefits-schema";
export type { BenefitsReport, BenefitsBucket } from "./queries/benefits";
export type { BucketUnit } from "./benefits-facts";
