"use client";
// The live store queue as tabs, one per stage of the work (to pick, picking, to pack, to ship,
// arriving, ready for pickup, overdue), each with its count; the open tab's cards are below, most
// urgent first, and each card opens its work. Polls every 4 seconds; if a refresh fails the last
// data stays on screen with a notice. The open tab is kept in the URL (?tab=) so coming back from
// a work screen returns to it.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert, EmptyState } from "@/components/ui/states";
import { cn } from "@/components/ui/cn";
import { useI18n } from "@/components/i18n/i18n-provider";
import { STORE_QUEUE_SECTIONS, type StoreQueue, type StoreQueueSectionKey } from "@/lib/fulfillment/client";
import { QueueCard } from "./queue-card";
import { formatClock } from "./format";
import { useStoreQueue } from "./queries";

/** The subtitle under the page title: city and the store's local time at the last refresh. */
export function StoreLocalTime({ initialData }: { initialData: StoreQueue }) {
  const { t, locale } = useI18n();
  const { data } = useStoreQueue(initialData);
  return <>{t("store.subtitle", { city: data.store.city, time: formatClock(data.generatedAt, locale, data.store.timeZone) })}</>;
}

export function StoreQueueLive({ initialData, initialTab = "toPick" }: { initialData: StoreQueue; initialTab?: StoreQueueSectionKey }) {
  const { t, locale } = useI18n();
  const { data, isError, refetch } = useStoreQueue(initialData);
  const [tab, setTab] = useState<StoreQueueSectionKey>(initialTab);
  const [manual, setManual] = useState(false);
  const updated = formatClock(data.generatedAt, locale, data.store.timeZone);

  // Tell screen-reader users when new work arrives (a polite note, not every refresh).
  const [seen, setSeen] = useState({ at: data.generatedAt, counts: data.counts });
  const [announcement, setAnnouncement] = useState("");
  if (data.generatedAt !== seen.at) {
    const grown = STORE_QUEUE_SECTIONS.filter((k) => data.counts[k] > seen.counts[k]);
    setSeen({ at: data.generatedAt, counts: data.counts });
    if (grown.length) setAnnouncement(t("store.live.newWork", { sections: grown.map((k) => `${t(`store.sections.${k}`)} ${data.counts[k]}`).join(", ") }));
  }

  function choose(next: StoreQueueSectionKey, focus = false) {
    setTab(next);
    const url = new URL(window.location.href);
    url.searchParams.set("tab", next);
    window.history.replaceState(null, "", url);
    if (focus) document.getElementById(`tab-${next}`)?.focus();
  }

  function onTabKey(e: React.KeyboardEvent) {
    const i = STORE_QUEUE_SECTIONS.indexOf(tab);
    const last = STORE_QUEUE_SECTIONS.length - 1;
    const to = e.key === "ArrowRight" ? (i === last ? 0 : i + 1) : e.key === "ArrowLeft" ? (i === 0 ? last : i - 1) : e.key === "Home" ? 0 : e.key === "End" ? last : null;
    if (to === null) return;
    e.preventDefault();
    choose(STORE_QUEUE_SECTIONS[to], true);
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-base text-slate-800">
          {t("store.live.updated", { time: updated })} <span className="text-slate-700">{t("store.live.auto")}</span>
        </p>
        <Button
          variant="secondary"
          size="touch"
          disabled={manual}
          onClick={() => {
            setManual(true);
            void refetch().finally(() => setManual(false));
          }}
        >
          {manual ? t("store.live.refreshing") : t("store.live.refresh")}
        </Button>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {isError ? <Alert tone="warning">{t("store.live.stale", { time: updated })}</Alert> : null}

      <div role="tablist" aria-label={t("store.tabsLabel")} onKeyDown={onTabKey} className="grid grid-cols-4 gap-2 lg:grid-cols-7">
        {STORE_QUEUE_SECTIONS.map((key) => {
          const selected = key === tab;
          const warn = key === "overdue" && data.counts.overdue > 0;
          return (
            <button
              key={key}
              type="button"
              role="tab"
              id={`tab-${key}`}
              aria-selected={selected}
              // Only the open tab's panel is rendered, so only it is referenced.
              aria-controls={selected ? `panel-${key}` : undefined}
              tabIndex={selected ? 0 : -1}
              onClick={() => choose(key)}
              className={cn(
                "flex min-h-16 flex-col items-start justify-center rounded-lg border px-3 py-2 text-left focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-brand-700",
                selected ? "border-brand-700 bg-brand-700 text-white" : warn ? "border-amber-500 bg-amber-50 text-amber-950 hover:bg-amber-100" : "border-slate-300 bg-white text-slate-900 hover:border-brand-700 hover:bg-brand-50",
              )}
            >
              <span className="text-base leading-tight font-medium">{t(`store.sections.${key}`)}</span>{" "}
              <span className="text-2xl font-semibold tabular-nums">{data.counts[key]}</span>
            </button>
          );
        })}
      </div>

      <QueuePanel sectionKey={tab} data={data} />
    </div>
  );
}

function QueuePanel({ sectionKey, data }: { sectionKey: StoreQueueSectionKey; data: StoreQueue }) {
  const { t } = useI18n();
  const cards = data.sections[sectionKey];
  const total = data.counts[sectionKey];
  const days = data.pickupRules.reminderAfterDays;
  return (
    <section role="tabpanel" id={`panel-${sectionKey}`} aria-labelledby={`tab-${sectionKey}`} tabIndex={0} className="rounded-lg focus-visible:outline-4 focus-visible:outline-brand-700">
      <div className="mb-3 flex flex-wrap items-baseline gap-x-3">
        <h2 className="text-2xl font-semibold text-slate-900">{t(`store.sections.${sectionKey}`)}</h2>
        <p className="text-base text-slate-700">{t(`store.sectionHints.${sectionKey}`, { days })}</p>
      </div>
      {cards.length === 0 ? (
        <EmptyState title={t(`store.emptySections.${sectionKey}`)} />
      ) : (
        <>
          <ul className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
            {cards.map((card) => (
              <li key={card.id}>
                <QueueCard card={card} section={sectionKey} timeZone={data.store.timeZone} overdueDays={days} />
              </li>
            ))}
          </ul>
          {total > cards.length ? <p className="mt-3 text-base text-slate-700">{t("store.moreInSection", { shown: cards.length, total })}</p> : null}
        </>
      )}
    </section>
  );
}
