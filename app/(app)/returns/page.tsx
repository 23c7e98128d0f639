// The returns list: every RMA from request to refund, filtered by status, method, age and receiving
// node, with a count per status. Store associates see their own store's returns only.
import { Suspense } from "react";
import Link from "next/link";
import { ReturnsFilters, StatusChips } from "@/components/returns/returns-filters";
import { ReturnsTable } from "@/components/returns/returns-table";
import { parseReturnSearchParams, type RawSearchParams } from "@/components/returns/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, queryString } from "@/components/ui/pagination";
import { Alert, EmptyState, LoadingState } from "@/components/ui/states";
import { type UserActor, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { formatNumber, type Key, type Locale, type Translate, getTranslator } from "@/lib/i18n";
import { AGENT_TIME_ZONE } from "@/lib/orders";
import { listReturns, RETURN_AGE_BUCKETS, RETURN_PAGE_SIZE, type ListReturnsParams } from "@/lib/returns";

export const dynamic = "force-dynamic";

const FIELD_LABELS: Record<string, Key> = {
  q: "returns.filters.q",
  status: "returns.filters.status",
  method: "returns.filters.method",
  olderThanDays: "returns.filters.age",
  node: "returns.filters.node",
  page: "returns.pagination.label",
  pageSize: "returns.pagination.label",
};

export async function generateMetadata() {
  const { t } = await getTranslator();
  return { title: t("returns.title") };
}

function filterValues(p: ListReturnsParams) {
  return { q: p.q, status: p.status, method: p.method, olderThanDays: p.olderThanDays ? String(p.olderThanDays) : undefined, node: p.node };
}

function listHref(params: ListReturnsParams, page: number): string {
  return `/returns${queryString({ ...filterValues(params), pageSize: params.pageSize === RETURN_PAGE_SIZE ? undefined : params.pageSize, page: page === 1 ? undefined : page })}`;
}

async function Results({ params, actor, t, locale }: { params: ListReturnsParams; actor: UserActor; t: Translate; locale: Locale }) {
  const list = await listReturns(await getDb(), actor, params);
  const filtered = Boolean(params.q || params.status || params.method || params.olderThanDays || params.node);
  const count = list.total === 1 ? t("returns.list.countOne") : t("returns.list.count", { total: formatNumber(list.total, locale) });
  return (
    <>
      <StatusChips values={filterValues(params)} counts={list.statusCounts} t={t} locale={locale} />
      <div className="mt-4">
        {list.items.length === 0 ? (
          <EmptyState title={filtered ? t("returns.list.emptyFiltered") : t("returns.list.emptyNone")}>
            {filtered ? (
              <>
                <p>{t("returns.list.emptyHint")}</p>
                <p className="mt-3">
                  <Link href="/returns" className="font-medium text-brand-700 underline">
                    {t("returns.filters.clear")}
                  </Link>
                </p>
              </>
            ) : null}
          </EmptyState>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-700" role="status">
              {count}
            </p>
            <ReturnsTable items={list.items} t={t} locale={locale} caption={count} timeZone={AGENT_TIME_ZONE} />
            <Pagination
              page={list.page}
              pageCount={list.pageCount}
              hrefFor={(p) => listHref(params, p)}
              labels={{
                nav: t("returns.pagination.label"),
                previous: t("returns.pagination.previous"),
                next: t("returns.pagination.next"),
                pageOf: t("returns.pagination.pageOf", { page: formatNumber(list.page, locale), pages: formatNumber(list.pageCount, locale) }),
              }}
            />
          </>
        )}
      </div>
    </>
  );
}

export default async function ReturnsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await requirePageActor("return.view", "/returns");
  const { t, locale } = await getTranslator();
  const { params, invalid } = parseReturnSearchParams(await searchParams);
  const store = actor.role === "STORE_ASSOCIATE";
  return (
    <>
      <PageHeader title={t("returns.title")} description={t("returns.description")} />
      {store ? (
        <div className="mb-4">
          <Alert tone={actor.storeId ? "info" : "warning"}>{actor.storeId ? t("returns.list.storeScope", { store: actor.storeCode ?? "" }) : t("returns.list.noStore")}</Alert>
        </div>
      ) : null}
      <ReturnsFilters values={filterValues(params)} ageBuckets={RETURN_AGE_BUCKETS} errors={invalid} showNode={!store} t={t} />
      {invalid.length ? (
        <div className="mt-4">
          <Alert tone="warning">{t("returns.filters.invalid", { fields: invalid.map((f) => (f in FIELD_LABELS ? t(FIELD_LABELS[f]) : f)).join(", ") })}</Alert>
        </div>
      ) : null}
      <Suspense key={JSON.stringify(params)} fallback={<LoadingState label={t("returns.list.loading")} rows={8} />}>
        <Results params={params} actor={actor} t={t} locale={locale} />
      </Suspense>
    </>
  );
}
