// Inbound supply: purchase orders and transfers on their way, open ones by default, late ETAs
// marked, kept live. Store associates see their own store's. Managers create new ones from here.
import { forbidden } from "next/navigation";
import { InboundFilters } from "@/components/inbound/inbound-filters";
import { InboundList } from "@/components/inbound/inbound-list";
import type { InboundFilters as Filters } from "@/components/inbound/queries";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n";
import { getInventoryFilterOptions, listInbound, listInboundInputSchema, type InboundPage } from "@/lib/inventory";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function InboundPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("inventory.view", "/inventory/inbound");
  const { t } = await getTranslator();
  const sp = await searchParams;
  const filters: Filters = { status: first(sp.status) ?? "OPEN", type: first(sp.type), node: first(sp.node), late: first(sp.late) === "1" ? "1" : undefined, q: first(sp.q), cursor: first(sp.cursor) };
  const parsed = listInboundInputSchema.safeParse(filters);
  // A hand-edited URL with a bad value shows the open shipments rather than an error.
  const input = parsed.success ? parsed.data : listInboundInputSchema.parse({ status: "OPEN" });
  const shown: Filters = parsed.success ? filters : { status: "OPEN" };

  const db = await getDb();
  let page: InboundPage;
  try {
    page = await listInbound(db, actor, input);
  } catch (e) {
    if (e instanceof ForbiddenError) forbidden();
    if (e instanceof NotFoundError) page = { rows: [], total: 0, lateOpen: 0, nextCursor: null, generatedAt: new Date().toISOString() };
    else throw e;
  }
  const { nodes } = await getInventoryFilterOptions(db, actor);

  return (
    <>
      <PageHeader
        title={t("inbound.list.title")}
        description={actor.role === "STORE_ASSOCIATE" ? t("inbound.list.descriptionStore") : t("inbound.list.description")}
        actions={can(actor.role, "inbound.manage") ? <LinkButton href="/inventory/inbound/new">{t("inbound.list.create")}</LinkButton> : undefined}
      />
      <InboundFilters t={t} filters={shown} nodes={nodes} />
      <InboundList initialData={page} filters={shown} />
    </>
  );
}
