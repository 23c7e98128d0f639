// What browser code may load from the analytics context: the dashboard's periods and the shapes
// the dashboard shows. The KPIs themselves are SQL, so they stay on the server.
export { KPI_PERIODS, kpiPeriodSchema } from "./periods";
export type { KpiPeriod } from "./periods";
export type { DailyChannelRow, KpiAlerts, KpiWindow } from "./kpis";
export type { KpiDashboard } from "./queries/kpi-dashboard";
