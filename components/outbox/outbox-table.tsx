// The outbox list: when, what, to whom, how delivery went; failed messages can be retried in place
// by those allowed to (outbox.retry).
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime, formatRelativeDays, type Locale, type Translate } from "@/lib/i18n/client";
import type { OutboxListItem } from "@/lib/notifications/client";
import { deliveryLabel, topicLabel } from "./labels";
import { OutboxStatusBadge } from "./outbox-status-badge";
import { RetryButton } from "./retry-button";

/** `canRetry`: the viewer holds outbox.retry; without it no retry button is shown. */
export function OutboxTable({ items, t, locale, now, canRetry }: { items: OutboxListItem[]; t: Translate; locale: Locale; now: Date; canRetry: boolean }) {
  return (
    <Table label={t("outbox.table")}>
      <thead>
        <tr>
          <Th>{t("outbox.columns.created")}</Th>
          <Th>{t("outbox.columns.message")}</Th>
          <Th>{t("outbox.columns.recipient")}</Th>
          <Th>{t("outbox.columns.status")}</Th>
          <Th className="text-right">{t("outbox.columns.attempts")}</Th>
          <Th>{t("outbox.columns.lastError")}</Th>
          {/* relative: keeps the sr-only label inside the scrolling region, so it cannot widen the page. */}
          <Th className="relative">
            <span className="sr-only">{t("outbox.columns.actions")}</span>
          </Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {items.map((m) => (
          <tr key={m.id}>
            <Td className="min-w-24 tabular-nums">
              <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, locale)}</time>
            </Td>
            <Td className="min-w-48">
              <Link href={`/admin/outbox/${m.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {m.subject ?? t("outbox.noSubject")}
              </Link>
              <p className="text-xs text-slate-600">
                {t(`outbox.channel.${m.channel}`)} · {topicLabel(t, m.topic)}
              </p>
            </Td>
            <Td className="max-w-56 break-words">
              {m.recipient}
              {m.order ? <p className="text-xs text-slate-600">{t("outbox.orderNumber", { number: m.order.number })}</p> : null}
            </Td>
            <Td className="min-w-36">
              <OutboxStatusBadge status={m.status} t={t} />
              {m.sentAt ? (
                <p className="mt-1 text-xs tabular-nums text-slate-700">
                  <span className="sr-only">{t("outbox.columns.sent")} </span>
                  <time dateTime={m.sentAt.toISOString()} title={formatRelativeDays(m.sentAt, locale, now)}>
                    {formatDateTime(m.sentAt, locale)}
                  </time>
                </p>
              ) : null}
              {m.status === "SENT" && m.delivery ? <p className="text-xs text-slate-600">{deliveryLabel(t, m.delivery)}</p> : null}
              {m.status === "PENDING" && m.attempts > 0 ? (
                <p className="mt-1 text-xs text-slate-600">{t("outbox.nextAttempt", { when: formatDateTime(m.nextAttemptAt, locale) })}</p>
              ) : null}
            </Td>
            <Td className="text-right tabular-nums">{m.attempts}</Td>
            <Td className="max-w-48">
              {m.lastError ? <p className="line-clamp-2 break-words text-xs text-red-800" title={m.lastError}>{m.lastError}</p> : "—"}
            </Td>
            <Td>{canRetry ? <RetryButton id={m.id} recipient={m.recipient} failed={m.status === "FAILED"} /> : null}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
