// One purchase order or transfer: its lines, receipts and, for a manager, the steps its status
// allows (ship, receive in part or in full, close short, cancel). Store associates may open the
// shipments to or from their own store.
import { forbidden, notFound } from "next/navigation";
import Link from "next/link";
import { InboundDetailView } from "@/components/inbound/inbound-detail";
import { PageHeader } from "@/components/ui/page-header";
import { can, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n";
import { getInbound, type InboundDetail } from "@/lib/inventory";

export const dynamic = "force-dynamic";

export default async function InboundDetailPage({ params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  const actor = await requirePageActor("inventory.view", `/inventory/inbound/${reference}`);
  const { t } = await getTranslator();
  let detail: InboundDetail;
  try {
    detail = await getInbound(await getDb(), actor, decodeURIComponent(reference).slice(0, 40));
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    if (e instanceof ForbiddenError) forbidden();
    throw e;
  }
  const route = detail.from ? t("inbound.detail.fromNode", { from: detail.from.name, to: detail.to.name }) : t("inbound.detail.fromSupplier", { supplier: detail.supplier ?? "—", to: detail.to.name });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/inventory/inbound" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          ← {t("inbound.detail.back")}
        </Link>
      </p>
      <PageHeader title={t("inbound.detail.title", { type: t(`inbound.type.${detail.type}`), reference: detail.reference })} description={route} />
      <InboundDetailView initialData={detail} canManage={can(actor.role, "inbound.manage")} />
    </>
  );
}
