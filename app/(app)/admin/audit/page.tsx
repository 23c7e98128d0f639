// /admin/audit: every change recorded outside orders (rules, nodes, users, API keys, stock), newest
// first, with who, when (Paris time), the action in words and what changed field by field. Filters
// and the page's cursor live in the URL, so back, reload and shared links keep them.
import Link from "next/link";
import { AuditEntryCard } from "@/components/audit/audit-entry";
import { AuditFilters } from "@/components/audit/audit-filters";
import { pickParams, type SearchParams } from "@/components/admin/search-params";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { queryString } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/states";
import { auditFilterChoices, listAuditEvents, listAuditEventsSchema } from "@/lib/audit";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { formatNumber, getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

const FILTERS = ["entityType", "action", "actor", "entity", "from", "to"] as const;

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("audit.view", "/admin/audit");
  const { t, locale } = await getTranslator();
  const raw = pickParams(await searchParams, [...FILTERS, "cursor"] as const);
  // A hand-edited URL with a bad value shows the unfiltered trail rather than an error.
  const input: typeof raw = listAuditEventsSchema.safeParse(raw).success ? raw : {};
  const db = await getDb();
  const [page, choices] = await Promise.all([listAuditEvents(db, actor, input), auditFilterChoices(db, actor)]);
  const filters = pickParams(input, FILTERS);
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <AuditFilters values={filters} choices={choices} t={t} />
      {page.items.length === 0 ? (
        <EmptyState title={filtered ? t("audit.emptyFiltered") : t("audit.empty")}>{filtered ? t("audit.emptyFilteredHint") : t("audit.emptyHint")}</EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700" aria-live="polite">
            {t("audit.shown", { count: formatNumber(page.items.length, locale) })}
          </p>
          <ol aria-label={t("audit.listLabel")} className="space-y-3">
            {page.items.map((item) => (
              <li key={item.id}>
                <AuditEntryCard item={item} t={t} locale={locale} />
              </li>
            ))}
          </ol>
          {input.cursor || page.nextCursor ? (
            <nav aria-label={t("audit.pagingLabel")} className="mt-4 flex items-center justify-between gap-4">
              {input.cursor ? (
                <Link href={`/admin/audit${queryString(filters)}`} className={buttonClass("secondary", "sm")}>
                  ↑ {t("audit.newest")}
                </Link>
              ) : (
                <span />
              )}
              {page.nextCursor ? (
                <Link href={`/admin/audit${queryString({ ...filters, cursor: page.nextCursor })}`} rel="next" className={buttonClass("secondary", "sm")}>
                  {t("audit.older")} →
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
