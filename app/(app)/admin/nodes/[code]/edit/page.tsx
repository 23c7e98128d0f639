// The admin's edit form for one node.
import Link from "next/link";
import { notFound } from "next/navigation";
import { NodeForm } from "@/components/admin/node-edit-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n";
import { getNode } from "@/lib/nodes";

export const dynamic = "force-dynamic";

export default async function EditNodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requirePageActor("node.edit", `/admin/nodes/${code}/edit`);
  const { t } = await getTranslator();
  const node = await getNode(await getDb(), actor, { code: decodeURIComponent(code) }).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/nodes/${encodeURIComponent(node.code)}`} className="text-brand-700 underline-offset-2 hover:underline">
          ← {node.name} ({node.code})
        </Link>
      </p>
      <PageHeader title={t("admin.nodeForm.title", { name: node.name })} description={t("admin.nodeForm.description")} />
      <NodeForm
        mode={{ kind: "edit" }}
        initial={{
          code: node.code,
          version: node.version,
          name: node.name,
          type: node.type,
          capabilities: node.capabilities,
          dailyCapacity: node.dailyCapacity,
          openingHours: node.openingHours,
          holidays: node.holidays,
          active: node.active,
          timeZone: node.timeZone,
        }}
      />
    </>
  );
}
