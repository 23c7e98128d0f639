"use client";
// Daily orders stacked by channel (recharts), with a caption and the same figures as a table.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Table, Td, Th } from "@/components/ui/table";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatNumber } from "@/lib/i18n/client";
import type { Channel } from "@/generated/prisma/enums";

// Colour-blind-safe palette (Okabe-Ito), dark enough against white.
const COLOURS: Record<Channel, string> = {
  WEB: "#0072B2",
  MOBILE: "#D55E00",
  CALL_CENTER: "#009E73",
  STORE: "#CC79A7",
  MARKETPLACE: "#6B5B00",
};
const CHANNELS = Object.keys(COLOURS) as Channel[];

export type ChannelDay = { day: string } & Record<Channel, number>;

export function ChannelChart({ data }: { data: ChannelDay[] }) {
  const { t, locale } = useI18n();
  const label = (day: string) =>
    new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${day}T12:00:00Z`));
  const rows = data.map((d) => ({ ...d, label: label(d.day) }));
  return (
    <figure aria-labelledby="channel-chart-title" className="space-y-2">
      <h2 id="channel-chart-title" className="text-base font-semibold text-slate-900">
        {t("kpis.chart.title")}
      </h2>
      <div aria-hidden="true" className="h-72">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" vertical={false} />
            <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} interval="preserveStartEnd" minTickGap={16} />
            <YAxis tick={{ fill: "#334155", fontSize: 12 }} allowDecimals={false} width={48} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {CHANNELS.map((c) => (
              <Bar key={c} dataKey={c} name={t(`kpis.channel.${c}`)} stackId="orders" fill={COLOURS[c]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-slate-700">{t("kpis.chart.caption")}</figcaption>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("kpis.chart.showTable")}</summary>
        <Table label={t("kpis.chart.title")} className="mt-2 max-h-96 overflow-y-auto">
          <thead>
            <tr>
              <Th>{t("kpis.chart.day")}</Th>
              {CHANNELS.map((c) => (
                <Th key={c} className="text-right">
                  {t(`kpis.channel.${c}`)}
                </Th>
              ))}
              <Th className="text-right">{t("kpis.chart.total")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((d) => (
              <tr key={d.day}>
                <Td>{d.label}</Td>
                {CHANNELS.map((c) => (
                  <Td key={c} className="text-right tabular-nums">
                    {formatNumber(d[c], locale)}
                  </Td>
                ))}
                <Td className="text-right font-medium tabular-nums">{formatNumber(CHANNELS.reduce((s, c) => s + d[c], 0), locale)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </figure>
  );
}
