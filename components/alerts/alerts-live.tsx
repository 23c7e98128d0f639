"use client";
// The alerts page's live part: a count per kind (each a link to its group), then one group per kind
// with its threshold and a table whose rows link to where to act. Polls every 4 seconds; if a
// refresh fails the last alerts stay on screen with a notice.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { cn } from "@/components/ui/cn";
import { Alert } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import { ALERT_KINDS, type AlertKind, type Alerts } from "@/lib/analytics/client";
import { formatDateTime, formatNumber, type Key, type Translate } from "@/lib/i18n/client";
import { formatLiveClock } from "./format";
import { useAlerts } from "./queries";

const LINK = "font-medium text-brand-700 underline-offset-2 hover:underline";

/** A time in the user's (the browser's) time zone; the server's render may differ by zone. */
function Time({ iso, locale }: { iso: string; locale: string }) {
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {formatDateTime(iso, locale)}
    </time>
  );
}

function duration(hours: number, t: Translate): string {
  return hours < 48 ? t("alerts.hours", { hours }) : t("alerts.days", { days: Math.floor(hours / 24), hours: hours % 24 });
}

function Group({ kind, count, shown, hint, children }: { kind: AlertKind; count: number; shown: number; hint: string; children: React.ReactNode }) {
  const { t, locale } = useI18n();
  const id = `${kind}-title`;
  return (
    <section id={kind} aria-labelledby={id} className="scroll-mt-4 space-y-2">
      <h2 id={id} className="flex items-center gap-2 text-lg font-semibold text-slate-900">
        {t(`alerts.kinds.${kind}.title` as Key)}
        <span className={cn("rounded-full px-2 text-sm", count > 0 ? "bg-red-100 text-red-900" : "bg-slate-100 text-slate-700")}>{formatNumber(count, locale)}</span>
      </h2>
      <p className="text-sm text-slate-700">{hint}</p>
      {count === 0 ? <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">{t("alerts.none")}</p> : children}
      {count > shown ? <p className="text-sm text-slate-700">{t("alerts.more", { shown: formatNumber(shown, locale), total: formatNumber(count, locale) })}</p> : null}
    </section>
  );
}

export function AlertCounts({ data }: { data: Alerts }) {
  const { t, locale } = useI18n();
  return (
    <nav aria-label={t("alerts.countsLabel")}>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-6">
        {ALERT_KINDS.map((kind) => {
          const count = data[kind].total;
          return (
            <li key={kind}>
              <a
                href={`#${kind}`}
                className={cn(
                  "flex h-full flex-col rounded-md border p-3 text-sm",
                  count > 0 ? "border-red-200 bg-red-50 text-red-900 hover:bg-red-100" : "border-slate-200 bg-white text-slate-800 hover:bg-slate-50",
                )}
              >
                <span className="text-2xl font-semibold tabular-nums">{formatNumber(count, locale)}</span>
                <span>{t(`alerts.kinds.${kind}.title` as Key)}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function AlertsLive({ initialData }: { initialData: Alerts }) {
  const { t, locale } = useI18n();
  const { data = initialData, isError } = useAlerts(initialData);
  const n = (v: number) => formatNumber(v, locale);
  const th = data.thresholds;
  const sku = (code: string) => `/inventory/${encodeURIComponent(code)}`;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-800" suppressHydrationWarning>
          {t("alerts.live", { time: formatLiveClock(data.generatedAt, locale) })}
        </p>
        <p className="text-sm text-slate-700">
          {t("alerts.rules")}{" "}
          <Link href="/admin/rules" className={LINK}>
            {t("alerts.rulesLink")}
          </Link>
        </p>
      </div>
      {isError ? <Alert tone="warning">{t("alerts.stale")}</Alert> : null}
      <AlertCounts data={data} />

      <Group
        kind="projectedStockouts"
        count={data.projectedStockouts.total}
        shown={data.projectedStockouts.items.length}
        hint={t("alerts.kinds.projectedStockouts.hint", { days: th.stockoutHorizonDays, window: th.demandWindowDays })}
      >
        <Table label={t("alerts.kinds.projectedStockouts.title")}>
          <caption className="sr-only">{t("alerts.kinds.projectedStockouts.caption")}</caption>
          <thead>
            <tr>
              <Th>{t("alerts.columns.node")}</Th>
              <Th>{t("alerts.columns.sku")}</Th>
              <Th className="text-right">{t("alerts.columns.atp")}</Th>
              <Th className="text-right">{t("alerts.columns.dailyDemand")}</Th>
              <Th className="text-right">{t("alerts.columns.inbound")}</Th>
              <Th>{t("alerts.columns.runsOut")}</Th>
              <Th>{t("alerts.columns.action")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.projectedStockouts.items.map((a) => (
              <tr key={`${a.nodeCode}|${a.skuCode}`}>
                <Td>
                  <span className="font-medium">{a.nodeCode}</span> <span className="text-slate-700">{a.nodeName}</span>
                </Td>
                <Td>
                  <Link href={sku(a.skuCode)} className={LINK}>
                    {a.skuCode}
                  </Link>{" "}
                  <span className="text-slate-700">{a.skuName}</span>
                </Td>
                <Td className="text-right tabular-nums">{n(a.atp)}</Td>
                <Td className="text-right tabular-nums">{formatNumber(a.dailyDemand, locale, { maximumFractionDigits: 1 })}</Td>
                <Td className="text-right tabular-nums">{n(a.inboundUnits)}</Td>
                <Td>
                  <Time iso={a.stockoutAt} locale={locale} />
                </Td>
                <Td>
                  <Link
                    href={`/inventory/inbound/new?${new URLSearchParams({ type: "TRANSFER", sku: a.skuCode, to: a.nodeCode, qty: String(a.suggestedQty) })}`}
                    className={LINK}
                  >
                    {a.suggestedQty === 1 ? t("alerts.actions.transferOne") : t("alerts.actions.transfer", { qty: n(a.suggestedQty) })}
                    <span className="sr-only">
                      {" "}
                      · {a.skuCode} → {a.nodeCode}
                    </span>
                  </Link>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Group>

      <Group kind="stockedOut" count={data.stockedOut.total} shown={data.stockedOut.items.length} hint={t("alerts.kinds.stockedOut.hint")}>
        <Table label={t("alerts.kinds.stockedOut.title")}>
          <caption className="sr-only">{t("alerts.kinds.stockedOut.caption")}</caption>
          <thead>
            <tr>
              <Th>{t("alerts.columns.sku")}</Th>
              <Th className="text-right">{t("alerts.columns.demand")}</Th>
              <Th className="text-right">{t("alerts.columns.waitingLines")}</Th>
              <Th className="text-right">{t("alerts.columns.inTransit")}</Th>
              <Th>{t("alerts.columns.nextEta")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.stockedOut.items.map((a) => (
              <tr key={a.skuCode}>
                <Td>
                  <Link href={sku(a.skuCode)} className={LINK}>
                    {a.skuCode}
                  </Link>{" "}
                  <span className="text-slate-700">{a.skuName}</span>
                </Td>
                <Td className="text-right tabular-nums">{n(a.demand)}</Td>
                <Td className="text-right tabular-nums">{n(a.waitingLines)}</Td>
                <Td className="text-right tabular-nums">{n(a.inTransit)}</Td>
                <Td>{a.nextEta ? <Time iso={a.nextEta} locale={locale} /> : t("alerts.noEta")}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Group>

      <Group kind="stuckOrders" count={data.stuckOrders.total} shown={data.stuckOrders.items.length} hint={t("alerts.kinds.stuckOrders.hint", { hours: th.stuckOrderHours })}>
        <Table label={t("alerts.kinds.stuckOrders.title")}>
          <caption className="sr-only">{t("alerts.kinds.stuckOrders.caption")}</caption>
          <thead>
            <tr>
              <Th>{t("alerts.columns.order")}</Th>
              <Th>{t("alerts.columns.status")}</Th>
              <Th>{t("alerts.columns.since")}</Th>
              <Th className="text-right">{t("alerts.columns.duration")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.stuckOrders.items.map((a) => (
              <tr key={a.number}>
                <Td>
                  <Link href={`/orders/${encodeURIComponent(a.number)}`} className={LINK}>
                    {a.number}
                  </Link>
                </Td>
                <Td>{t(`orders.status.${a.status}` as Key)}</Td>
                <Td>
                  <Time iso={a.since} locale={locale} />
                </Td>
                <Td className="text-right tabular-nums">{duration(a.hours, t)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Group>

      <Group
        kind="lateInbound"
        count={data.lateInbound.total}
        shown={data.lateInbound.items.length}
        hint={th.lateInboundDays === 0 ? t("alerts.kinds.lateInbound.hintZero") : t("alerts.kinds.lateInbound.hint", { days: th.lateInboundDays })}
      >
        <Table label={t("alerts.kinds.lateInbound.title")}>
          <caption className="sr-only">{t("alerts.kinds.lateInbound.caption")}</caption>
          <thead>
            <tr>
              <Th>{t("alerts.columns.reference")}</Th>
              <Th>{t("alerts.columns.type")}</Th>
              <Th>{t("alerts.columns.status")}</Th>
              <Th>{t("alerts.columns.to")}</Th>
              <Th>{t("alerts.columns.eta")}</Th>
              <Th className="text-right">{t("alerts.columns.units")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.lateInbound.items.map((a) => (
              <tr key={a.reference}>
                <Td>
                  <Link href={`/inventory/inbound/${encodeURIComponent(a.reference)}`} className={LINK}>
                    {a.reference}
                  </Link>
                </Td>
                <Td>{t(`inbound.type.${a.type}` as Key)}</Td>
                <Td>{t(`inbound.status.${a.status}` as Key)}</Td>
                <Td>{a.toNodeCode}</Td>
                <Td>
                  <Time iso={a.eta} locale={locale} />
                </Td>
                <Td className="text-right tabular-nums">{n(a.units)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Group>

      <Group
        kind="expiringPickups"
        count={data.expiringPickups.total}
        shown={data.expiringPickups.items.length}
        hint={t("alerts.kinds.expiringPickups.hint", { hours: th.pickupExpiryHours })}
      >
        <Table label={t("alerts.kinds.expiringPickups.title")}>
          <caption className="sr-only">{t("alerts.kinds.expiringPickups.caption")}</caption>
          <thead>
            <tr>
              <Th>{t("alerts.columns.order")}</Th>
              <Th>{t("alerts.columns.store")}</Th>
              <Th>{t("alerts.columns.expires")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.expiringPickups.items.map((a) => (
              <tr key={a.fulfillmentOrderId}>
                <Td>
                  <Link href={`/orders/${encodeURIComponent(a.orderNumber)}`} className={LINK}>
                    {a.orderNumber}
                  </Link>{" "}
                  <span className="text-slate-700">{a.fulfillmentOrderNumber}</span>
                </Td>
                <Td>{a.nodeCode}</Td>
                <Td>
                  <Time iso={a.expiresAt} locale={locale} />
                  {Date.parse(a.expiresAt) <= Date.parse(data.generatedAt) ? <span className="ml-2 text-red-800">({t("alerts.expired")})</span> : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Group>

      <Group kind="overCapacity" count={data.overCapacity.total} shown={data.overCapacity.items.length} hint={t("alerts.kinds.overCapacity.hint", { percent: th.capacityPercent })}>
        <Table label={t("alerts.kinds.overCapacity.title")}>
          <caption className="sr-only">{t("alerts.kinds.overCapacity.caption")}</caption>
          <thead>
            <tr>
              <Th>{t("alerts.columns.node")}</Th>
              <Th className="text-right">{t("alerts.columns.released")}</Th>
              <Th className="text-right">{t("alerts.columns.capacity")}</Th>
              <Th className="text-right">{t("alerts.columns.load")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.overCapacity.items.map((a) => (
              <tr key={a.nodeCode}>
                <Td>
                  <Link href={`/admin/nodes/${encodeURIComponent(a.nodeCode)}`} className={LINK}>
                    {a.nodeCode}
                  </Link>{" "}
                  <span className="text-slate-700">{a.nodeName}</span>
                </Td>
                <Td className="text-right tabular-nums">{n(a.releasedUnits)}</Td>
                <Td className="text-right tabular-nums">{n(a.dailyCapacity)}</Td>
                <Td className="text-right tabular-nums">{formatNumber(a.percent / 100, locale, { style: "percent" })}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Group>
    </div>
  );
}
