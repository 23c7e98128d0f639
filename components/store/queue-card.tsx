"use client";
// One fulfilment order in the store queue, laid out to be read on a tablet at arm's length. The
// whole card is the touch target: its heading's link is stretched over it and opens the work.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatDate, formatDateTime } from "@/lib/i18n/client";
import type { StoreQueueCard, StoreQueueSectionKey } from "@/lib/fulfillment/client";
import { formatAge } from "./format";
import { workReasonText } from "@/components/orders/sourcing/reason-text";

const PICKUP_WAIT: readonly StoreQueueSectionKey[] = ["readyForPickup", "overdue"];
const SHOWS_PROGRESS: readonly StoreQueueSectionKey[] = ["picking", "toPack"];

export function QueueCard({ card, section, timeZone, overdueDays }: { card: StoreQueueCard; section: StoreQueueSectionKey; timeZone: string; overdueDays: number }) {
  const { t, locale } = useI18n();
  const age = formatAge(card.ageMinutes, t);
  const pickupWait = PICKUP_WAIT.includes(section);
  const picked = card.lines.reduce((a, l) => a + Math.min(l.pickedQty, l.qty), 0);
  const units = card.lines.reduce((a, l) => a + l.qty, 0);
  return (
    <article
      aria-labelledby={`card-${card.id}`}
      className={cn(
        "relative flex h-full flex-col rounded-lg border bg-white p-4 shadow-sm hover:border-brand-700 hover:bg-brand-50 has-[a:focus-visible]:ring-4 has-[a:focus-visible]:ring-brand-700",
        card.uncollected ? "border-amber-500 ring-2 ring-amber-400" : "border-slate-300",
      )}
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`card-${card.id}`} className="text-xl font-semibold text-slate-900">
            <Link href={`/store/work/${card.id}`} className="outline-none after:absolute after:inset-0 after:rounded-lg after:content-['']">
              {t("store.card.order", { number: card.orderNumber })}
            </Link>
          </h3>
          <p className="text-sm text-slate-700">{t("store.card.fulfilmentOrder", { number: card.number })}</p>
        </div>
        <Badge tone={card.mode === "PICKUP" ? "info" : "neutral"} className="px-3 py-1 text-sm">
          {t(`store.mode.${card.mode}`)}
        </Badge>
      </header>
      {card.pickupStoreCode ? <p className="mt-1 text-base font-medium text-slate-900">{t("store.card.pickupAt", { store: card.pickupStoreCode })}</p> : null}
      <p className="mt-2 text-lg text-slate-900">
        <span className="sr-only">{t("store.card.customer")}: </span>
        {card.customerFirstName}
      </p>
      <h4 className="sr-only">{t("store.card.lines")}</h4>
      <ul className="mt-2 space-y-1 text-base">
        {card.lines.map((line, i) => (
          <li key={`${line.sku}-${i}`} className="flex gap-3">
            <span className="min-w-10 font-semibold tabular-nums text-slate-900">{line.qty} ×</span>
            <span className="text-slate-900">
              {line.name}
              <span className="block font-mono text-sm text-slate-700">{line.sku}</span>
            </span>
          </li>
        ))}
      </ul>
      {card.sourcingReason ? (
        <p className="mt-2 text-sm text-slate-700">
          <span className="font-medium text-slate-900">{t("explain.atNode.label")}: </span>
          {workReasonText(card.sourcingReason, t, locale)}
        </p>
      ) : null}
      <footer className="mt-auto pt-3 text-base text-slate-800">
        {SHOWS_PROGRESS.includes(section) ? <p className="font-medium text-slate-900">{t("store.card.progress", { picked, qty: units })}</p> : null}
        {pickupWait ? null : <p>{card.promisedDate ? t("store.card.promised", { date: formatDate(card.promisedDate, locale, timeZone) }) : t("store.card.noPromise")}</p>}
        <p className={cn("font-medium", card.uncollected ? "text-amber-900" : "text-slate-900")}>
          {pickupWait ? t("store.card.readyFor", { age }) : t("store.card.waiting", { age })}
        </p>
        {pickupWait && card.pickupExpiresAt ? <p>{t("store.card.expires", { date: formatDateTime(card.pickupExpiresAt, locale, timeZone) })}</p> : null}
        {card.uncollected ? (
          <Badge tone="warning" className="mt-2 px-3 py-1 text-sm">
            {t("store.card.uncollected", { days: overdueDays })}
          </Badge>
        ) : null}
      </footer>
    </article>
  );
}
