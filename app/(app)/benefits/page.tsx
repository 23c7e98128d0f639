// The omnichannel benefits calculator: for a period (the last 7, 30 or 90 days, or a custom range of
// calendar days), the incremental gross margin from BOPIS, BORIS and ship-from-store on the
// retailer's own orders and returns, each figure with its formula, the data behind it and charts,
// computed with the user's saved assumptions (or the defaults), which the form below edits.
import { AssumptionsForm } from "@/components/benefits/assumptions-form";
import { formatters } from "@/components/benefits/formula-text";
import { LeverCard } from "@/components/benefits/lever-card";
import { PeriodPicker } from "@/components/kpis/period-picker";
import { readPeriodParams } from "@/components/kpis/period-params";
import { TrendChart, type TrendRow } from "@/components/benefits/trend-chart";
import { buttonClass } from "@/components/ui/button";
import { Card, Stat } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Alert, EmptyState } from "@/components/ui/states";
import { getBenefitsReport, LEVERS, REPORTING_TIME_ZONE } from "@/lib/analytics";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { formatDate, getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export default async function BenefitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("benefits.view", "/benefits");
  const { t, locale } = await getTranslator();
  const sp = await searchParams;
  const { input, typed, errors, customValid } = readPeriodParams(sp, locale);
  const r = await getBenefitsReport(await getDb(), actor, input);

  const f = formatters(locale);
  const period = t("benefits.description", {
    from: formatDate(r.from, locale, REPORTING_TIME_ZONE),
    to: formatDate(new Date(Date.parse(r.to) - 1), locale, REPORTING_TIME_ZONE),
  });
  const exportQuery = new URLSearchParams(r.period.kind === "custom" ? { from: r.period.from, to: r.period.to } : { days: String(r.period.days) });
  const unitLabel = t(r.unit === "week" ? "benefits.chart.week" : "benefits.chart.month");
  const bucketLabel = (bucket: string) =>
    r.unit === "week"
      ? t("benefits.chart.weekOf", { day: new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${bucket}T12:00:00Z`)) })
      : new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${bucket}-15T12:00:00Z`));
  const trend: TrendRow[] = r.buckets.map((b) => ({
    bucket: b.bucket,
    label: bucketLabel(b.bucket),
    bopis: b.result.bopis.totalMinor,
    boris: b.result.boris.totalMinor,
    shipFromStore: b.result.shipFromStore.totalMinor,
  }));
  const categoryNames = Object.fromEntries(r.categories.map((c) => [c.code, c.name]));
  const costs = {
    version: r.costModel.ruleSetVersion ?? "",
    perShipment: f.money(Math.round(r.costModel.perShipment * 100)),
    dc: f.money(Math.round(r.costModel.handlingPerUnit.DC * 100)),
    store: f.money(Math.round(r.costModel.handlingPerUnit.STORE * 100)),
  };

  return (
    <>
      <PageHeader
        title={t("benefits.title")}
        description={period}
        actions={
          <a href={`/api/benefits/export?${exportQuery}`} download className={buttonClass("secondary")}>
            {t("benefits.export")}
          </a>
        }
      />
      <div className="mb-6 space-y-3">
        <PeriodPicker path="/benefits" current={r.period} values={typed} errors={errors} t={t} />
        {customValid ? null : <Alert tone="warning">{t("benefits.custom.invalid")}</Alert>}
      </div>

      {r.empty ? (
        <div className="mb-6">
          <EmptyState title={t("benefits.empty")}>{t("benefits.emptyHint")}</EmptyState>
        </div>
      ) : (
        <>
          <section aria-label={t("benefits.headlineLabel")} className="mb-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Stat label={t("benefits.total")} value={f.money(r.result.totalMinor)} hint={t("benefits.totalHint")} />
            {LEVERS.map((l) => (
              <Stat key={l} label={t(`benefits.lever.${l}`)} value={f.money(r.result[l].totalMinor)} />
            ))}
          </section>
          <ul className="mb-6 space-y-0.5 text-xs text-slate-600">
            <li>{r.assumptionsSaved ? t("benefits.assumptionsSaved") : t("benefits.assumptionsDefault")}</li>
            <li>{r.costModel.ruleSetVersion === null ? t("benefits.costModelDefault", costs) : t("benefits.costModel", costs)}</li>
            <li>{t("benefits.vatNote", { rate: f.percent(r.vatRate * 100), factor: f.count(1 + r.vatRate) })}</li>
          </ul>

          <Card className="mb-6">
            <TrendChart rows={trend} unitLabel={unitLabel} />
          </Card>

          <div className="mb-6 space-y-6">
            {LEVERS.map((l) => (
              <LeverCard key={l} lever={l} result={r.result[l]} facts={r.facts} categoryNames={categoryNames} t={t} locale={locale} />
            ))}
          </div>
        </>
      )}

      <Card>
        <AssumptionsForm initial={r.assumptions} categories={r.categories} />
      </Card>
    </>
  );
}
