"use client";
// The DC console's live part: how many fulfilment orders wait at each stage (each a link that
// filters the list), how many left today, and the table of the chosen stage's work, a page at a
// time. Polls every 10 seconds; if a refresh fails the last data stays on screen with a notice.
import Link from "next/link";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatClock } from "@/components/store/format";
import { StoreFetchError } from "@/components/store/queries";
import { Button, LinkButton, buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { queryString } from "@/components/ui/pagination";
import { Alert, EmptyState, ErrorState } from "@/components/ui/states";
import { DC_CONSOLE_STATUSES, type DcConsole, type DcConsoleStatus } from "@/lib/fulfillment/client";
import { DcWorkTable } from "./dc-work-table";
import { useDcConsole } from "./queries";

const href = (node: string, status: DcConsoleStatus | null, cursor?: string | null) => `/dc${queryString({ node, status, cursor })}`;

/** The subtitle under the page title: the DC's city and its local time at the last refresh. */
export function DcLocalTime({ initialData, cursor }: { initialData: DcConsole; cursor: string | null }) {
  const { t, locale } = useI18n();
  const { data } = useDcConsole(initialData, cursor);
  return <>{t("dc.subtitle", { city: data.dc.city, time: formatClock(data.generatedAt, locale, data.dc.timeZone) })}</>;
}

export function DcConsoleLive({ initialData, cursor }: { initialData: DcConsole; cursor: string | null }) {
  const { t, locale } = useI18n();
  const { data, isError, error, refetch } = useDcConsole(initialData, cursor);
  const [manual, setManual] = useState(false);
  const updated = formatClock(data.generatedAt, locale, data.dc.timeZone);
  const refused = error instanceof StoreFetchError && [401, 403, 404].includes(error.status);
  const stage = data.status ? t(`dc.stages.${data.status}`) : t("dc.stages.all");

  if (refused) {
    return (
      <ErrorState
        title={t("common.states.errorTitle")}
        action={
          <LinkButton href="/dc" variant="secondary">
            {t("dc.notFound.back")}
          </LinkButton>
        }
      >
        {t("dc.live.gone")}
      </ErrorState>
    );
  }

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-800">
          {t("dc.live.updated", { time: updated })} <span className="text-slate-700">{t("dc.live.auto")}</span>
        </p>
        <Button
          variant="secondary"
          disabled={manual}
          onClick={() => {
            setManual(true);
            void refetch().finally(() => setManual(false));
          }}
        >
          {manual ? t("dc.live.refreshing") : t("dc.live.refresh")}
        </Button>
      </div>
      {isError ? <Alert tone="warning">{t("dc.live.stale", { time: updated })}</Alert> : null}

      <div className="flex flex-wrap items-stretch gap-3">
        <nav aria-label={t("dc.stages.label")} className="flex-1">
          <ul className="grid grid-cols-3 gap-2 lg:grid-cols-6">
            <li>
              <StageLink href={href(data.dc.code, null)} current={data.status === null} label={t("dc.stages.all")} />
            </li>
            {DC_CONSOLE_STATUSES.map((s) => (
              <li key={s}>
                <StageLink href={href(data.dc.code, s)} current={data.status === s} label={t(`dc.stages.${s}`)} count={data.counts[s]} />
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex min-h-16 min-w-36 flex-col justify-center rounded-lg border border-slate-200 bg-slate-50 px-3 py-2">
          <span className="text-sm font-medium text-slate-700">{t("dc.stages.shippedToday")}</span>
          <span className="text-2xl font-semibold text-slate-900 tabular-nums">{data.shippedToday}</span>
        </div>
      </div>

      <section aria-labelledby="dc-work-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 id="dc-work-heading" className="text-lg font-semibold text-slate-900">
            {stage}
          </h2>
          <p className="text-sm text-slate-700">
            {t("dc.table.shown", { count: data.items.length })}
            {data.items.length > 1 ? ` · ${t("dc.table.sortHint")}` : null}
          </p>
        </div>
        {data.items.length === 0 ? (
          <EmptyState title={cursor ? t("dc.empty.page") : data.status ? t("dc.empty.stage") : t("dc.empty.all")} />
        ) : (
          <DcWorkTable items={data.items} generatedAt={data.generatedAt} timeZone={data.dc.timeZone} label={t("dc.table.label", { dc: data.dc.name })} reasons={data.reasons} />
        )}
        {cursor || data.nextCursor ? (
          <nav aria-label={t("dc.pagination.label")} className="flex items-center justify-between gap-4">
            {cursor ? (
              <Link href={href(data.dc.code, data.status)} className={buttonClass("secondary", "sm")}>
                <span aria-hidden="true">←</span> {t("dc.pagination.first")}
              </Link>
            ) : (
              <span />
            )}
            {data.nextCursor ? (
              <Link href={href(data.dc.code, data.status, data.nextCursor)} rel="next" className={buttonClass("secondary", "sm")}>
                {t("dc.pagination.next")} <span aria-hidden="true">→</span>
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}

function StageLink({ href: to, current, label, count }: { href: string; current: boolean; label: string; count?: number }) {
  return (
    <Link
      href={to}
      aria-current={current ? "page" : undefined}
      className={cn(
        "flex min-h-16 flex-col justify-center rounded-lg border px-3 py-2 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-brand-700",
        current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-900 hover:border-brand-700 hover:bg-brand-50",
      )}
    >
      <span className="text-sm leading-tight font-medium">{label}</span>
      {count === undefined ? null : <span className="text-2xl font-semibold tabular-nums">{count}</span>}
    </Link>
  );
}
