"use client";
// Cancellations of the period by reason (recharts, horizontal bars of orders), with the same
// figures as a table: orders and units per reason, the rest of the reasons summed.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Table, Td, Th } from "@/components/ui/table";
import type { Cancellations } from "@/lib/analytics/client";
import { formatNumber } from "@/lib/i18n/client";

export function CancellationsChart({ data }: { data: Cancellations }) {
  const { t, locale } = useI18n();
  const n = (v: number) => formatNumber(v, locale);
  const rows = [
    ...data.reasons.map((r) => ({ label: r.reason ?? t("kpis.cancellations.noReason"), orders: r.orders, units: r.units })),
    ...(data.other ? [{ label: t("kpis.cancellations.other", { count: n(data.other.reasons) }), orders: data.other.orders, units: data.other.units }] : []),
  ];
  return (
    <figure aria-labelledby="cancellations-title" className="space-y-2">
      <h2 id="cancellations-title" className="text-base font-semibold text-slate-900">
        {t("kpis.cancellations.title")}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">{t("kpis.cancellations.none")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-800">{t("kpis.cancellations.summary", { orders: n(data.orders), units: n(data.units) })}</p>
          <div aria-hidden="true" style={{ height: Math.max(120, rows.length * 36 + 40) }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" horizontal={false} />
                <XAxis type="number" allowDecimals={false} domain={[0, "dataMax"]} tick={{ fill: "#334155", fontSize: 12 }} />
                <YAxis type="category" dataKey="label" width={170} tick={{ fill: "#334155", fontSize: 12 }} />
                <Tooltip />
                <Bar dataKey="orders" name={t("kpis.cancellations.orders")} fill="#0072B2" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <figcaption className="text-sm text-slate-700">{t("kpis.cancellations.caption")}</figcaption>
          <details>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("kpis.cancellations.showTable")}</summary>
            <Table label={t("kpis.cancellations.title")} className="mt-2">
              <caption className="sr-only">{t("kpis.cancellations.caption")}</caption>
              <thead>
                <tr>
                  <Th>{t("kpis.cancellations.reason")}</Th>
                  <Th className="text-right">{t("kpis.cancellations.orders")}</Th>
                  <Th className="text-right">{t("kpis.cancellations.units")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((r) => (
                  <tr key={r.label}>
                    <Td>{r.label}</Td>
                    <Td className="text-right tabular-nums">{n(r.orders)}</Td>
                    <Td className="text-right tabular-nums">{n(r.units)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </details>
        </>
      )}
    </figure>
  );
}
