// What a buyer sees about their order: status, each part with origin, mode, expected date and
// status, and the pickup code only while a part waits at the store.
import { Badge } from "@/components/ui/badge";
import { FULFILLMENT_TONE } from "@/components/orders/status-badges";
import { formatDate, type Locale, type Translate } from "@/lib/i18n/client";
import { AGENT_TIME_ZONE, type TrackedOrder, type TrackedPart } from "@/lib/orders/client";

function PartDates({ part, t, locale }: { part: TrackedPart; t: Translate; locale: Locale }) {
  const tz = part.pickupStore?.timeZone ?? part.from.timeZone;
  const done = part.pickedUpAt
    ? t("track.result.pickedUpOn", { date: formatDate(part.pickedUpAt, locale, tz) })
    : part.deliveredAt
      ? t("track.result.deliveredOn", { date: formatDate(part.deliveredAt, locale, tz) })
      : part.readyAt && part.status === "READY_FOR_PICKUP"
        ? t("track.result.readyOn", { date: formatDate(part.readyAt, locale, tz) })
        : part.shippedAt
          ? t("track.result.shippedOn", { date: formatDate(part.shippedAt, locale, part.from.timeZone) })
          : null;
  // The delivery news is a sentence, not a term and its value: it sits after the list.
  return (
    <>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">{t("track.result.mode")}</dt>
          <dd className="font-medium text-slate-900">{t(`orders.mode.${part.mode}`)}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("track.result.expectedDate")}</dt>
          <dd className="font-medium text-slate-900">{part.promisedDate ? formatDate(part.promisedDate, locale, tz) : t("track.result.noDate")}</dd>
        </div>
      </dl>
      {done ? <p className="mt-1 text-sm text-slate-800">{done}</p> : null}
    </>
  );
}

export function TrackResult({ order, t, locale }: { order: TrackedOrder; t: Translate; locale: Locale }) {
  const waiting = order.unassigned.filter((u) => u.kind === "WAITING");
  const cancelled = order.unassigned.filter((u) => u.kind === "CANCELLED");
  return (
    <section aria-labelledby="track-result-title" className="space-y-4">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-slate-800">{t("track.result.hello", { name: order.firstName })}</p>
        <h2 id="track-result-title" className="mt-1 text-xl font-semibold text-slate-900">
          {t("track.result.heading", { number: order.number })}
        </h2>
        <p className="text-sm text-slate-600">{t("track.result.placed", { date: formatDate(order.placedAt, locale, AGENT_TIME_ZONE) })}</p>
        <p className="mt-3 flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-700">{t("track.result.status")}</span>
          <Badge tone={order.status === "CANCELLED" ? "danger" : order.status === "COMPLETED" || order.status === "FULFILLED" ? "success" : "info"} className="text-sm">
            {t(`track.orderStatus.${order.status}`)}
          </Badge>
          {order.promisedDate && order.parts.length === 0 ? <span className="text-sm text-slate-700">{t("track.result.expected", { date: formatDate(order.promisedDate, locale, AGENT_TIME_ZONE) })}</span> : null}
        </p>
      </div>

      <h2 className="text-lg font-semibold text-slate-900">{t("track.result.parts")}</h2>
      {order.parts.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-700">{t("track.result.noParts")}</p>
      ) : (
        <ol className="space-y-4">
          {order.parts.map((part, i) => (
            <li key={part.key} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h3 className="font-semibold text-slate-900">{t("track.result.partTitle", { index: i + 1, count: order.parts.length })}</h3>
                  <p className="text-sm text-slate-700">
                    {part.mode === "SHIP"
                      ? t("track.result.shipsFrom", { name: part.from.name, city: part.from.city })
                      : part.pickupStore?.name !== part.from.name
                        ? t("track.result.preparedAt", { name: part.from.name, city: part.from.city })
                        : null}
                  </p>
                  {part.pickupStore ? (
                    <p className="text-sm text-slate-700">{t("track.result.collectAt", { name: part.pickupStore.name, address: part.pickupStore.addressLine1, city: part.pickupStore.city })}</p>
                  ) : null}
                </div>
                <Badge tone={FULFILLMENT_TONE[part.status]} className="text-sm">
                  {t(`track.partStatus.${part.status}`)}
                </Badge>
              </div>
              <PartDates part={part} t={t} locale={locale} />
              {part.pickupCode ? (
                <div className="mt-4 rounded-md border border-green-300 bg-green-50 p-4">
                  <p className="text-sm font-medium text-green-900">{t("track.result.pickupCode")}</p>
                  <p className="mt-1 font-mono text-3xl font-bold tracking-[0.3em] text-green-950">{part.pickupCode}</p>
                  <p className="mt-1 text-sm text-green-900">{t("track.result.pickupCodeHint")}</p>
                </div>
              ) : null}
              <h4 className="mt-4 text-sm font-medium text-slate-800">{t("track.result.items")}</h4>
              <ul className="text-sm text-slate-800">
                {part.items.map((item, j) => (
                  <li key={j}>{t("track.result.item", { qty: item.qty, name: item.name })}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}

      {waiting.length ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-5">
          <h3 className="font-semibold text-amber-950">{t("track.result.waiting")}</h3>
          <p className="text-sm text-amber-950">{t("track.result.waitingHint")}</p>
          <ul className="mt-2 text-sm text-amber-950">
            {waiting.map((u, j) => (
              <li key={j}>{t("track.result.item", { qty: u.qty, name: u.name })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {cancelled.length ? (
        <div className="rounded-lg border border-slate-200 bg-white p-5">
          <h3 className="font-semibold text-slate-900">{t("track.result.cancelled")}</h3>
          <ul className="mt-2 text-sm text-slate-800">
            {cancelled.map((u, j) => (
              <li key={j}>{t("track.result.item", { qty: u.qty, name: u.name })}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
