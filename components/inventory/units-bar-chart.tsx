"use client";
// A labelled bar chart of units (recharts) with its text alternative: a caption, and the same
// figures as a table behind a disclosure, so the chart is never the only way to read the data.
// Data with groups (e.g. node types) are drawn as one panel per group, each with its own scale, so
// a store's few units do not vanish beside a distribution centre's thousands.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Table, Td, Th } from "@/components/ui/table";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatNumber } from "@/lib/i18n/client";

export interface BarDatum {
  label: string;
  value: number;
  /** Optional second figure: a column of the table, and a second bar when `extraAsBar`. */
  extra?: number;
  /** Panel the bar belongs to (its own scale); data without groups make one chart. */
  group?: string;
}

const VALUE_COLOUR = "#1d4ed8";
const EXTRA_COLOUR = "#0f766e";

export function UnitsBarChart({
  id,
  title,
  caption,
  data,
  labelHeader,
  valueHeader,
  extraHeader,
  extraAsBar = false,
  groupLabels,
  groupHeader,
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
  /** Draw `extra` as a second bar beside `value`. */
  extraAsBar?: boolean;
  /** Each group's title (above its panel); groups are drawn in this object's key order. */
  groupLabels?: Record<string, string>;
  /** The table's column for the group. */
  groupHeader?: string;
  showTableLabel: string;
  height?: number;
}) {
  const { locale } = useI18n();
  const grouped = data.some((d) => d.group !== undefined);
  const groups = grouped
    ? [...new Set([...Object.keys(groupLabels ?? {}), ...data.map((d) => d.group ?? "")])].filter((g) => data.some((d) => d.group === g))
    : [""];
  const legend = extraAsBar && extraHeader ? (
    <p className="flex flex-wrap gap-4 text-xs text-slate-700" aria-hidden="true">
      <span className="inline-flex items-center gap-1">
        <span className="inline-block h-3 w-3 rounded-sm" style={{ background: VALUE_COLOUR }} /> {valueHeader}
      </span>
      <span className="inline-flex items-center gap-1">
        <span className="inline-block h-3 w-3 rounded-sm" style={{ background: EXTRA_COLOUR }} /> {extraHeader}
      </span>
    </p>
  ) : null;

  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-2">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      {legend}
      <div className={grouped && groups.length > 1 ? "grid gap-4 lg:grid-cols-2" : undefined}>
        {groups.map((group) => {
          const rows = grouped ? data.filter((d) => d.group === group) : data;
          return (
            <div key={group || "all"}>
              {grouped ? (
                <p className="mb-1 text-sm font-medium text-slate-800" aria-hidden="true">
                  {groupLabels?.[group] ?? group}
                </p>
              ) : null}
              {/* The SVG is decorative for assistive tech: the caption and the table carry the figures. */}
              <div aria-hidden="true" style={{ height }}>
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
                    <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" vertical={false} />
                    <XAxis dataKey="label" tick={{ fill: "#334155", fontSize: 12 }} interval="preserveStartEnd" />
                    <YAxis tick={{ fill: "#334155", fontSize: 12 }} tickFormatter={(v: number) => formatNumber(v, locale)} width={56} />
                    <Tooltip formatter={(v, name) => [formatNumber(Number(v), locale), String(name)]} />
                    <Bar dataKey="value" name={valueHeader} fill={VALUE_COLOUR} radius={[3, 3, 0, 0]} isAnimationActive={false} />
                    {extraAsBar ? <Bar dataKey="extra" name={extraHeader} fill={EXTRA_COLOUR} radius={[3, 3, 0, 0]} isAnimationActive={false} /> : null}
                  </BarChart>
                </ResponsiveContainer>
              </div>
            </div>
          );
        })}
      </div>
      <figcaption className="text-sm text-slate-700">{caption}</figcaption>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{showTableLabel}</summary>
        <Table label={title} className="mt-2">
          <thead>
            <tr>
              {grouped && groupHeader ? <Th>{groupHeader}</Th> : null}
              <Th>{labelHeader}</Th>
              <Th className="text-right">{valueHeader}</Th>
              {extraHeader ? <Th className="text-right">{extraHeader}</Th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.map((d) => (
              <tr key={`${d.group ?? ""}|${d.label}`}>
                {grouped && groupHeader ? <Td>{groupLabels?.[d.group ?? ""] ?? d.group}</Td> : null}
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
