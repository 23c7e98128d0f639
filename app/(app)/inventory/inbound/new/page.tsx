// Create a purchase order or a transfer. Alerts and the SKU page link here with the form filled in:
// ?type=TRANSFER|PURCHASE_ORDER&sku=<code>&to=<node code>&from=<node code>&qty=<units>.
import { NewInboundForm, type InboundPrefill } from "@/components/inbound/new-inbound-form";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/states";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { getTranslator } from "@/lib/i18n";
import { getInventoryFilterOptions } from "@/lib/inventory";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** A week from now: a sensible first ETA the manager changes if the supplier says otherwise. */
function defaultEtaFrom(now: Date): string {
  return new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
}

/** The prefill a link asked for, keeping only what makes sense (a hand-edited URL fills less). */
function prefillOf(sp: SearchParams, nodeCodes: Set<string>): InboundPrefill {
  const code = (v: string | undefined) => (v && /^[A-Za-z0-9._-]{1,64}$/.test(v) ? v : undefined);
  const node = (v: string | undefined) => (v && nodeCodes.has(v.toUpperCase()) ? v.toUpperCase() : undefined);
  const qty = Number(first(sp.qty));
  return {
    type: first(sp.type) === "PURCHASE_ORDER" ? "PURCHASE_ORDER" : first(sp.type) === "TRANSFER" ? "TRANSFER" : "PURCHASE_ORDER",
    sku: code(first(sp.sku))?.toUpperCase(),
    to: node(first(sp.to)),
    from: node(first(sp.from)),
    qty: Number.isInteger(qty) && qty >= 1 && qty <= 1_000_000 ? qty : undefined,
  };
}

export default async function NewInboundPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("inbound.manage", "/inventory/inbound/new");
  const { t } = await getTranslator();
  const { nodes } = await getInventoryFilterOptions(await getDb(), actor);
  const sp = await searchParams;
  const prefill = prefillOf(sp, new Set(nodes.map((n) => n.code.toUpperCase())));
  const defaultEta = defaultEtaFrom(new Date());
  return (
    <>
      <PageHeader title={t("inbound.form.title")} description={t("inbound.form.description")} />
      {prefill.sku ? (
        <div className="mb-4">
          <Alert tone="info">{t("inbound.form.prefilled")}</Alert>
        </div>
      ) : null}
      <NewInboundForm nodes={nodes} prefill={prefill} defaultEta={defaultEta} />
    </>
  );
}
