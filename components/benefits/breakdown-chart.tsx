"use client";
// One lever's figure split into its parts (recharts horizontal bars); negative parts go left of zero.
// The lever card lists the same parts with their formulas, so the chart is hidden from screen readers.
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatMoney } from "@/lib/i18n/client";

export function BreakdownChart({ parts, colour, title }: { parts: Array<{ label: string; valueMinor: number }>; colour: string; title: string }) {
  const { t, locale } = useI18n();
  const data = parts.map((p) => ({ ...p, eur: p.valueMinor / 100 }));
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-medium text-slate-800">{title}</figcaption>
      <div aria-hidden="true" style={{ height: 40 + parts.length * 36 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" horizontal={false} />
            <XAxis type="number" tick={{ fill: "#334155", fontSize: 11 }} tickFormatter={(v: number) => formatMoney(Math.round(v * 100), "EUR", locale).replace(/[.,]00(?=\D*$)/, "")} />
            <YAxis type="category" dataKey="label" width={170} tick={{ fill: "#334155", fontSize: 11 }} />
            <Tooltip formatter={(v) => formatMoney(Math.round(Number(v) * 100), "EUR", locale)} />
            <ReferenceLine x={0} stroke="#475569" />
            <Bar dataKey="eur" name={t("benefits.total")} isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.label} fill={d.eur < 0 ? "#64748b" : colour} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="text-xs text-slate-600">{t("benefits.chart.breakdownCaption")}</p>
    </figure>
  );
}
