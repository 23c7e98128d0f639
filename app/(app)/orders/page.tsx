// The call-centre agent's home: figures that need attention, then the order search and list.
import { Suspense } from "react";
import Link from "next/link";
import { OrderFigures } from "@/components/orders/order-figures";
import { OrderSearchForm } from "@/components/orders/order-search-form";
import { OrderTable } from "@/components/orders/order-table";
import { parseOrderSearchParams, type RawSearchParams } from "@/components/orders/search-params";
import { SearchShortcut } from "@/components/orders/actions/shortcuts";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, queryString } from "@/components/ui/pagination";
import { Alert, EmptyState, LoadingState, Skeleton } from "@/components/ui/states";
import { can, type UserActor, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { formatNumber, type Key, type Locale, type Translate, getTranslator } from "@/lib/i18n";
import { ORDER_PAGE_SIZE, getOrderFigures, searchOrders, type SearchOrdersParams } from "@/lib/orders";

export const dynamic = "force-dynamic";

const FIELD_LABELS: Record<string, Key> = { q: "orders.search.q", status: "orders.search.status", channel: "orders.search.channel", from: "orders.search.from", to: "orders.search.to", page: "orders.pagination.label", pageSize: "orders.pagination.label" };

export async function generateMetadata() {
  const { t } = await getTranslator();
  return { title: t("orders.title") };
}

async function Figures({ actor, t, locale }: { actor: UserActor; t: Translate; locale: Locale }) {
  const figures = await getOrderFigures(await getDb(), actor);
  return <OrderFigures figures={figures} t={t} locale={locale} />;
}

function listHref(params: SearchOrdersParams, page: number): string {
  const { q, status, channel, from, to, pageSize } = params;
  return `/orders${queryString({ q, status, channel, from, to, pageSize: pageSize === ORDER_PAGE_SIZE ? undefined : pageSize, page: page === 1 ? undefined : page })}`;
}

async function Results({ params, actor, t, locale }: { params: SearchOrdersParams; actor: UserActor; t: Translate; locale: Locale }) {
  const list = await searchOrders(await getDb(), actor, params);
  const filtered = Boolean(params.q || params.status || params.channel || params.from || params.to);
  if (list.items.length === 0) {
    return (
      <EmptyState title={params.q ? t("orders.list.emptyTitle", { query: `“${params.q}”` }) : filtered ? t("orders.list.emptyAll") : t("orders.list.emptyNone")}>
        {filtered ? (
          <>
            <p>{t("orders.list.emptyHint")}</p>
            <p className="mt-3">
              <Link href="/orders" className="font-medium text-brand-700 underline">
                {t("orders.search.clear")}
              </Link>
            </p>
          </>
        ) : null}
      </EmptyState>
    );
  }
  const count = list.total === 1 ? t("orders.list.countOne") : t("orders.list.count", { total: formatNumber(list.total, locale) });
  return (
    <>
      <p className="mb-2 text-sm text-slate-700" role="status">
        {count}
      </p>
      <OrderTable items={list.items} t={t} locale={locale} caption={count} />
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(p) => listHref(params, p)}
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

export default async function OrdersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const actor = await requirePageActor("order.view", "/orders");
  const { t, locale } = await getTranslator();
  const { params, invalid } = parseOrderSearchParams(await searchParams);
  const { q, status, channel, from, to } = params;
  return (
    <>
      <PageHeader
        title={t("orders.title")}
        description={t("orders.description")}
        actions={can(actor.role, "order.create") ? <LinkButton href="/orders/new">{t("orders.newOrder.button")}</LinkButton> : null}
      />
      <SearchShortcut inputId="orders-q" />
      <Suspense
        fallback={
          <div className="mb-6 grid gap-3 sm:grid-cols-2 xl:grid-cols-4" aria-hidden="true">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="h-24" />
            ))}
          </div>
        }
      >
        <Figures actor={actor} t={t} locale={locale} />
      </Suspense>
      <OrderSearchForm values={{ q, status, channel, from, to }} errors={Object.fromEntries(invalid.map((f) => [f, f]))} t={t} />
      <div className="mt-4">
        {invalid.length ? (
          <div className="mb-3">
            <Alert tone="warning">{t("orders.search.invalid", { fields: invalid.map((f) => (f in FIELD_LABELS ? t(FIELD_LABELS[f]) : f)).join(", ") })}</Alert>
          </div>
        ) : null}
        <Suspense key={JSON.stringify(params)} fallback={<LoadingState label={t("orders.list.loading")} rows={8} />}>
          <Results params={params} actor={actor} t={t} locale={locale} />
        </Suspense>
      </div>
    </>
  );
}
