// Everything the KPI page shows for one period, read in one go: the KPIs of lib/analytics/kpis.ts,
// the daily orders-by-channel series, and the cost model the costs were priced with. The period is
// a preset (the last 7, 30 or 90 days up to now) or a custom range of calendar days.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth";
import { getFulfillmentCostModel, type FulfillmentCostModel } from "../cost-model";
import {
  bopisReadyTime,
  cancellationsByReason,
  costPerOrder,
  fillRate,
  kpiCustomPeriodSchema,
  kpiDayWindow,
  kpiPeriodSchema,
  kpiWindow,
  onTimeRate,
  ordersAndUnits,
  ordersByChannelDaily,
  shipFromStoreShare,
  splitRate,
  type Cancellations,
  type DailyChannelRow,
  type KpiPeriodChoice,
} from "../kpis";

/** ?days= chooses a preset; ?from=&to= (both) a custom period, which wins. */
export const kpiDashboardInputSchema = z.intersection(z.object({ days: kpiPeriodSchema.default(30) }), kpiCustomPeriodSchema);
export type KpiDashboardInput = z.input<typeof kpiDashboardInputSchema>;

export interface KpiDashboard {
  period: KpiPeriodChoice;
  /** The window measured, [from, to) as ISO instants. */
  from: string;
  to: string;
  orders: Awaited<ReturnType<typeof ordersAndUnits>>;
  split: Awaited<ReturnType<typeof splitRate>>;
  cost: Awaited<ReturnType<typeof costPerOrder>>;
  onTime: Awaited<ReturnType<typeof onTimeRate>>;
  bopis: Awaited<ReturnType<typeof bopisReadyTime>>;
  fill: Awaited<ReturnType<typeof fillRate>>;
  shipFromStore: Awaited<ReturnType<typeof shipFromStoreShare>>;
  cancellations: Cancellations;
  daily: DailyChannelRow[];
  costModel: FulfillmentCostModel;
}

export async function getKpiDashboard(db: Db | Tx, actor: Actor, input: KpiDashboardInput = {}, options: { now?: Date } = {}): Promise<KpiDashboard> {
  authorize(actor, "kpi.view");
  const { days, from, to } = kpiDashboardInputSchema.parse(input);
  const now = options.now ?? new Date();
  const period: KpiPeriodChoice = from && to ? { kind: "custom", from, to } : { kind: "preset", days };
  const w = period.kind === "custom" ? kpiDayWindow(period.from, period.to) : kpiWindow(period.days, now);
  const costModel = await getFulfillmentCostModel(db);
  const [orders, split, cost, onTime, bopis, fill, shipFromStore, cancellations, daily] = await Promise.all([
    ordersAndUnits(db, w),
    splitRate(db, w),
    costPerOrder(db, w, costModel),
    onTimeRate(db, w),
    bopisReadyTime(db, w),
    fillRate(db, w),
    shipFromStoreShare(db, w),
    cancellationsByReason(db, w),
    ordersByChannelDaily(db, w),
  ]);
  return { period, from: w.from.toISOString(), to: w.to.toISOString(), orders, split, cost, onTime, bopis, fill, shipFromStore, cancellations, daily, costModel };
}
