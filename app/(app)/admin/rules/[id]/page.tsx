// One rule-set version: read-only, or the draft form when it is a draft and the actor may edit.
import Link from "next/link";
import { notFound } from "next/navigation";
import { RuleDefinitionView } from "@/components/admin/rule-definition-view";
import { RuleDraftForm } from "@/components/admin/rule-draft-form";
import { RuleStatusBadge } from "@/components/admin/rule-status-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { formatDateTime, getTranslator } from "@/lib/i18n";
import { getRuleSet } from "@/lib/rules";

export const dynamic = "force-dynamic";

export default async function RuleSetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor("rules.view", `/admin/rules/${id}`);
  const { t, locale } = await getTranslator();
  const rules = await getRuleSet(await getDb(), actor, { id }).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const editable = rules.status === "DRAFT" && can(actor.role, "rules.edit");
  const created = formatDateTime(rules.createdAt, locale);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/rules?kind=${rules.kind}`} className="text-brand-700 underline-offset-2 hover:underline">
          ← {t("admin.rules.backToRules")}
        </Link>
      </p>
      <PageHeader
        title={t("admin.rules.versionTitle", { kind: t(`admin.rules.kinds.${rules.kind}`), version: rules.version })}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <RuleStatusBadge status={rules.status} t={t} />
            <span>{rules.name}</span>
            <span>· {rules.author ? t("admin.rules.meta", { date: created, name: rules.author }) : t("admin.rules.metaNoName", { date: created })}</span>
          </span>
        }
      />
      <Card>
        {editable ? (
          <>
            <h2 className="mb-1 text-base font-semibold text-slate-900">{t("admin.rules.draftEdit")}</h2>
            <p className="mb-4 text-sm text-slate-600">{t("admin.rules.draftEditHint")}</p>
            <RuleDraftForm draft={{ id: rules.id, kind: rules.kind, version: rules.version, name: rules.name, lockVersion: rules.lockVersion, definition: rules.definition }} />
          </>
        ) : (
          <>
            <h2 className="mb-4 text-base font-semibold text-slate-900">{rules.status === "PUBLISHED" ? t("admin.rules.published") : t("admin.rules.definition")}</h2>
            <RuleDefinitionView kind={rules.kind} definition={rules.definition} valid={rules.valid} t={t} locale={locale} />
          </>
        )}
      </Card>
    </>
  );
}
