"use client";
// A labelled bar chart of units (recharts) with its text alternative: a caption, and the same
// figures as a table behind a disclosure, so the chart is never the only way to read the data.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Table, Td, Th } from "@/components/ui/table";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatNumber } from "@/lib/i18n/client";

export interface BarDatum {
  label: string;
  value: number;
  /** Optional second figure for the table (e.g. shipments). */
  extra?: number;
}

export function UnitsBarChart({
  id,
  title,
  caption,
  data,
  labelHeader,
  valueHeader,
  extraHeader,
  showTableLabel,
  height = 240,
}: {
  id: string;
  title: string;
  caption: string;
  data: BarDatum[];
  labelHeader: string;
  valueHeader: string;
  extraHeader?: string;
  showTableLabel: string;
  height?: number;
}) {
  const { locale } = useI18n();
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-2">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      {/* The SVG is decorative for assistive tech: the caption and the table carry the figures. */}
      <div aria-hidden="true" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" vertical={false} />
            <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} interval="preserveStartEnd" />
            <YAxis tick={{ fill: "#334155", fontSize: 12 }} tickFormatter={(v: number) => formatNumber(v, locale)} width={56} />
            <Tooltip formatter={(v) => [formatNumber(Number(v), locale), valueHeader]} />
            <Bar dataKey="value" name={valueHeader} fill="#1d4ed8" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-slate-700">{caption}</figcaption>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{showTableLabel}</summary>
        <Table label={title} className="mt-2">
          <thead>
            <tr>
              <Th>{labelHeader}</Th>
              <Th className="text-right">{valueHeader}</Th>
              {extraHeader ? <Th className="text-right">{extraHeader}</Th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.map((d) => (
              <tr key={d.label}>
                <Td>{d.label}</Td>
                <Td className="text-right tabular-nums">{formatNumber(d.value, locale)}</Td>
                {extraHeader ? <Td className="text-right tabular-nums">{formatNumber(d.extra ?? 0, locale)}</Td> : null}
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </figure>
  );
}
