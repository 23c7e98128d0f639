"use client";
// The alerts at a glance for a dashboard: how many there are of each kind, each count linking to its
// group on /alerts. Fetches its own data and stays live (4 s); renders nothing for a user who may
// not see alerts.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { StoreFetchError } from "@/components/store/queries";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Alert, Skeleton } from "@/components/ui/states";
import { ALERT_KINDS } from "@/lib/analytics/client";
import { formatNumber } from "@/lib/i18n/client";
import { formatLiveClock } from "./format";
import { useAlerts } from "./queries";

export function AlertsSummary() {
  const { t, locale } = useI18n();
  const { data, isError, error, isPending } = useAlerts();
  if (error instanceof StoreFetchError && (error.status === 401 || error.status === 403)) return null;

  return (
    <Card aria-labelledby="alerts-summary-title">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <CardTitle id="alerts-summary-title" className="mb-0">
          {t("alerts.summary.title")}
        </CardTitle>
        {data ? (
          <p className="text-xs text-slate-700" suppressHydrationWarning>
            {t("alerts.live", { time: formatLiveClock(data.generatedAt, locale) })}
          </p>
        ) : null}
      </div>
      {isPending ? (
        <div role="status" aria-live="polite" className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          <span className="sr-only">{t("alerts.loading")}</span>
          {ALERT_KINDS.map((k) => (
            <Skeleton key={k} className="h-16" />
          ))}
        </div>
      ) : null}
      {isError && !data ? <Alert tone="warning">{t("alerts.unavailable")}</Alert> : null}
      {data ? (
        <>
          {isError ? <Alert tone="warning">{t("alerts.stale")}</Alert> : null}
          <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3">
            {ALERT_KINDS.map((kind) => {
              const count = data[kind].total;
              return (
                <li key={kind}>
                  <Link
                    href={`/alerts#${kind}`}
                    className={cn(
                      "flex h-full flex-col rounded-md border p-3 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700",
                      count > 0 ? "border-red-200 bg-red-50 text-red-900 hover:bg-red-100" : "border-slate-200 bg-white text-slate-800 hover:bg-slate-50",
                    )}
                  >
                    <span className="text-2xl font-semibold tabular-nums">{formatNumber(count, locale)}</span>
                    <span>{t(`alerts.kinds.${kind}.title`)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
          <p className="mt-3 text-sm">
            <Link href="/alerts" className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {t("alerts.summary.seeAll")}
            </Link>
          </p>
        </>
      ) : null}
    </Card>
  );
}
