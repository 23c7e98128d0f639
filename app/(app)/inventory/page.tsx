// The supply-chain manager's home: live inventory per node and SKU with network figures, the inbound
// supply chart, filters and pagination. Store associates see their own store only.
import { forbidden } from "next/navigation";
import { Card, Stat } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, queryString } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/states";
import { ColumnDefinitions } from "@/components/inventory/column-definitions";
import { InventoryFilters } from "@/components/inventory/inventory-filters";
import { PositionsTable } from "@/components/inventory/positions-table";
import { UnitsBarChart } from "@/components/inventory/units-bar-chart";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { formatDate, formatNumber, getTranslator } from "@/lib/i18n";
import { getInventoryFilterOptions, getInventorySummary, listInventoryPositions, listPositionsInputSchema, type PositionPage } from "@/lib/inventory";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function InventoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("inventory.view", "/inventory");
  const { t, locale } = await getTranslator();
  const sp = await searchParams;
  const parsed = listPositionsInputSchema.safeParse({ q: first(sp.q), node: first(sp.node), category: first(sp.category), problems: first(sp.problems), page: first(sp.page) });
  // A hand-edited URL with a bad value shows the unfiltered list rather than an error.
  const input = parsed.success ? parsed.data : listPositionsInputSchema.parse({});

  const db = await getDb();
  let page: PositionPage;
  try {
    page = await listInventoryPositions(db, actor, input);
  } catch (e) {
    if (e instanceof ForbiddenError) forbidden();
    if (e instanceof NotFoundError) page = { rows: [], total: 0, page: 1, pageSize: input.pageSize, pages: 1 };
    else throw e;
  }
  const [summary, options] = await Promise.all([getInventorySummary(db, actor), getInventoryFilterOptions(db, actor)]);
  const n = (v: number) => formatNumber(v, locale);
  const filters = { q: input.q, node: input.node, category: input.category, problems: input.problems ? "1" : undefined };
  const isStore = actor.role === "STORE_ASSOCIATE";

  return (
    <>
      <PageHeader title={t("inventory.title")} description={isStore ? t("inventory.descriptionStore") : t("inventory.description")} />

      <section aria-label={t("inventory.summary.label")} className="mb-6 grid gap-3 sm:grid-cols-2 xl:grid-cols-5">
        <Stat label={t("inventory.summary.onHand")} value={n(summary.onHand)} hint={t("inventory.summary.reservedHint", { reserved: n(summary.reserved) })} />
        <Stat label={t("inventory.summary.atp")} value={n(summary.atp)} hint={t("inventory.summary.atpHint")} />
        <Stat
          label={t("inventory.summary.inTransit")}
          value={n(summary.inbound.units)}
          hint={
            summary.inbound.nextEta
              ? t("inventory.summary.inTransitHint", { shipments: n(summary.inbound.shipments), date: formatDate(summary.inbound.nextEta, locale) })
              : t("inventory.summary.noInbound")
          }
        />
        <Stat label={t("inventory.summary.outOfStockSkus")} value={n(summary.skusOutOfStockSomewhere)} hint={t("inventory.summary.outOfStockHint", { positions: n(summary.outOfStockPositions) })} />
        <Stat label={t("inventory.summary.belowSafety")} value={n(summary.belowSafetyPositions)} hint={t("inventory.summary.belowSafetyHint")} />
      </section>

      <Card className="mb-6">
        {summary.inTransitByWeek.length ? (
          <UnitsBarChart
            id="inbound-by-week"
            title={t("inventory.chart.title")}
            caption={t("inventory.chart.caption")}
            data={summary.inTransitByWeek.map((w) => ({ label: formatDate(`${w.week}T12:00:00Z`, locale, "UTC"), value: w.units, extra: w.shipments }))}
            labelHeader={t("inventory.chart.week")}
            valueHeader={t("inventory.chart.units")}
            extraHeader={t("inventory.chart.shipments")}
            showTableLabel={t("inventory.chart.showTable")}
            height={200}
          />
        ) : (
          <>
            <h2 className="text-base font-semibold text-slate-900">{t("inventory.chart.title")}</h2>
            <p className="mt-2 text-sm text-slate-700">{t("inventory.chart.empty")}</p>
          </>
        )}
      </Card>

      <InventoryFilters options={options} values={input} t={t} />

      <p className="mb-2 text-sm text-slate-700" aria-live="polite">
        {t("inventory.resultCount", { total: n(page.total) })}
      </p>
      {page.rows.length === 0 ? (
        <EmptyState title={t("inventory.empty")}>{t("inventory.emptyHint")}</EmptyState>
      ) : (
        <PositionsTable rows={page.rows} t={t} locale={locale} />
      )}
      <Pagination
        page={page.page}
        pageCount={page.pages}
        hrefFor={(p) => `/inventory${queryString({ ...filters, page: p > 1 ? p : undefined })}`}
        labels={{ nav: t("inventory.paginationLabel"), previous: t("common.previous"), next: t("common.next"), pageOf: t("common.pageOf", { page: page.page, pages: page.pages }) }}
      />
      <ColumnDefinitions t={t} />
    </>
  );
}
