"use client";
// The live store queue: counts at the top (each a large link to its section), then the four
// sections of cards. Polls every 30 seconds; if a refresh fails the last data stays on screen with
// a notice and a retry button.
import { Button } from "@/components/ui/button";
import { Alert, EmptyState } from "@/components/ui/states";
import { cn } from "@/components/ui/cn";
import { useI18n } from "@/components/i18n/i18n-provider";
import { STORE_QUEUE_SECTIONS, UNCOLLECTED_AFTER_DAYS, type StoreQueue, type StoreQueueSectionKey } from "@/lib/fulfillment/store-queue-shape";
import { QueueCard } from "./queue-card";
import { formatClock } from "./format";
import { useStoreQueue } from "./queries";

/** The subtitle under the page title: city and the store's local time at the last refresh. */
export function StoreLocalTime({ initialData }: { initialData: StoreQueue }) {
  const { t, locale } = useI18n();
  const { data } = useStoreQueue(initialData);
  return <>{t("store.subtitle", { city: data.store.city, time: formatClock(data.generatedAt, locale, data.store.timeZone) })}</>;
}

export function StoreQueueLive({ initialData }: { initialData: StoreQueue }) {
  const { t, locale } = useI18n();
  const { data, isError, isFetching, refetch } = useStoreQueue(initialData);
  const { store } = data;
  const updated = formatClock(data.generatedAt, locale, store.timeZone);

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-base text-slate-800" aria-live="polite">
          {isFetching ? t("store.live.refreshing") : t("store.live.updated", { time: updated })}{" "}
          <span className="text-slate-700">{t("store.live.auto")}</span>
        </p>
        <Button variant="secondary" size="touch" onClick={() => refetch()} disabled={isFetching}>
          {t("store.live.refresh")}
        </Button>
      </div>
      {isError ? <Alert tone="warning">{t("store.live.stale", { time: updated })}</Alert> : null}

      <nav aria-label={t("store.countsLabel")}>
        <ul className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {STORE_QUEUE_SECTIONS.map((key) => (
            <li key={key}>
              <a
                href={`#section-${key}`}
                className="flex min-h-20 flex-col justify-center rounded-lg border border-slate-300 bg-white px-4 py-3 shadow-sm hover:border-brand-700 hover:bg-brand-50"
              >
                <span className="text-3xl font-semibold tabular-nums text-slate-900">{data.counts[key]}</span>
                <span className="text-base text-slate-800">{t(`store.counts.${key}`)}</span>
                {key === "readyForPickup" && data.counts.uncollected > 0 ? (
                  <span className="mt-1 text-sm font-medium text-amber-900">
                    {data.counts.uncollected} · {t("store.counts.uncollected", { days: UNCOLLECTED_AFTER_DAYS })}
                  </span>
                ) : null}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {STORE_QUEUE_SECTIONS.map((key) => (
        <QueueSection key={key} sectionKey={key} data={data} />
      ))}
    </div>
  );
}

function QueueSection({ sectionKey, data }: { sectionKey: StoreQueueSectionKey; data: StoreQueue }) {
  const { t } = useI18n();
  const cards = data.sections[sectionKey];
  const total = data.counts[sectionKey];
  return (
    <section id={`section-${sectionKey}`} aria-labelledby={`heading-${sectionKey}`} className="scroll-mt-4">
      <div className="mb-3 flex flex-wrap items-baseline gap-x-3">
        <h2 id={`heading-${sectionKey}`} className="text-2xl font-semibold text-slate-900">
          {t(`store.sections.${sectionKey}`)}
          <span className="ml-2 rounded-full bg-slate-200 px-2.5 py-0.5 align-middle text-base tabular-nums text-slate-900">{total}</span>
        </h2>
        <p className="text-base text-slate-700">{t(`store.sectionHints.${sectionKey}`)}</p>
      </div>
      {cards.length === 0 ? (
        <EmptyState title={t(`store.emptySections.${sectionKey}`)} />
      ) : (
        <>
          <ul className={cn("grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3")}>
            {cards.map((card) => (
              <li key={card.id}>
                <QueueCard card={card} section={sectionKey} timeZone={data.store.timeZone} uncollectedDays={UNCOLLECTED_AFTER_DAYS} />
              </li>
            ))}
          </ul>
          {total > cards.length ? <p className="mt-3 text-base text-slate-700">{t("store.moreInSection", { shown: cards.length, total })}</p> : null}
        </>
      )}
    </section>
  );
}
