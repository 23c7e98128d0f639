// The headline figures of a summary as rows (label, published, draft, change), said in the user's
// language: the figures table, the comparison of two runs and the charts' tables share them.
import { formatNumber, formatPercent, type Translate } from "@/lib/i18n/client";
import type { SideFigures, SimulationSummary } from "@/lib/simulation/client";
import { money, signedMoney, signedNumber, signedPoints } from "./format";

export interface FigureRow {
  key: string;
  label: string;
  baseline: string;
  draft: string;
  delta: string;
  /** -1: the draft does better, 1: worse, 0: the same or neither is better. */
  direction: -1 | 0 | 1;
}

const perOrder = (side: SideFigures, orders: number) => (orders > 0 ? side.costMinor / orders : 0);

export function figureRows(s: SimulationSummary, t: Translate, locale: string): FigureRow[] {
  const km = (v: number) => t("simulation.figures.km", { km: formatNumber(Math.round(v), locale) });
  const days = (v: number | null) => (v === null ? t("simulation.figures.none") : t("simulation.figures.days", { days: formatNumber(v, locale, { maximumFractionDigits: 1 }) }));
  const pct = (v: number) => formatPercent(v, locale);
  const n = (v: number) => formatNumber(v, locale);
  // Lower is better for every figure but the ship-from-store share, which is a choice, not a goal.
  const dir = (delta: number, lowerIsBetter = true): -1 | 0 | 1 => (delta === 0 || !lowerIsBetter ? 0 : (delta < 0) === lowerIsBetter ? -1 : 1);
  const b = s.baseline;
  const d = s.draft;
  const promiseDelta = b.avgPromiseDays !== null && d.avgPromiseDays !== null ? d.avgPromiseDays - b.avgPromiseDays : null;
  const costPerOrderDelta = perOrder(d, s.orders) - perOrder(b, s.orders);
  return [
    { key: "totalCost", label: t("simulation.figures.totalCost"), baseline: money(b.costMinor, locale), draft: money(d.costMinor, locale), delta: signedMoney(s.deltaCostMinor, locale) + (s.deltaCostPercent !== null ? ` (${signedPoints(s.deltaCostPercent / 100, locale)})` : ""), direction: dir(s.deltaCostMinor) },
    { key: "costPerOrder", label: t("simulation.figures.costPerOrder"), baseline: money(perOrder(b, s.orders), locale), draft: money(perOrder(d, s.orders), locale), delta: signedMoney(costPerOrderDelta, locale), direction: dir(Math.round(costPerOrderDelta)) },
    { key: "shipments", label: t("simulation.figures.shipments"), baseline: n(b.shipments), draft: n(d.shipments), delta: signedNumber(d.shipments - b.shipments, locale), direction: dir(d.shipments - b.shipments) },
    { key: "splitRate", label: t("simulation.figures.splitRate"), baseline: `${pct(b.splitRate)} (${n(b.splitOrders)})`, draft: `${pct(d.splitRate)} (${n(d.splitOrders)})`, delta: signedPoints(d.splitRate - b.splitRate, locale), direction: dir(d.splitOrders - b.splitOrders) },
    { key: "shipFromStoreShare", label: t("simulation.figures.shipFromStoreShare"), baseline: pct(b.shipFromStoreShare), draft: pct(d.shipFromStoreShare), delta: signedPoints(d.shipFromStoreShare - b.shipFromStoreShare, locale), direction: 0 },
    { key: "distance", label: t("simulation.figures.distance"), baseline: km(b.distanceKm), draft: km(d.distanceKm), delta: `${signedNumber(Math.round(d.distanceKm - b.distanceKm), locale)} km`, direction: dir(Math.round(d.distanceKm - b.distanceKm)) },
    { key: "unfilledUnits", label: t("simulation.figures.unfilledUnits"), baseline: n(b.unfilledUnits), draft: n(d.unfilledUnits), delta: signedNumber(d.unfilledUnits - b.unfilledUnits, locale), direction: dir(d.unfilledUnits - b.unfilledUnits) },
    { key: "promisedDays", label: t("simulation.figures.promisedDays"), baseline: days(b.avgPromiseDays), draft: days(d.avgPromiseDays), delta: promiseDelta === null ? t("simulation.figures.none") : signedNumber(promiseDelta, locale, { maximumFractionDigits: 1 }), direction: promiseDelta === null ? 0 : dir(Math.round(promiseDelta * 10)) },
  ];
}
