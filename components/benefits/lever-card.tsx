// One lever of the benefits calculator: its figure, each part with its formula written out with the
// period's numbers, the data read from the database behind it, and a breakdown chart.
import { Card } from "@/components/ui/card";
import type { BenefitsFacts, Lever, LeverResult } from "@/lib/analytics/client";
import type { Translate } from "@/lib/i18n/client";
import { BreakdownChart } from "./breakdown-chart";
import { categoryValues, FACT_ROWS } from "./facts-rows";
import { formatters, formulaText } from "./formula-text";
import { LEVER_COLOURS } from "./colours";

export function LeverCard({
  lever,
  result,
  facts,
  categoryNames,
  t,
  locale,
}: {
  lever: Lever;
  result: LeverResult;
  facts: BenefitsFacts;
  /** Category names by code, for the value-by-category list. */
  categoryNames: Record<string, string>;
  t: Translate;
  locale: string;
}) {
  const f = formatters(locale);
  const title = t(`benefits.lever.${lever}`);
  const headingId = `lever-${lever}`;
  const byCategory = Object.entries(categoryValues(lever, facts)).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Card aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 pb-3">
        <h2 id={headingId} className="flex items-center gap-2 text-lg font-semibold text-slate-900">
          <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ backgroundColor: LEVER_COLOURS[lever] }} />
          {title}
        </h2>
        <p className="text-2xl font-semibold tabular-nums text-slate-900">{f.money(result.totalMinor)}</p>
      </div>

      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-4">
          <h3 className="text-sm font-semibold text-slate-800">{t("benefits.formulaTitle")}</h3>
          <ul className="space-y-3">
            {result.components.map((c) => (
              <li key={c.key} className="rounded-md bg-slate-50 p-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="text-sm font-medium text-slate-900">{t(`benefits.component.${c.key}`)}</span>
                  <span className={c.valueMinor < 0 ? "text-sm font-semibold tabular-nums text-red-800" : "text-sm font-semibold tabular-nums text-slate-900"}>{f.money(c.valueMinor)}</span>
                </div>
                <p className="mt-1 break-words text-sm text-slate-700">{formulaText(c, t, locale)}</p>
              </li>
            ))}
          </ul>
          <BreakdownChart
            title={t("benefits.chart.breakdownTitle", { lever: t(`benefits.leverShort.${lever}`) })}
            colour={LEVER_COLOURS[lever]}
            parts={result.components.map((c) => ({ label: t(`benefits.component.${c.key}`), valueMinor: c.valueMinor }))}
          />
        </div>

        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-800">{t("benefits.dataTitle")}</h3>
          <p className="text-xs text-slate-600">{t(`benefits.dataScope.${lever}`)}</p>
          <dl className="divide-y divide-slate-100 text-sm">
            {FACT_ROWS[lever].map((row) => {
              const v = row.get(facts);
              return (
                <div key={row.code} className="flex justify-between gap-4 py-1.5">
                  <dt className="text-slate-700">{t(row.label)}</dt>
                  <dd className="font-medium tabular-nums text-slate-900">{row.kind === "money" ? f.money(v) : f.count(v)}</dd>
                </div>
              );
            })}
          </dl>
          {byCategory.length ? (
            <>
              <h4 className="pt-2 text-sm font-medium text-slate-800">{t("benefits.data.byCategory")}</h4>
              <dl className="divide-y divide-slate-100 text-sm">
                {byCategory.map(([category, v]) => (
                  <div key={category} className="flex justify-between gap-4 py-1.5">
                    <dt className="text-slate-700">
                      {categoryNames[category] ? `${categoryNames[category]} (${category})` : category}
                    </dt>
                    <dd className="font-medium tabular-nums text-slate-900">{f.money(v)}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
        </div>
      </div>
    </Card>
  );
}
