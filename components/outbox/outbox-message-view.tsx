// One outbox message: its delivery facts, the text the customer receives (or a webhook's JSON), and
// the HTML version in a sandboxed frame so nothing in it can run.
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/states";
import { formatDateTime, type Locale, type Translate } from "@/lib/i18n/client";
import type { OutboxMessageDetail } from "@/lib/notifications/client";
import { deliveryLabel, topicLabel } from "./labels";
import { OutboxStatusBadge } from "./outbox-status-badge";
import { RetryButton } from "./retry-button";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-2 py-1.5">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="min-w-0 text-sm text-slate-900 wrap-anywhere">{children}</dd>
    </div>
  );
}

/** `canRetry`: the viewer holds outbox.retry; without it the failed message shows no retry button. */
export function OutboxMessageView({ message: m, t, locale, canRetry }: { message: OutboxMessageDetail; t: Translate; locale: Locale; canRetry: boolean }) {
  const language = m.locale === "en" || m.locale === "fr" ? t(`outbox.languages.${m.locale}`) : m.locale;
  return (
    <div className="grid gap-4 lg:grid-cols-[22rem_1fr]">
      <Card className="self-start">
        <CardTitle>{t("outbox.detail.facts")}</CardTitle>
        <div className="mb-3 flex items-center gap-2">
          <OutboxStatusBadge status={m.status} t={t} />
        </div>
        {m.status === "FAILED" && canRetry ? <p className="mb-3 text-sm text-slate-700">{t("outbox.retry.failedHint", { attempts: m.attempts })}</p> : null}
        {canRetry ? (
          <div className="mb-3">
            <RetryButton id={m.id} recipient={m.recipient} failed={m.status === "FAILED"} size="md" />
          </div>
        ) : null}
        <dl className="divide-y divide-slate-100">
          <Fact label={t("outbox.detail.recipient")}>{m.recipient}</Fact>
          <Fact label={t("outbox.detail.channel")}>{t(`outbox.channel.${m.channel}`)}</Fact>
          <Fact label={t("outbox.detail.topic")}>{topicLabel(t, m.topic)}</Fact>
          {m.order ? <Fact label={t("outbox.detail.order")}>{m.order.number}</Fact> : null}
          {language ? <Fact label={t("outbox.detail.language")}>{language}</Fact> : null}
          <Fact label={t("outbox.detail.created")}>{formatDateTime(m.createdAt, locale)}</Fact>
          <Fact label={t("outbox.detail.sent")}>{m.sentAt ? formatDateTime(m.sentAt, locale) : "—"}</Fact>
          {m.status === "PENDING" ? <Fact label={t("outbox.detail.nextAttempt")}>{formatDateTime(m.nextAttemptAt, locale)}</Fact> : null}
          <Fact label={t("outbox.detail.attempts")}>{m.attempts}</Fact>
          {m.delivery ? <Fact label={t("outbox.detail.delivery")}>{deliveryLabel(t, m.delivery)}</Fact> : null}
          {m.delivery?.reference ? <Fact label={t("outbox.detail.reference")}>{m.delivery.reference}</Fact> : null}
          {m.lastError ? (
            <Fact label={t("outbox.detail.lastError")}>
              <span className="text-red-800">{m.lastError}</span>
            </Fact>
          ) : null}
        </dl>
      </Card>
      <Card>
        <CardTitle>{m.channel === "EMAIL" ? t("outbox.detail.textBody") : t("outbox.detail.webhookBody")}</CardTitle>
        {m.channel === "EMAIL" && m.subject ? (
          <p className="mb-3 text-sm">
            <span className="text-slate-600">{t("outbox.detail.subject")}: </span>
            <span className="font-semibold text-slate-900">{m.subject}</span>
          </p>
        ) : null}
        {m.text ? (
          <pre lang={m.locale ?? undefined} className="whitespace-pre-wrap break-words rounded-md bg-slate-50 p-4 font-sans text-sm leading-relaxed text-slate-900">
            {m.text}
          </pre>
        ) : m.body && Object.keys(m.body as object).length ? (
          <>
            {m.channel === "EMAIL" ? <p className="mb-2 text-sm text-slate-700">{t("outbox.detail.dataOnly")}</p> : null}
            <pre className="overflow-x-auto rounded-md bg-slate-50 p-4 text-sm text-slate-900">{JSON.stringify(m.body, null, 2)}</pre>
          </>
        ) : (
          <EmptyState title={t("outbox.detail.noBody")} />
        )}
        {m.html ? (
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("outbox.detail.htmlPreview")}</summary>
            <iframe title={t("outbox.detail.htmlFrameTitle")} sandbox="" srcDoc={m.html} className="mt-2 h-[32rem] w-full rounded-md border border-slate-200 bg-white" />
          </details>
        ) : null}
      </Card>
    </div>
  );
}
