"use client";
// The charts of a finished run (recharts): cost per day under both rule sets, the histogram of the
// change per order, and the rates side by side. Each chart has its figures as a table below it, so
// nothing is said by the picture alone; the draft's series is dashed or hatched, not only coloured.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/client";
import type { SimulationSummary } from "@/lib/simulation/client";
import { money, signedMoney } from "./format";

const BASELINE = "#0072B2";
const DRAFT = "#B34700";
const TICK = { fill: "#334155", fontSize: 12 };

function ChartFigure({ id, title, caption, children, table }: { id: string; title: string; caption: string; children: React.ReactNode; table: React.ReactNode }) {
  const { t } = useI18n();
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h3>
      <div aria-hidden="true" className="h-64">
        {children}
      </div>
      <figcaption className="text-sm text-slate-700">{caption}</figcaption>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("simulation.charts.showTable")}</summary>
        <div className="mt-2 max-h-80 overflow-y-auto">{table}</div>
      </details>
    </figure>
  );
}

export function SimulationCharts({ summary, baselineLabel, draftLabel }: { summary: SimulationSummary; baselineLabel: string; draftLabel: string }) {
  const { t, locale } = useI18n();
  // A day "YYYY-MM-DD" said as a date (noon UTC stays on that day in every European zone).
  const dayLabel = (d: string) => formatDate(`${d}T12:00:00Z`, locale);
  const days = summary.byDay.map((d) => ({ ...d, label: dayLabel(d.date), baseline: d.baselineCostMinor / 100, draft: d.draftCostMinor / 100 }));
  const bins = summary.deltaHistogram.map((b) => ({ ...b, label: t("simulation.charts.rangeLabel", { from: signedMoney(b.fromMinor, locale), to: signedMoney(b.toMinor, locale) }) }));
  const rates = [
    { key: "split", label: t("simulation.figures.splitRate"), baseline: summary.baseline.splitRate * 100, draft: summary.draft.splitRate * 100 },
    { key: "store", label: t("simulation.figures.shipFromStoreShare"), baseline: summary.baseline.shipFromStoreShare * 100, draft: summary.draft.shipFromStoreShare * 100 },
  ];
  const euros = (v: number) => money(v * 100, locale);
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
      <ChartFigure
        id="sim-cost-per-day"
        title={t("simulation.charts.costPerDay")}
        caption={t("simulation.charts.costPerDayCaption")}
        table={
          <Table label={t("simulation.charts.costPerDay")}>
            <thead>
              <tr>
                <Th>{t("simulation.charts.day")}</Th>
                <Th className="text-right">{t("simulation.charts.orders")}</Th>
                <Th className="text-right">{baselineLabel}</Th>
                <Th className="text-right">{draftLabel}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {summary.byDay.map((d) => (
                <tr key={d.date}>
                  <Td>{dayLabel(d.date)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(d.orders, locale)}</Td>
                  <Td className="text-right tabular-nums">{money(d.baselineCostMinor, locale)}</Td>
                  <Td className="text-right tabular-nums">{money(d.draftCostMinor, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={days} margin={{ top: 8, right: 16, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
            <XAxis dataKey="label" tick={TICK} minTickGap={16} />
            <YAxis tick={TICK} tickFormatter={euros} width={80} />
            <Tooltip formatter={(v) => euros(Number(v))} />
            <Legend />
            <Line type="monotone" dataKey="baseline" name={baselineLabel} stroke={BASELINE} strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line type="monotone" dataKey="draft" name={draftLabel} stroke={DRAFT} strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartFigure>

      <ChartFigure
        id="sim-delta-histogram"
        title={t("simulation.charts.histogram")}
        caption={t("simulation.charts.histogramCaption")}
        table={
          <Table label={t("simulation.charts.histogram")}>
            <thead>
              <tr>
                <Th>{t("simulation.charts.range")}</Th>
                <Th className="text-right">{t("simulation.charts.orders")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {bins.map((b) => (
                <tr key={`${b.fromMinor}:${b.toMinor}`}>
                  <Td>{b.label}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(b.orders, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={bins} margin={{ top: 8, right: 16, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" vertical={false} />
            <XAxis dataKey="label" tick={TICK} interval="preserveStartEnd" minTickGap={8} />
            <YAxis tick={TICK} allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="orders" name={t("simulation.charts.orders")} fill={BASELINE} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>

      <ChartFigure
        id="sim-rates"
        title={t("simulation.charts.rates")}
        caption={t("simulation.charts.ratesCaption")}
        table={
          <Table label={t("simulation.charts.rates")}>
            <thead>
              <tr>
                <Th>{t("simulation.figures.figure")}</Th>
                <Th className="text-right">{baselineLabel}</Th>
                <Th className="text-right">{draftLabel}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rates.map((r) => (
                <tr key={r.key}>
                  <Td>{r.label}</Td>
                  <Td className="text-right tabular-nums">{formatPercent(r.baseline / 100, locale)}</Td>
                  <Td className="text-right tabular-nums">{formatPercent(r.draft / 100, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rates} margin={{ top: 8, right: 16, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <defs>
              <pattern id="sim-draft-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill={DRAFT} />
                <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
              </pattern>
            </defs>
            <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" vertical={false} />
            <XAxis dataKey="label" tick={TICK} />
            <YAxis tick={TICK} unit="%" domain={[0, 100]} />
            <Tooltip formatter={(v) => formatPercent(Number(v) / 100, locale)} />
            <Legend />
            <Bar dataKey="baseline" name={baselineLabel} fill={BASELINE} isAnimationActive={false} />
            <Bar dataKey="draft" name={draftLabel} fill="url(#sim-draft-hatch)" stroke={DRAFT} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
}
