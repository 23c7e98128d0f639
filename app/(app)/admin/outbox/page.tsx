// /admin/outbox: the messages customers and channel systems were (or will be) sent, for admins.
import Link from "next/link";
import { OutboxFilters } from "@/components/outbox/outbox-filters";
import { OutboxPagination } from "@/components/outbox/outbox-pagination";
import { OutboxTable } from "@/components/outbox/outbox-table";
import { PageHeader } from "@/components/ui/page-header";
import { Alert, EmptyState } from "@/components/ui/states";
import { cn } from "@/components/ui/cn";
import type { OutboxStatus } from "@/generated/prisma/enums";
import { can, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { listOutbox, listOutboxSchema } from "@/lib/notifications";
import { getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const STATUSES: OutboxStatus[] = ["FAILED", "PENDING", "SENT"];

export default async function OutboxPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("outbox.view", "/admin/outbox");
  const { t, locale } = await getTranslator();
  const sp = await searchParams;
  const raw = { status: first(sp.status), topic: first(sp.topic), q: first(sp.q), page: first(sp.page) };
  // A hand-edited URL with a bad value shows the unfiltered list rather than an error.
  const parsed = listOutboxSchema.safeParse(raw);
  const input = parsed.success ? parsed.data : listOutboxSchema.parse({});
  const list = await listOutbox(await getDb(), actor, input);
  const filters = { status: input.status, topic: input.topic, q: input.q };
  const filtered = Boolean(filters.status || filters.topic || filters.q);
  const all = list.counts.PENDING + list.counts.SENT + list.counts.FAILED;

  return (
    <>
      <PageHeader title={t("outbox.title")} description={t("outbox.description")} />
      {!process.env.SMTP_URL ? (
        <div className="mb-4">
          <Alert tone="info">{t("outbox.localNote")}</Alert>
        </div>
      ) : null}
      <nav aria-label={t("outbox.countsLabel")} className="mb-4 flex flex-wrap gap-2">
        {STATUSES.map((s) => {
          const active = filters.status === s;
          return (
            <Link
              key={s}
              href={active ? "/admin/outbox" : `/admin/outbox?status=${s}`}
              aria-current={active ? "page" : undefined}
              className={cn(
                "inline-flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm",
                active ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
              )}
            >
              {t(`outbox.status.${s}`)}
              <span className="tabular-nums font-semibold">{list.counts[s]}</span>
            </Link>
          );
        })}
      </nav>
      <OutboxFilters t={t} values={filters} />
      {list.items.length === 0 ? (
        all === 0 ? (
          <EmptyState title={t("outbox.empty.title")}>{t("outbox.empty.body")}</EmptyState>
        ) : (
          <EmptyState title={t("outbox.noMatch.title")}>
            {t("outbox.noMatch.body")}{" "}
            <Link href="/admin/outbox" className="font-medium text-brand-700 underline">
              {t("outbox.filters.reset")}
            </Link>
          </EmptyState>
        )
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700" aria-live="polite">
            {t("outbox.results", { count: list.total })}
          </p>
          <OutboxTable items={list.items} t={t} locale={locale} now={new Date()} canRetry={can(actor.role, "outbox.retry")} />
          <OutboxPagination t={t} page={list.page} pageSize={list.pageSize} total={list.total} params={filtered ? { ...filters } : {}} />
        </>
      )}
    </>
  );
}
