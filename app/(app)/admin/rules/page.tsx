// The admin's home: every rule kind with its published version, the selected kind's definition in
// words and its version history. The selected kind lives in the URL (?kind=).
import Link from "next/link";
import { NewDraftButton } from "@/components/admin/new-draft-button";
import { RuleDefinitionView } from "@/components/admin/rule-definition-view";
import { RuleStatusBadge } from "@/components/admin/rule-status-badge";
import { ShadowPriceCard } from "@/components/admin/shadow-price-card";
import { pickParams, type SearchParams } from "@/components/admin/search-params";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Alert, EmptyState } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import type { RuleKind } from "@/generated/prisma/enums";
import { can, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { DISPLAY_TIME_ZONE, formatDate, formatDateTime, getTranslator } from "@/lib/i18n";
import { getShadowPriceStatus } from "@/lib/orders";
import { DEFAULT_RULES, RULE_KINDS, getPublishedRuleSet, listRuleSets, type SourcingRules } from "@/lib/rules";

export const dynamic = "force-dynamic";

export default async function RulesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("rules.view", "/admin/rules");
  const { t, locale } = await getTranslator();
  const params = pickParams(await searchParams, ["kind", "published"] as const);
  const kind: RuleKind = (RULE_KINDS as readonly string[]).includes(params.kind ?? "") ? (params.kind as RuleKind) : "SOURCING";
  const db = await getDb();
  const [all, published, shadowPrices] = await Promise.all([listRuleSets(db, actor), getPublishedRuleSet(db, actor, { kind }), kind === "SOURCING" ? getShadowPriceStatus(db) : null]);
  const canEdit = can(actor.role, "rules.edit");
  const history = all.filter((r) => r.kind === kind);
  const draft = history.find((r) => r.status === "DRAFT");
  const kindName = t(`admin.rules.kinds.${kind}`);

  return (
    <>
      <PageHeader
        title={t("admin.rules.title")}
        description={t("admin.rules.description")}
        actions={
          <LinkButton variant="secondary" href="/admin/rules/simulations" title={t("simulation.linkFromRulesHint")}>
            {t("simulation.linkFromRules")}
          </LinkButton>
        }
      />
      {params.published ? (
        <div className="mb-4">
          <Alert tone="success">{t("admin.rules.publishedNotice", { version: params.published })}</Alert>
        </div>
      ) : null}

      <h2 className="sr-only">{t("admin.rules.kindsLabel")}</h2>
      <Table label={t("admin.rules.kindsLabel")} className="mb-6">
        <thead>
          <tr>
            <Th>{t("admin.rules.columns.kind")}</Th>
            <Th>{t("admin.rules.columns.version")}</Th>
            <Th>{t("admin.rules.columns.status")}</Th>
            <Th>{t("admin.rules.columns.name")}</Th>
            <Th>{t("admin.rules.columns.author")}</Th>
            <Th>{t("admin.rules.columns.published")}</Th>
            <Th>{t("admin.rules.columns.draft")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {RULE_KINDS.map((k) => {
            const versions = all.filter((r) => r.kind === k);
            const live = versions.find((r) => r.status === "PUBLISHED");
            const pendingDraft = versions.find((r) => r.status === "DRAFT");
            const selected = k === kind;
            return (
              <tr key={k} className={selected ? "bg-brand-50" : undefined}>
                <th scope="row" className="px-3 py-2 text-left">
                  <Link
                    href={`/admin/rules?kind=${k}`}
                    aria-current={selected ? "true" : undefined}
                    className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  >
                    {t(`admin.rules.kinds.${k}`)}
                  </Link>
                </th>
                <Td className="tabular-nums">{live ? t("admin.rules.versionN", { version: live.version }) : "—"}</Td>
                <Td>{live ? <RuleStatusBadge status={live.status} t={t} /> : <span className="text-slate-600">{t("admin.rules.nonePublished")}</span>}</Td>
                <Td>{live?.name ?? "—"}</Td>
                <Td>{live?.author ?? "—"}</Td>
                <Td>{live?.publishedAt ? formatDate(live.publishedAt, locale, DISPLAY_TIME_ZONE) : "—"}</Td>
                <Td>
                  {pendingDraft ? (
                    <Link href={`/admin/rules/${pendingDraft.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {t("admin.rules.versionN", { version: pendingDraft.version })}
                    </Link>
                  ) : (
                    <span className="text-slate-600">{t("admin.rules.noDraft")}</span>
                  )}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>

      <section aria-labelledby="kind-heading" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="kind-heading" className="text-xl font-semibold text-slate-900">
              {kindName}
            </h2>
            <p className="text-sm text-slate-600">{t(`admin.rules.kindDescriptions.${kind}`)}</p>
          </div>
          {canEdit ? (
            draft ? (
              <LinkButton href={`/admin/rules/${draft.id}`}>{t("admin.rules.continueDraft", { version: draft.version })}</LinkButton>
            ) : (
              <NewDraftButton kind={kind} label={published ? t("admin.rules.newDraft") : t("admin.rules.newDraftFromDefaults")} />
            )
          ) : null}
        </div>

        <Card>
          <h3 className="mb-1 text-base font-semibold text-slate-900">{published ? t("admin.rules.published") : t("admin.rules.defaultsTitle")}</h3>
          {published ? (
            <p className="mb-4 text-sm text-slate-600">
              {published.name} ·{" "}
              {published.publishedBy
                ? t("admin.rules.publishedMeta", { version: published.version, date: formatDateTime(published.publishedAt ?? published.createdAt, locale, DISPLAY_TIME_ZONE), name: published.publishedBy })
                : t("admin.rules.publishedMetaNoName", { version: published.version, date: formatDateTime(published.publishedAt ?? published.createdAt, locale, DISPLAY_TIME_ZONE) })}
            </p>
          ) : (
            <div className="mb-4">
              <Alert tone="info">
                {t("admin.rules.nonePublished")} {t("admin.rules.nonePublishedHint")}
              </Alert>
            </div>
          )}
          <RuleDefinitionView kind={kind} definition={published?.definition ?? DEFAULT_RULES[kind]} valid={published?.valid ?? true} t={t} locale={locale} />
        </Card>

        {kind === "SOURCING" ? (
          <ShadowPriceCard status={shadowPrices} enabled={Boolean((published?.definition as Partial<SourcingRules> | undefined)?.networkPricing?.enabled)} t={t} locale={locale} />
        ) : null}

        <Card>
          <h3 className="mb-3 text-base font-semibold text-slate-900">{t("admin.rules.history")}</h3>
          {history.length === 0 ? (
            <EmptyState title={t("admin.rules.noHistory")}>{t("admin.rules.nonePublishedHint")}</EmptyState>
          ) : (
            <Table label={t("admin.rules.historyLabel", { kind: kindName })}>
              <thead>
                <tr>
                  <Th>{t("admin.rules.columns.version")}</Th>
                  <Th>{t("admin.rules.columns.status")}</Th>
                  <Th>{t("admin.rules.columns.name")}</Th>
                  <Th>{t("admin.rules.columns.author")}</Th>
                  <Th>{t("admin.rules.columns.created")}</Th>
                  <Th>{t("admin.rules.columns.published")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {history.map((r) => (
                  <tr key={r.id}>
                    <Td className="tabular-nums">
                      {/* The visible "v2" starts the accessible name (WCAG 2.5.3 label in name); the rest is for screen readers. */}
                      <Link href={`/admin/rules/${r.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                        {t("admin.rules.versionN", { version: r.version })}
                        <span className="sr-only">{t("admin.rules.viewVersion", { version: r.version })}</span>
                      </Link>
                    </Td>
                    <Td>
                      <RuleStatusBadge status={r.status} t={t} />
                    </Td>
                    <Td>
                      {r.name}
                      {r.rollbackOf || r.publishNote ? (
                        <span className="block text-xs text-slate-600">
                          {[r.rollbackOf ? t("admin.rules.rollback.meta", { version: r.rollbackOf }) : null, r.publishNote ? t("admin.rules.publishNote", { note: r.publishNote }) : null].filter(Boolean).join(" · ")}
                        </span>
                      ) : null}
                    </Td>
                    <Td>{r.author ?? "—"}</Td>
                    <Td>{formatDate(r.createdAt, locale, DISPLAY_TIME_ZONE)}</Td>
                    <Td>{r.publishedAt ? `${formatDate(r.publishedAt, locale, DISPLAY_TIME_ZONE)}${r.publishedBy ? ` · ${r.publishedBy}` : ""}` : "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </section>
    </>
  );
}
