// Fulfilment KPIs for the supply-chain manager over a chosen period: the last 7, 30 or 90 days
// (?days=) or a custom range of calendar days (?from=&to=), with the daily orders-by-channel chart,
// cancellations by reason, and the live alert counts.
import { AlertsSummary } from "@/components/alerts/alerts-summary";
import { CancellationsChart } from "@/components/kpis/cancellations-chart";
import { ChannelChart } from "@/components/kpis/channel-chart";
import { PeriodPicker } from "@/components/kpis/period-picker";
import { readPeriodParams } from "@/components/kpis/period-params";
import { Card, Stat } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/states";
import { getKpiDashboard, REPORTING_TIME_ZONE } from "@/lib/analytics";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { formatDate, formatMoney, formatNumber, formatPercent, getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

const DEFINITIONS = ["orders", "split", "cost", "onTime", "bopis", "fill", "shipFromStore", "cancellations"] as const;

export default async function KpisPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("kpi.view", "/kpis");
  const { t, locale } = await getTranslator();
  const sp = await searchParams;
  const { input, typed, errors, customValid } = readPeriodParams(sp, locale);
  const d = await getKpiDashboard(await getDb(), actor, input);

  const n = (v: number) => formatNumber(v, locale);
  const pct = (v: number | null) => (v === null ? t("kpis.noData") : formatPercent(v, locale));
  const minutes = (v: number | null) => (v === null ? t("kpis.noData") : t("kpis.minutes", { value: formatNumber(Math.round(v), locale) }));
  // The window is [from, to): its last day is the one before `to`.
  const period = t("kpis.description", {
    from: formatDate(d.from, locale, REPORTING_TIME_ZONE),
    to: formatDate(new Date(Date.parse(d.to) - 1), locale, REPORTING_TIME_ZONE),
  });

  return (
    <>
      <PageHeader title={t("kpis.title")} description={period} />
      <div className="mb-6 space-y-3">
        <PeriodPicker current={d.period} values={typed} errors={errors} t={t} />
        {customValid ? null : <Alert tone="warning">{t("kpis.custom.invalid")}</Alert>}
      </div>

      <section aria-label={t("kpis.cardsLabel")} className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={t("kpis.orders")} value={n(d.orders.orders)} hint={t("kpis.ordersHint", { units: n(d.orders.units) })} />
        <Stat label={t("kpis.splitRate")} value={pct(d.split.rate)} hint={t("kpis.splitHint", { split: n(d.split.splitOrders), orders: n(d.split.orders) })} />
        <Stat
          label={t("kpis.costPerOrder")}
          value={d.cost.averageMinor === null ? t("kpis.noData") : formatMoney(d.cost.averageMinor, "EUR", locale)}
          hint={d.costModel.ruleSetVersion === null ? t("kpis.costHintDefault") : t("kpis.costHint", { version: d.costModel.ruleSetVersion })}
        />
        <Stat label={t("kpis.onTime")} value={pct(d.onTime.rate)} hint={t("kpis.onTimeHint", { onTime: n(d.onTime.onTime), measured: n(d.onTime.measured) })} />
        <Stat label={t("kpis.bopis")} value={minutes(d.bopis.medianMinutes)} hint={t("kpis.bopisHint", { p90: minutes(d.bopis.p90Minutes), count: n(d.bopis.count) })} />
        <Stat label={t("kpis.fillRate")} value={pct(d.fill.rate)} hint={t("kpis.fillHint", { fulfilled: n(d.fill.fulfilledUnits), ordered: n(d.fill.orderedUnits) })} />
        <Stat
          label={t("kpis.shipFromStore")}
          value={pct(d.shipFromStore.share)}
          hint={t("kpis.shipFromStoreHint", { store: n(d.shipFromStore.storeUnits), units: n(d.shipFromStore.units) })}
        />
        <Stat label={t("kpis.cancellations.stat")} value={n(d.cancellations.orders)} hint={t("kpis.cancellations.statHint", { units: n(d.cancellations.units) })} />
      </section>

      <div className="grid gap-6 xl:grid-cols-[2fr_1fr] xl:items-start">
        <div className="space-y-6">
          <Card>
            <ChannelChart data={d.daily} />
          </Card>
          <Card>
            <CancellationsChart data={d.cancellations} />
          </Card>
        </div>
        <AlertsSummary />
      </div>

      <details className="mt-6 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">{t("kpis.definitions.title")}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
          {DEFINITIONS.map((k) => (
            <li key={k}>{t(`kpis.definitions.${k}`)}</li>
          ))}
        </ul>
      </details>
    </>
  );
}
