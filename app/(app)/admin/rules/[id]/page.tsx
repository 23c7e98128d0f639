// One rule-set version: the draft form when it is a draft and the actor may edit (for sourcing, with
// a simulation on past orders), else its settings; what differs from another version (by default
// the one in force for a draft, the previous one otherwise); and, for an earlier version, rollback.
import Link from "next/link";
import { notFound } from "next/navigation";
import { RollbackButton } from "@/components/admin/rollback-button";
import { RuleDefinitionView, RuleDiffTable } from "@/components/admin/rule-definition-view";
import { RuleDraftForm } from "@/components/admin/rule-draft-form";
import { RuleStatusBadge } from "@/components/admin/rule-status-badge";
import { StartSimulationForm } from "@/components/simulation/start-simulation-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/states";
import { can, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { DISPLAY_TIME_ZONE, formatDateTime, getTranslator } from "@/lib/i18n";
import { diffDefinitions, getRuleEditingContext, getRuleSet, listRuleSets } from "@/lib/rules";
import { getLatestSimulation } from "@/lib/simulation";

export const dynamic = "force-dynamic";

export default async function RuleSetPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ compare?: string; rolledBack?: string }> }) {
  const { id } = await params;
  const { compare, rolledBack } = await searchParams;
  const actor = await requirePageActor("rules.view", `/admin/rules/${id}`);
  const { t, locale } = await getTranslator();
  const db = await getDb();
  const rules = await getRuleSet(db, actor, { id }).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const mayEdit = can(actor.role, "rules.edit");
  const editable = rules.status === "DRAFT" && mayEdit;
  const [context, versions, latestSimulation] = await Promise.all([
    getRuleEditingContext(db, actor, { kind: rules.kind }),
    listRuleSets(db, actor, { kind: rules.kind }),
    editable && rules.kind === "SOURCING" ? getLatestSimulation(db, actor, { ruleSetId: rules.id }) : null,
  ]);
  const created = formatDateTime(rules.createdAt, locale, DISPLAY_TIME_ZONE);

  // The other side of the comparison: the one asked for, else the version in force (for a draft)
  // or the previous version, else the built-in defaults.
  const others = versions.filter((v) => v.id !== rules.id);
  const previous = others.find((v) => v.version < rules.version);
  const defaultOther = rules.status === "DRAFT" ? (context.published?.id ?? previous?.id) : previous?.id;
  const otherId = compare === "defaults" ? null : compare && others.some((v) => v.id === compare) ? compare : (defaultOther ?? null);
  const other = otherId ? await getRuleSet(db, actor, { id: otherId }) : null;
  const changes = diffDefinitions(other ? other.definition : context.defaults, rules.definition);

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
            {rules.rollbackOf ? <span>· {t("admin.rules.rollback.meta", { version: rules.rollbackOf })}</span> : null}
            {rules.publishNote ? <span>· {t("admin.rules.publishNote", { note: rules.publishNote })}</span> : null}
          </span>
        }
        actions={rules.status === "ARCHIVED" && mayEdit ? <RollbackButton ruleSet={{ id: rules.id, version: rules.version, kind: rules.kind }} /> : undefined}
      />
      {rolledBack ? (
        <div className="mb-4">
          <Alert tone="success">{t("admin.rules.rollback.done", { version: rules.version, from: rolledBack })}</Alert>
        </div>
      ) : null}
      <div className="space-y-6">
        <Card>
          {editable ? (
            <>
              <h2 className="mb-1 text-base font-semibold text-slate-900">{t("admin.rules.draftEdit")}</h2>
              <p className="mb-4 text-sm text-slate-600">{t("admin.rules.draftEditHint")}</p>
              <RuleDraftForm
                draft={{ id: rules.id, kind: rules.kind, version: rules.version, name: rules.name, lockVersion: rules.lockVersion, definition: rules.definition }}
                context={{ nodes: context.nodes, categories: context.categories, published: context.published, defaults: context.defaults, latestSimulation }}
              />
            </>
          ) : (
            <>
              <h2 className="mb-4 text-base font-semibold text-slate-900">{rules.status === "PUBLISHED" ? t("admin.rules.published") : t("admin.rules.definition")}</h2>
              <RuleDefinitionView kind={rules.kind} definition={rules.definition} valid={rules.valid} t={t} locale={locale} />
            </>
          )}
        </Card>

        {editable && rules.kind === "SOURCING" ? (
          <Card>
            <section id="simulate" className="scroll-mt-24">
              <StartSimulationForm ruleSetId={rules.id} lockVersion={rules.lockVersion} />
            </section>
            {latestSimulation ? (
              <p className="mt-3 text-sm">
                <Link href={`/admin/rules/simulations/${latestSimulation.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {t("admin.rules.publishDialog.openSimulation")}
                </Link>
              </p>
            ) : null}
          </Card>
        ) : null}

        <Card>
          <h2 className="mb-1 text-base font-semibold text-slate-900">{t("admin.rules.diff.title")}</h2>
          <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="compare" className="block text-sm font-medium text-slate-800">
                {t("admin.rules.diff.compareWith")}
              </label>
              <select id="compare" name="compare" defaultValue={otherId ?? "defaults"} className="mt-1 min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm">
                {others.map((v) => (
                  <option key={v.id} value={v.id}>
                    {t("admin.rules.diff.versionOption", { version: v.version, status: t(`admin.rules.statuses.${v.status}`), name: v.name })}
                  </option>
                ))}
                <option value="defaults">{t("admin.rules.diff.defaults")}</option>
              </select>
            </div>
            <Button type="submit" variant="secondary">
              {t("admin.rules.diff.compare")}
            </Button>
          </form>
          <p className="mb-2 text-sm text-slate-600">{other ? t("admin.rules.diff.against", { version: other.version }) : t("admin.rules.diff.againstDefaults")}</p>
          <RuleDiffTable kind={rules.kind} changes={changes} t={t} locale={locale} />
        </Card>
      </div>
    </>
  );
}
