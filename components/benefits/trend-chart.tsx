"use client";
// Incremental margin per week or month, stacked by lever (recharts), with a caption and the same
// figures as a table for keyboard and screen-reader users.
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Table, Td, Th } from "@/components/ui/table";
import { LEVERS } from "@/lib/analytics/client";
import { LEVER_COLOURS } from "./colours";
import { formatMoney } from "@/lib/i18n/client";


export interface TrendRow {
  bucket: string;
  label: string;
  /** Minor units per lever. */
  bopis: number;
  boris: number;
  shipFromStore: number;
}

export function TrendChart({ rows, unitLabel }: { rows: TrendRow[]; unitLabel: string }) {
  const { t, locale } = useI18n();
  const money = (minor: number) => formatMoney(minor, "EUR", locale);
  const data = rows.map((r) => ({ ...r, bopisEur: r.bopis / 100, borisEur: r.boris / 100, shipFromStoreEur: r.shipFromStore / 100 }));
  const title = t("benefits.chart.title", { unit: unitLabel });
  return (
    <figure aria-labelledby="benefits-trend-title" className="space-y-2">
      <h2 id="benefits-trend-title" className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <div aria-hidden="true" className="h-72">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} stackOffset="sign" margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" vertical={false} />
            <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} interval="preserveStartEnd" minTickGap={12} />
            <YAxis tick={{ fill: "#334155", fontSize: 12 }} width={72} tickFormatter={(v: number) => formatMoney(Math.round(v * 100), "EUR", locale).replace(/[.,]00(?=\D*$)/, "")} />
            <Tooltip formatter={(v) => money(Math.round(Number(v) * 100))} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <ReferenceLine y={0} stroke="#475569" />
            {LEVERS.map((l) => (
              <Bar key={l} dataKey={`${l}Eur`} name={t(`benefits.leverShort.${l}`)} stackId="margin" fill={LEVER_COLOURS[l]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-slate-700">{t("benefits.chart.caption", { unit: unitLabel })}</figcaption>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("benefits.chart.showTable")}</summary>
        <Table label={title} className="mt-2 max-h-96 overflow-y-auto">
          <thead>
            <tr>
              <Th>{t("benefits.chart.bucket")}</Th>
              {LEVERS.map((l) => (
                <Th key={l} className="text-right">
                  {t(`benefits.leverShort.${l}`)}
                </Th>
              ))}
              <Th className="text-right">{t("benefits.chart.total")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.bucket}>
                <Td>{r.label}</Td>
                {LEVERS.map((l) => (
                  <Td key={l} className="text-right tabular-nums">
                    {money(r[l])}
                  </Td>
                ))}
                <Td className="text-right font-medium tabular-nums">{money(r.bopis + r.boris + r.shipFromStore)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </figure>
  );
}
