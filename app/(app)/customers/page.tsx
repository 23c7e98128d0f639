// The call centre's customer search: name, e-mail, phone or postcode, with order counts.
import { Suspense } from "react";
import Link from "next/link";
import { CustomerSearchForm } from "@/components/customers/customer-search-form";
import { CustomerTable } from "@/components/customers/customer-table";
import { firstValues, type RawSearchParams } from "@/components/orders/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, queryString } from "@/components/ui/pagination";
import { EmptyState, LoadingState } from "@/components/ui/states";
import { requirePageActor, type UserActor } from "@/lib/auth";
import { searchCustomers, searchCustomersInput } from "@/lib/customers";
import { getDb } from "@/lib/db";
import { formatNumber, type Locale, type Translate, getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const { t } = await getTranslator();
  return { title: t("customers.title") };
}

async function Results({ q, page, actor, t, locale }: { q?: string; page: number; actor: UserActor; t: Translate; locale: Locale }) {
  const list = await searchCustomers(await getDb(), actor, { q, page });
  if (list.items.length === 0) {
    return (
      <EmptyState title={q ? t("customers.list.emptyTitle", { query: `“${q}”` }) : t("customers.list.emptyNone")}>
        {q ? (
          <>
            <p>{t("customers.list.emptyHint")}</p>
            <p className="mt-3">
              <Link href="/customers" className="font-medium text-brand-700 underline">
                {t("customers.search.clear")}
              </Link>
            </p>
          </>
        ) : null}
      </EmptyState>
    );
  }
  const count = list.total === 1 ? t("customers.list.countOne") : t("customers.list.count", { total: formatNumber(list.total, locale) });
  return (
    <>
      <p className="mb-2 text-sm text-slate-700" role="status">
        {count}
      </p>
      <CustomerTable items={list.items} t={t} locale={locale} />
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(p) => `/customers${queryString({ q, page: p === 1 ? undefined : p })}`}
        labels={{
          nav: t("orders.pagination.label"),
          previous: t("orders.pagination.previous"),
          next: t("orders.pagination.next"),
          pageOf: t("orders.pagination.pageOf", { page: formatNumber(list.page, locale), pages: formatNumber(list.pageCount, locale) }),
        }}
      />
    </>
  );
}

export default async function CustomersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await requirePageActor("customer.view", "/customers");
  const { t, locale } = await getTranslator();
  const parsed = searchCustomersInput.safeParse(firstValues(await searchParams));
  // A malformed page number or an over-long term falls back to the first page of everything.
  const { q, page } = parsed.success ? parsed.data : { q: undefined, page: 1 };
  return (
    <>
      <PageHeader title={t("customers.title")} description={t("customers.description")} />
      <CustomerSearchForm q={q} t={t} />
      <div className="mt-4">
        <Suspense key={`${q ?? ""}|${page}`} fallback={<LoadingState label={t("customers.list.loading")} rows={8} />}>
          <Results q={q} page={page} actor={actor} t={t} locale={locale} />
        </Suspense>
      </div>
    </>
  );
}
