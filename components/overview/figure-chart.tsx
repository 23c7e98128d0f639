"use client";
// A titled chart (recharts) with its text alternatives: a caption, an optional one-line summary of
// what it shows, and the same figures as a table (behind a disclosure, or open for short tables).
// The SVG is hidden from assistive tech; the caption, summary and table carry the figures.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/client";
import { formatCompact } from "./format";

const LABELLED_BARS = 6;

export type ChartRow = { label: string } & Record<string, string | number>;

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  /** Plotted against the right-hand axis (a figure of another scale, e.g. money beside units). */
  right?: boolean;
  format?: (v: number) => string;
  /** Axis ticks for this series' axis (default: compact numbers). */
  axisFormat?: (v: number) => string;
}

export interface TableColumn {
  key: string;
  label: string;
  format?: (v: number) => string;
}

export function FigureChart({
  id,
  title,
  caption,
  summary,
  kind,
  data,
  series,
  labelHeader,
  columns,
  rowLabel,
  barColors,
  height = 260,
  tableOpen = false,
  showTableLabel,
}: {
  id: string;
  title: string;
  caption: string;
  summary?: string;
  /** "bar": vertical bars; "hbar": horizontal bars with the labels on the left; "line": one line per series. */
  kind: "bar" | "hbar" | "line";
  data: ChartRow[];
  series: ChartSeries[];
  labelHeader: string;
  /** The table's figure columns (default: the series). */
  columns?: TableColumn[];
  /** The table's first cell (e.g. a link); default: the row's label. */
  rowLabel?: (row: ChartRow) => React.ReactNode;
  /** One colour per bar of a single-series bar chart (e.g. late supply in another colour). */
  barColors?: string[];
  height?: number;
  /** Show the table without a disclosure (short tables that are part of the reading). */
  tableOpen?: boolean;
  showTableLabel: string;
}) {
  const { locale } = useI18n();
  const n = (v: number) => formatNumber(v, locale);
  const tick = { fill: "#334155", fontSize: 12 };
  const right = series.find((s) => s.right);
  const left = series.find((s) => !s.right);
  const compact = (v: number) => formatCompact(v, locale);
  const fmt = (s: ChartSeries | TableColumn) => s.format ?? n;
  const tooltip = <Tooltip formatter={(v, name) => [fmt(series.find((s) => s.label === name) ?? series[0])(Number(v)), name]} />;
  const axes = (
    <>
      <YAxis yAxisId="left" tick={tick} tickFormatter={left?.axisFormat ?? compact} width={52} allowDecimals={false} />
      {right ? <YAxis yAxisId="right" orientation="right" tick={tick} tickFormatter={right.axisFormat ?? compact} width={64} /> : null}
    </>
  );

  const table = (
    <Table label={title} className={tableOpen ? "" : "mt-2 max-h-96 overflow-y-auto"}>
      <thead>
        <tr>
          <Th>{labelHeader}</Th>
          {(columns ?? series).map((c) => (
            <Th key={c.key} className="text-right">
              {c.label}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {data.map((row) => (
          <tr key={row.label}>
            <Td>{rowLabel ? rowLabel(row) : row.label}</Td>
            {(columns ?? series).map((c) => (
              <Td key={c.key} className="text-right tabular-nums">
                {fmt(c)(Number(row[c.key] ?? 0))}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );

  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-2">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <div aria-hidden="true" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          {kind === "line" ? (
            <LineChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" vertical={false} />
              <XAxis dataKey="label" tick={tick} interval="preserveStartEnd" minTickGap={24} />
              {axes}
              {tooltip}
              <Legend wrapperStyle={{ fontSize: 12 }} />
              {series.map((s) => (
                <Line key={s.key} yAxisId={s.right ? "right" : "left"} type="stepAfter" dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2} dot={false} isAnimationActive={false} />
              ))}
            </LineChart>
          ) : kind === "hbar" ? (
            <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" horizontal={false} />
              <XAxis type="number" tick={tick} tickFormatter={(v: number) => formatCompact(v, locale)} allowDecimals={false} />
              <YAxis type="category" dataKey="label" tick={tick} width={120} interval={0} />
              {tooltip}
              {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
              {series.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} radius={[0, 3, 3, 0]} minPointSize={3} isAnimationActive={false} />
              ))}
            </BarChart>
          ) : (
            <BarChart data={data} margin={{ top: 20, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" vertical={false} />
              <XAxis dataKey="label" tick={tick} interval={0} />
              {axes}
              {tooltip}
              {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
              {series.map((s) => (
                <Bar key={s.key} yAxisId={s.right ? "right" : "left"} dataKey={s.key} name={s.label} fill={s.color} radius={[3, 3, 0, 0]} minPointSize={3} isAnimationActive={false}>
                  {barColors ? data.map((row, i) => <Cell key={row.label} fill={barColors[i] ?? s.color} />) : null}
                  {/* With few bars, each carries its figure so a small one is never lost beside a tall one. */}
                  {data.length <= LABELLED_BARS ? <LabelList dataKey={s.key} position="top" fill="#1e293b" fontSize={11} formatter={(v: unknown) => (s.axisFormat ?? compact)(Number(v))} /> : null}
                </Bar>
              ))}
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-slate-700">
        {caption}
        {summary ? <span className="mt-1 block font-medium text-slate-900">{summary}</span> : null}
      </figcaption>
      {tableOpen ? (
        table
      ) : (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{showTableLabel}</summary>
          {table}
        </details>
      )}
    </figure>
  );
}
