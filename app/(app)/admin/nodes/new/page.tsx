// The admin opens a new store or DC.
import Link from "next/link";
import { NEW_NODE, NodeForm } from "@/components/admin/node-edit-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth";
import { getTranslator } from "@/lib/i18n";

export const dynamic = "force-dynamic";

/** The zones the time-zone box suggests: the ones the server's Intl knows, which the schema accepts. */
function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return ["Europe/Paris"];
  }
}

export default async function NewNodePage() {
  await requirePageActor("node.edit", "/admin/nodes/new");
  const { t } = await getTranslator();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/nodes" className="text-brand-700 underline-offset-2 hover:underline">
          ← {t("admin.node.backToList")}
        </Link>
      </p>
      <PageHeader title={t("nodesAdmin.create.title")} description={t("nodesAdmin.create.description")} />
      <NodeForm mode={{ kind: "create", timeZones: timeZones() }} initial={NEW_NODE} />
    </>
  );
}
