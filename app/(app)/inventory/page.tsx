// The supply-chain manager's home: inventory per node and SKU, sorted and filtered by any figure,
// with the problems a manager acts on (stock-outs weighted by demand, order lines at risk,
// positions running out), units per node and inbound supply charts, and a CSV export of every
// matching position, linking to the inbound supply. Store associates see their own store only.
import Link from "next/link";
import { forbidden } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, queryString } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/states";
import { ColumnDefinitions } from "@/components/inventory/column-definitions";
import { InventoryFilters } from "@/components/inventory/inventory-filters";
import { PositionsTable } from "@/components/inventory/positions-table";
import { UnitsBarChart } from "@/components/inventory/units-bar-chart";
import { can, canOpenPage, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { formatDate, formatNumber, getTranslator } from "@/lib/i18n";
import { getInventoryFilterOptions, getInventorySummary, listInventoryPositions, listPositionsInputSchema, type ListPositionsFilters, type PositionPage, type PositionSort } from "@/lib/inventory";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const FILTER_KEYS = ["q", "node", "nodeType", "region", "category", "problem", "atpMin", "atpMax", "sort", "dir", "page"] as const;
/** Nodes per type in the units chart. */
const CHART_NODES = 12;

/** A summary figure with the link that opens the positions (or orders) behind it. */
function ActionStat({ label, value, hint, href, action }: { label: string; value: string; hint: string; href: string; action: string }) {
  return (
    <div className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</p>
      <p className="mt-1 text-xs text-slate-600">{hint}</p>
      <Link href={href} className="mt-2 text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
        {action}
      </Link>
    </div>
  );
}

function PlainStat({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</p>
      <p className="mt-1 text-xs text-slate-600">{hint}</p>
    </div>
  );
}

export default async function InventoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("inventory.view", "/inventory");
  const { t, locale } = await getTranslator();
  const sp = await searchParams;
  const parsed = listPositionsInputSchema.safeParse(Object.fromEntries(FILTER_KEYS.map((k) => [k, first(sp[k])])));
  // A hand-edited URL with a bad value shows the unfiltered list rather than an error.
  const input: ListPositionsFilters = parsed.success ? parsed.data : listPositionsInputSchema.parse({});

  const db = await getDb();
  let page: PositionPage;
  try {
    page = await listInventoryPositions(db, actor, input);
  } catch (e) {
    if (e instanceof ForbiddenError) forbidden();
    if (e instanceof NotFoundError) page = { rows: [], total: 0, page: 1, pageSize: input.pageSize, pages: 1, horizonDays: 0, demandWindowDays: 0 };
    else throw e;
  }
  const [summary, options] = await Promise.all([getInventorySummary(db, actor), getInventoryFilterOptions(db, actor)]);
  const n = (v: number) => formatNumber(v, locale);
  const perDay = (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v);
  const filters = {
    q: input.q,
    node: input.node,
    nodeType: input.nodeType,
    region: input.region,
    category: input.category,
    problem: input.problem,
    atpMin: input.atpMin,
    atpMax: input.atpMax,
    sort: input.sort === "sku" ? undefined : input.sort,
    dir: input.dir === "asc" ? undefined : input.dir,
  };
  const sortHref = (sort: PositionSort, dir: "asc" | "desc") => `/inventory${queryString({ ...filters, sort: sort === "sku" ? undefined : sort, dir: dir === "asc" ? undefined : dir })}`;
  const isStore = actor.role === "STORE_ASSOCIATE";
  // Those who manage inbound supply reach it from the navigation; the others who may see it from here.
  const inboundLink = canOpenPage(actor.role, "/inventory/inbound") && !can(actor.role, "inbound.manage");
  const exportQuery = queryString({ ...filters, sort: undefined, dir: undefined });

  const chartData = (["DC", "STORE"] as const).flatMap((type) =>
    summary.byNode
      .filter((b) => b.type === type)
      .sort((a, b) => b.onHand - a.onHand)
      .slice(0, CHART_NODES)
      .map((b) => ({ label: b.code, value: b.onHand, extra: b.atp, group: type })),
  );

  return (
    <>
      <PageHeader
        title={t("inventory.title")}
        description={isStore ? t("inventory.descriptionStore") : t("inventory.description")}
        actions={
          inboundLink || can(actor.role, "inventory.feed") ? (
            <>
              {inboundLink ? (
                <Link href="/inventory/inbound" className={buttonClass("secondary", "md")}>
                  {isStore ? t("inventoryTable.inboundLinkStore") : t("inventoryTable.inboundLink")}
                </Link>
              ) : null}
              {can(actor.role, "inventory.feed") ? (
                <Link href="/inventory/feed" className={buttonClass("secondary", "md")}>
                  {t("inventoryTable.feedLink")}
                </Link>
              ) : null}
            </>
          ) : undefined
        }
      />

      <section aria-label={t("inventory.summary.label")} className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <PlainStat label={t("inventory.summary.onHand")} value={n(summary.onHand)} hint={t("inventory.summary.reservedHint", { reserved: n(summary.reserved) })} />
        <PlainStat label={t("inventory.summary.atp")} value={n(summary.atp)} hint={t("inventory.summary.atpHint")} />
        <PlainStat
          label={t("inventory.summary.inTransit")}
          value={n(summary.inbound.units)}
          hint={
            summary.inbound.nextEta
              ? t("inventory.summary.inTransitHint", { shipments: n(summary.inbound.shipments), date: formatDate(summary.inbound.nextEta, locale) })
              : t("inventory.summary.noInbound")
          }
        />
        <ActionStat
          label={t("inventoryTable.summary.stockouts")}
          value={n(summary.stockouts.skus)}
          hint={
            isStore
              ? t("inventoryTable.summary.stockoutsHintStore", { daily: perDay(summary.stockouts.dailyDemand) })
              : t("inventoryTable.summary.stockoutsHint", { units: n(summary.stockouts.openUnits), daily: perDay(summary.stockouts.dailyDemand) })
          }
          href={`/inventory${queryString({ problem: "outOfStock", sort: "onDemand", dir: "desc" })}`}
          action={t("inventoryTable.summary.stockoutsAction")}
        />
        {summary.linesAtRisk ? (
          <ActionStat
            label={t("inventoryTable.summary.linesAtRisk")}
            value={n(summary.linesAtRisk.lines)}
            hint={t("inventoryTable.summary.linesAtRiskHint", { backordered: n(summary.linesAtRisk.backordered), units: n(summary.linesAtRisk.units), orders: n(summary.linesAtRisk.orders) })}
            href="/orders?status=BACKORDERED"
            action={t("inventoryTable.summary.linesAtRiskAction")}
          />
        ) : null}
        <ActionStat
          label={t("inventoryTable.summary.atRisk")}
          value={n(summary.atRiskPositions)}
          hint={t("inventoryTable.summary.atRiskHint", { days: summary.horizonDays, below: n(summary.belowSafetyPositions) })}
          href={`/inventory${queryString({ problem: "atRisk", sort: "daysOfCover" })}`}
          action={t("inventoryTable.summary.atRiskAction")}
        />
      </section>

      <div className="mb-6 grid gap-4 xl:grid-cols-2">
        {!isStore && chartData.length > 1 ? (
          <Card>
            <UnitsBarChart
              id="units-by-node"
              title={t("inventoryTable.chart.title")}
              caption={t("inventoryTable.chart.caption", { count: CHART_NODES })}
              data={chartData}
              labelHeader={t("inventoryTable.chart.node")}
              valueHeader={t("inventoryTable.chart.onHand")}
              extraHeader={t("inventoryTable.chart.atp")}
              extraAsBar
              groupLabels={{ DC: t("inventoryTable.chart.ownScale", { group: t("admin.nodeTypes.DC") }), STORE: t("inventoryTable.chart.ownScale", { group: t("admin.nodeTypes.STORE") }) }}
              groupHeader={t("inventoryTable.filters.nodeType")}
              showTableLabel={t("inventoryTable.chart.showTable")}
              height={180}
            />
          </Card>
        ) : null}
        <Card>
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
      </div>

      <InventoryFilters options={options} values={input} t={t} />

      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-700" aria-live="polite">
          {t("inventory.resultCount", { total: n(page.total) })}
        </p>
        {page.total > 0 ? (
          <a href={`/api/inventory/export${exportQuery}`} download className={buttonClass("secondary", "sm")} title={t("inventoryTable.exportHint")}>
            {t("inventoryTable.export", { total: n(page.total) })}
          </a>
        ) : null}
      </div>
      {page.rows.length === 0 ? (
        <EmptyState title={t("inventory.empty")}>{t("inventory.emptyHint")}</EmptyState>
      ) : (
        <PositionsTable rows={page.rows} t={t} locale={locale} sorting={{ sort: input.sort, dir: input.dir, hrefFor: sortHref }} />
      )}
      <Pagination
        page={page.page}
        pageCount={page.pages}
        hrefFor={(p) => `/inventory${queryString({ ...filters, page: p > 1 ? p : undefined })}`}
        labels={{ nav: t("inventory.paginationLabel"), previous: t("common.previous"), next: t("common.next"), pageOf: t("common.pageOf", { page: page.page, pages: page.pages }) }}
      />
      <ColumnDefinitions t={t} cover={{ windowDays: page.demandWindowDays, horizonDays: summary.horizonDays }} />
    </>
  );
}
