// One SKU across the network, live: its position at every node (sortable by ATP), the inbound
// shipments for it, and its stock history over the last 90 days (the movement ledger and on hand,
// reserved and in transit per day, for the network or one node). Store associates see their own
// store's figures only.
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ColumnDefinitions } from "@/components/inventory/column-definitions";
import { SkuDrillDownLive } from "@/components/overview/sku-drill-down";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/states";
import { can, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { formatMoney, getTranslator } from "@/lib/i18n";
import { getSkuHistory, getSkuInventory, SKU_POSITION_SORTS, skuHistoryInputSchema, skuInventoryInputSchema, type SkuPositionSort } from "@/lib/inventory";

export const dynamic = "force-dynamic";

const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);

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
  const query = await searchParams;
  const sortParam = one(query.sort);
  const sort: SkuPositionSort = SKU_POSITION_SORTS.includes(sortParam as SkuPositionSort) ? (sortParam as SkuPositionSort) : "atp-desc";
  const parsed = skuInventoryInputSchema.safeParse({ sku: skuCode, sort });
  if (!parsed.success) notFound();
  // A malformed ledger cursor or node code shows the newest movements of the whole network.
  const historyInput = skuHistoryInputSchema.safeParse({ sku: skuCode, node: one(query.node), cursor: one(query.cursor) });
  const history = historyInput.success ? historyInput.data : { sku: skuCode };

  const db = await getDb();
  let data;
  try {
    const [inventory, stockHistory] = await Promise.all([getSkuInventory(db, actor, parsed.data), getSkuHistory(db, actor, history)]);
    data = { inventory, history: stockHistory };
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    if (e instanceof ForbiddenError) forbidden();
    throw e;
  }
  const sku = data.inventory.sku;
  const canOrder = can(actor.role, "inbound.manage");
  const prefill = (type: "TRANSFER" | "PURCHASE_ORDER") => `/inventory/inbound/new?type=${type}&sku=${encodeURIComponent(sku.code)}`;

  return (
    <>
      <p className="mb-2">
        <Link href="/inventory" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          ← {t("inventory.sku.back")}
        </Link>
      </p>
      <PageHeader
        title={`${sku.code} · ${sku.name}`}
        description={
          <>
            {t("inventory.sku.product")}: {sku.productName} · {t("inventory.sku.category")}: {sku.category.name} · {t("inventory.sku.price")}: {formatMoney(sku.priceMinor, sku.currency, locale)}
          </>
        }
        actions={
          canOrder ? (
            <nav aria-label={t("overview.act.label")} className="flex flex-wrap gap-2">
              <Link href={prefill("TRANSFER")} className={buttonClass("primary")}>
                {t("overview.act.transfer")}
              </Link>
              <Link href={prefill("PURCHASE_ORDER")} className={buttonClass("secondary")}>
                {t("overview.act.purchaseOrder")}
              </Link>
            </nav>
          ) : undefined
        }
      />
      {data.inventory.scopedToStore ? (
        <div className="mb-4">
          <Alert tone="info">{t("inventory.sku.scopedNote")}</Alert>
        </div>
      ) : null}
      <SkuDrillDownLive initialData={data} params={{ sort: sort === "atp-desc" ? null : sort, node: data.inventory.scopedToStore ? null : data.history.node, cursor: data.history.cursor }} />
      <ColumnDefinitions t={t} />
    </>
  );
}
