// Everything the KPI page shows for one period, read in one go: the KPIs of lib/analytics/kpis.ts,
// the daily orders-by-channel series, the alerts, and the cost model the costs were priced with.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth";
import { getFulfillmentCostModel, type FulfillmentCostModel } from "../cost-model";
import {
  bopisReadyTime,
  costPerOrder,
  fillRate,
  kpiAlerts,
  kpiPeriodSchema,
  kpiWindow,
  onTimeRate,
  ordersAndUnits,
  ordersByChannelDaily,
  splitRate,
  type DailyChannelRow,
  type KpiAlerts,
  type KpiPeriod,
} from "../kpis";

export const kpiDashboardInputSchema = z.object({ days: kpiPeriodSchema.default(30) });
export type KpiDashboardInput = z.input<typeof kpiDashboardInputSchema>;


export interface KpiDashboard {
  days: KpiPeriod;
  from: string;
  to: string;
  orders: Awaited<ReturnType<typeof ordersAndUnits>>;
  split: Awaited<ReturnType<typeof splitRate>>;
  cost: Awaited<ReturnType<typeof costPerOrder>>;
  onTime: Awaited<ReturnType<typeof onTimeRate>>;
  bopis: Awaited<ReturnType<typeof bopisReadyTime>>;
  fill: Awaited<ReturnType<typeof fillRate>>;
  daily: DailyChannelRow[];
  alerts: KpiAlerts;
  costModel: FulfillmentCostModel;
}

export async function getKpiDashboard(db: Db | Tx, actor: Actor, input: KpiDashboardInput = {}, options: { now?: Date } = {}): Promise<KpiDashboard> {
  authorize(actor, "kpi.view");
  const { days } = kpiDashboardInputSchema.parse(input);
  const now = options.now ?? new Date();
  const w = kpiWindow(days, now);
  const costModel = await getFulfillmentCostModel(db);
  const [orders, split, cost, onTime, bopis, fill, daily, alerts] = await Promise.all([
    ordersAndUnits(db, w),
    splitRate(db, w),
    costPerOrder(db, w, costModel),
    onTimeRate(db, w),
    bopisReadyTime(db, w),
    fillRate(db, w),
    ordersByChannelDaily(db, w),
    kpiAlerts(db, now),
  ]);
  return { days, from: w.from.toISOString(), to: w.to.toISOString(), orders, split, cost, onTime, bopis, fill, daily, alerts, costModel };
}
