// Public face of the analytics context: fulfilment KPIs (definitions in kpis.ts), the alerts, and
// the dashboard query that gathers them for a period.
export {
  KPI_PERIODS,
  REPORTING_TIME_ZONE,
  CHANNELS,
  ALERT_LIST_LIMIT,
  kpiPeriodSchema,
  kpiWindow,
  ordersAndUnits,
  splitRate,
  costPerOrder,
  onTimeRate,
  bopisReadyTime,
  fillRate,
  ordersByChannelDaily,
  kpiAlerts,
} from "./kpis";
export type { KpiPeriod, KpiWindow, KpiAlerts, DailyChannelRow } from "./kpis";
export { getFulfillmentCostModel } from "./cost-model";
export type { FulfillmentCostModel } from "./cost-model";
export { getKpiDashboard, kpiDashboardInputSchema } from "./queries/kpi-dashboard";
export type { KpiDashboard, KpiDashboardInput } from "./queries/kpi-dashboard";
