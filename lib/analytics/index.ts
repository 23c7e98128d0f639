// Public face of the analytics context: fulfilment KPIs (definitions in kpis.ts), the dashboard
// query that gathers them for a period, and the alerts (alerts.ts).
export {
  KPI_PERIODS,
  KPI_MAX_CUSTOM_DAYS,
  REPORTING_TIME_ZONE,
  CHANNELS,
  CANCELLATION_REASON_LIMIT,
  kpiPeriodSchema,
  kpiCustomPeriodSchema,
  kpiWindow,
  kpiDayWindow,
  ordersAndUnits,
  splitRate,
  costPerOrder,
  onTimeRate,
  bopisReadyTime,
  fillRate,
  ordersByChannelDaily,
  shipFromStoreShare,
  cancellationsByReason,
} from "./kpis";
export type { KpiPeriod, KpiPeriodChoice, KpiCustomPeriod, KpiWindow, DailyChannelRow, Cancellations, CancellationReasonRow } from "./kpis";
export { getFulfillmentCostModel } from "./cost-model";
export type { FulfillmentCostModel } from "./cost-model";
export { getKpiDashboard, kpiDashboardInputSchema } from "./queries/kpi-dashboard";
export type { KpiDashboard, KpiDashboardInput } from "./queries/kpi-dashboard";
export { getAlerts, projectStockout, ALERT_KINDS, ALERT_ITEM_LIMIT, STUCK_ORDER_STATUSES } from "./alerts";
export type { Alerts, AlertKind, AlertThresholds } from "./alert-types";
export { getBenefitsReport, getBenefitsAssumptions, benefitsInputSchema } from "./queries/benefits";
export type { BenefitsReport, BenefitsBucket, BenefitsInput } from "./queries/benefits";
export { readBenefitsFacts, bucketUnitFor, bucketsOf } from "./benefits-facts";
export {
  saveBenefitsAssumptions,
  saveBenefitsAssumptionsSchema,
  resetBenefitsAssumptions,
  resetBenefitsAssumptionsSchema,
} from "./commands/save-benefits-assumptions";
export * from "./benefits";
export * from "./benefits-schema";
