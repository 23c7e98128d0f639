// The admin imports stores and DCs from a CSV file, checked row by row before anything is written.
import Link from "next/link";
import { NodeImport, TemplateButton } from "@/components/admin/node-import";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth";
import { getTranslator } from "@/lib/i18n";
import { NODE_CSV_COLUMNS, NODE_CSV_REQUIRED } from "@/lib/nodes";

export const dynamic = "force-dynamic";

export default async function ImportNodesPage() {
  await requirePageActor("node.edit", "/admin/nodes/import");
  const { t } = await getTranslator();
  const required = new Set<string>(NODE_CSV_REQUIRED);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/nodes" className="text-brand-700 underline-offset-2 hover:underline">
          ← {t("nodesAdmin.import.back")}
        </Link>
      </p>
      <PageHeader title={t("nodesAdmin.import.title")} description={t("nodesAdmin.import.description")} actions={<TemplateButton />} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <NodeImport />
        <Card>
          <CardTitle>{t("nodesAdmin.import.columnsTitle")}</CardTitle>
          <p className="mb-3 text-sm text-slate-700">{t("nodesAdmin.import.columnsIntro")}</p>
          <Table label={t("nodesAdmin.import.columnsTitle")}>
            <thead>
              <tr>
                <Th>{t("nodesAdmin.import.report.column")}</Th>
                <Th>{t("nodesAdmin.import.value")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {NODE_CSV_COLUMNS.map((c) => (
                <tr key={c}>
                  <th scope="row" className="px-3 py-2 text-left align-top">
                    <code className="font-mono text-sm text-slate-900">{c}</code>
                    <span className="block text-xs font-normal text-slate-600">{required.has(c) ? t("nodesAdmin.import.required") : t("nodesAdmin.import.optional")}</span>
                  </th>
                  <Td className="text-sm">{t(`nodesAdmin.import.columns.${c}`)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      </div>
    </>
  );
}
