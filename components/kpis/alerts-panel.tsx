// The events that need someone to act now: stock-outs with demand waiting, late orders, and stores
// asked to release more than their capacity today.
import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import type { KpiAlerts } from "@/lib/analytics/client";
import { formatDate, formatNumber, type Locale, type Translate } from "@/lib/i18n/client";

function Group({ id, title, count, more, children, t }: { id: string; title: string; count: number; more: number; children: React.ReactNode; t: Translate }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="flex items-center gap-2 text-sm font-semibold text-slate-900">
        {title}
        <span className={count > 0 ? "rounded-full bg-red-100 px-2 text-red-900" : "rounded-full bg-slate-100 px-2 text-slate-700"}>{count}</span>
      </h3>
      {count === 0 ? <p className="text-sm text-slate-700">{t("kpis.alerts.none")}</p> : <ul className="space-y-1 text-sm text-slate-800">{children}</ul>}
      {more > 0 ? <p className="text-sm text-slate-700">{t("kpis.alerts.more", { count: more })}</p> : null}
    </section>
  );
}

export function AlertsPanel({ alerts, t, locale }: { alerts: KpiAlerts; t: Translate; locale: Locale }) {
  const n = (v: number) => formatNumber(v, locale);
  return (
    <Card>
      <CardTitle>{t("kpis.alerts.title")}</CardTitle>
      <div className="space-y-5">
        <Group id="alerts-stockouts" title={t("kpis.alerts.stockOuts")} count={alerts.stockOuts.total} more={alerts.stockOuts.total - alerts.stockOuts.items.length} t={t}>
          {alerts.stockOuts.items.map((a) => (
            <li key={a.skuCode}>
              <Link href={`/inventory/${encodeURIComponent(a.skuCode)}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {a.skuCode}
              </Link>{" "}
              {t("kpis.alerts.stockOutItem", { demand: n(a.demand), atp: n(a.networkAtp), nodes: n(a.outOfStockNodes) })}
            </li>
          ))}
        </Group>
        <Group id="alerts-late" title={t("kpis.alerts.lateOrders")} count={alerts.lateOrders.total} more={alerts.lateOrders.total - alerts.lateOrders.items.length} t={t}>
          {alerts.lateOrders.items.map((o) => (
            <li key={o.number}>
              {t("kpis.alerts.lateItem", {
                number: o.number,
                date: formatDate(o.promisedDate, locale),
                status: t(`kpis.orderStatus.${o.status}`),
              })}
            </li>
          ))}
        </Group>
        <Group id="alerts-capacity" title={t("kpis.alerts.overCapacity")} count={alerts.overCapacity.length} more={0} t={t}>
          {alerts.overCapacity.map((s) => (
            <li key={s.nodeCode}>
              {t("kpis.alerts.overCapacityItem", { node: `${s.nodeCode} (${s.nodeName})`, units: n(s.releasedUnits), capacity: n(s.dailyCapacity) })}
            </li>
          ))}
        </Group>
      </div>
    </Card>
  );
}

