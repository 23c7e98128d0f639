// One SKU across the network: its position at every node (sortable by ATP), the inbound shipments
// for it, and the network ATP. Store associates see their own store's figures only.
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, Stat } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Alert, EmptyState } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";
import { ColumnDefinitions } from "@/components/inventory/column-definitions";
import { PositionStatus } from "@/components/inventory/position-status";
import { UnitsBarChart } from "@/components/inventory/units-bar-chart";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { formatDate, formatMoney, formatNumber, getTranslator } from "@/lib/i18n";
import { getSkuInventory, SKU_POSITION_SORTS, skuInventoryInputSchema, type SkuInventory, type SkuPositionSort } from "@/lib/inventory";

export const dynamic = "force-dynamic";

const CHART_NODES = 15;

export default async function SkuInventoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ sku: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { sku: rawSku } = await params;
  const skuCode = decodeURIComponent(rawSku);
  const actor = await requirePageActor("inventory.view", `/inventory/${rawSku}`);
  const { t, locale } = await getTranslator();
  const sortParam = (await searchParams).sort;
  const sort: SkuPositionSort = SKU_POSITION_SORTS.includes(sortParam as SkuPositionSort) ? (sortParam as SkuPositionSort) : "atp-desc";
  const parsed = skuInventoryInputSchema.safeParse({ sku: skuCode, sort });
  if (!parsed.success) notFound();

  let data: SkuInventory;
  try {
    data = await getSkuInventory(await getDb(), actor, parsed.data);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const n = (v: number) => formatNumber(v, locale);
  const href = (s: SkuPositionSort) => `/inventory/${encodeURIComponent(data.sku.code)}${s === "atp-desc" ? "" : `?sort=${s}`}`;
  const chartData = data.positions
    .filter((p) => p.atp > 0)
    .sort((a, b) => b.atp - a.atp)
    .slice(0, CHART_NODES)
    .map((p) => ({ label: p.node.code, value: p.atp }));

  return (
    <>
      <p className="mb-2">
        <Link href="/inventory" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          ← {t("inventory.sku.back")}
        </Link>
      </p>
      <PageHeader
        title={`${data.sku.code} · ${data.sku.name}`}
        description={
          <>
            {t("inventory.sku.product")}: {data.sku.productName} · {t("inventory.sku.category")}: {data.sku.category.name} · {t("inventory.sku.price")}:{" "}
            {formatMoney(data.sku.priceMinor, data.sku.currency, locale)}
          </>
        }
      />
      {data.scopedToStore ? (
        <div className="mb-4">
          <Alert tone="info">{t("inventory.sku.scopedNote")}</Alert>
        </div>
      ) : null}

      <section aria-label={t("inventory.sku.totalsLabel")} className="mb-6 grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <Stat
          label={data.scopedToStore ? t("inventory.sku.storeAtp") : t("inventory.sku.networkAtp")}
          value={n(data.totals.atp)}
          hint={t("inventory.sku.nodesWithAtp", { count: n(data.totals.nodesWithAtp) })}
        />
        <Stat label={t("inventory.sku.onHand")} value={n(data.totals.onHand)} hint={t("inventory.sku.reservedHint", { reserved: n(data.totals.reserved) })} />
        <Stat label={t("inventory.sku.inTransit")} value={n(data.totals.inTransit)} />
        <Stat label={t("inventory.sku.onDemand")} value={n(data.totals.onDemand)} hint={t("inventory.sku.onDemandHint")} />
      </section>

      {!data.scopedToStore && chartData.length > 1 ? (
        <Card className="mb-6">
          <UnitsBarChart
            id="atp-by-node"
            title={t("inventory.sku.chartTitle")}
            caption={t("inventory.sku.chartCaption")}
            data={chartData}
            labelHeader={t("inventory.table.node")}
            valueHeader={t("inventory.table.atp")}
            showTableLabel={t("inventory.sku.showTable")}
            height={200}
          />
        </Card>
      ) : null}

      <section aria-labelledby="positions-heading" className="mb-8">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
          <h2 id="positions-heading" className="text-lg font-semibold text-slate-900">
            {t("inventory.sku.positions")}
          </h2>
          <nav aria-label={t("inventory.sku.sortLabel")} className="flex flex-wrap items-center gap-1 text-sm">
            <span className="mr-1 text-slate-700">{t("inventory.sku.sortLabel")}:</span>
            {SKU_POSITION_SORTS.map((s) => (
              <Link
                key={s}
                href={href(s)}
                aria-current={s === sort ? "true" : undefined}
                className={cn("rounded-md px-2.5 py-1 font-medium", s === sort ? "bg-brand-700 text-white" : "text-brand-700 hover:bg-brand-50")}
              >
                {t(`inventory.sku.sort.${s}`)}
              </Link>
            ))}
          </nav>
        </div>
        {data.positions.length === 0 ? (
          <EmptyState title={t("inventory.sku.noPositions")} />
        ) : (
          <Table label={t("inventory.sku.positions")}>
            <thead>
              <tr>
                <Th aria-sort={sort === "node" ? "ascending" : undefined}>{t("inventory.table.node")}</Th>
                <Th className="text-right">{t("inventory.table.onHand")}</Th>
                <Th className="text-right">{t("inventory.table.reserved")}</Th>
                <Th className="text-right">{t("inventory.table.safetyStock")}</Th>
                <Th className="text-right">{t("inventory.table.inTransit")}</Th>
                <Th className="text-right" aria-sort={sort === "atp-desc" ? "descending" : sort === "atp-asc" ? "ascending" : undefined}>
                  <Link href={href(sort === "atp-desc" ? "atp-asc" : "atp-desc")} className="text-brand-700 underline-offset-2 hover:underline" aria-label={t("inventory.sku.sortAtp")}>
                    {t("inventory.table.atp")} {sort === "atp-desc" ? "↓" : sort === "atp-asc" ? "↑" : "↕"}
                  </Link>
                </Th>
                <Th>{t("inventory.table.status")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.positions.map((p) => (
                <tr key={p.node.code}>
                  <Td>
                    <span className="font-medium">{p.node.code}</span>
                    <span className="block text-xs text-slate-600">
                      {p.node.name} · {p.node.city} · {t(`inventory.nodeType.${p.node.type}`)}
                    </span>
                  </Td>
                  <Td className="text-right tabular-nums">{n(p.onHand)}</Td>
                  <Td className="text-right tabular-nums">{n(p.reserved)}</Td>
                  <Td className="text-right tabular-nums">{n(p.safetyStock)}</Td>
                  <Td className="text-right tabular-nums">
                    {n(p.inTransit)}
                    {p.nextEta ? <span className="block text-xs text-slate-600">{t("inventory.table.eta", { date: formatDate(p.nextEta, locale) })}</span> : null}
                  </Td>
                  <Td className="text-right font-semibold tabular-nums">{n(p.atp)}</Td>
                  <Td>
                    <PositionStatus stocked={p.stocked} outOfStock={p.outOfStock} belowSafety={p.belowSafety} t={t} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="inbound-heading">
        <h2 id="inbound-heading" className="mb-2 text-lg font-semibold text-slate-900">
          {t("inventory.sku.inbound")}
        </h2>
        {data.inbound.length === 0 ? (
          <EmptyState title={t("inventory.sku.noInbound")} />
        ) : (
          <Table label={t("inventory.sku.inboundLabel")}>
            <thead>
              <tr>
                <Th>{t("inventory.sku.reference")}</Th>
                <Th>{t("inventory.sku.type")}</Th>
                <Th>{t("inventory.sku.from")}</Th>
                <Th>{t("inventory.sku.to")}</Th>
                <Th className="text-right">{t("inventory.sku.qty")}</Th>
                <Th>{t("inventory.sku.eta")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.inbound.map((s) => (
                <tr key={`${s.reference}-${s.toNode.code}`}>
                  <Td className="font-mono">{s.reference}</Td>
                  <Td>{t(`inventory.inboundType.${s.type}`)}</Td>
                  <Td>{s.fromNode ? `${s.fromNode.code} · ${s.fromNode.name}` : (s.supplier ?? "—")}</Td>
                  <Td>
                    {s.toNode.code} · {s.toNode.name}
                  </Td>
                  <Td className="text-right tabular-nums">{n(s.qty)}</Td>
                  <Td>{formatDate(s.eta, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
      <ColumnDefinitions t={t} />
    </>
  );
}
