// One simulation run: its progress while it runs (polled), then the headline figures of the draft
// against the published rules, the charts, a comparison with another run of the same draft, and the
// orders whose cost changed most, each opening the two plans side by side.
import Link from "next/link";
import { notFound } from "next/navigation";
import { pickParams, type SearchParams } from "@/components/admin/search-params";
import { CompareRuns } from "@/components/simulation/compare-runs";
import { day, periodDays, signedMoney, money, when } from "@/components/simulation/format";
import { RunProgress } from "@/components/simulation/run-progress";
import { SimulationCharts } from "@/components/simulation/simulation-charts";
import { SummaryFigures } from "@/components/simulation/summary-figures";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, queryString } from "@/components/ui/pagination";
import { Alert, EmptyState } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import { can, requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { formatNumber, getTranslator } from "@/lib/i18n";
import { getSimulation, listSimulationResults, listSimulations, SimulationNotFoundError, type SimulationDetail } from "@/lib/simulation";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 20;

export default async function SimulationRunPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const actor = await requirePageActor("rules.view", `/admin/rules/simulations/${id}`);
  const { t, locale } = await getTranslator();
  const q = pickParams(await searchParams, ["page", "all", "compare"] as const);
  const db = await getDb();
  const run = await getSimulation(db, actor, { id: id.slice(0, 64) }).catch((e) => {
    if (e instanceof SimulationNotFoundError) notFound();
    throw e;
  });
  const page = Math.max(1, Math.min(10_000, Number.parseInt(q.page ?? "1", 10) || 1));
  const changedOnly = q.all !== "1";
  const [results, siblings, other] = await Promise.all([
    listSimulationResults(db, actor, { id: run.id, changedOnly, page, pageSize: PAGE_SIZE }),
    run.summary ? listSimulations(db, actor, { ruleSetId: run.ruleSetId, status: "DONE", limit: 50 }) : Promise.resolve([]),
    q.compare && q.compare !== run.id ? getSimulation(db, actor, { id: q.compare.slice(0, 64) }).catch((e) => (e instanceof SimulationNotFoundError ? null : Promise.reject(e))) : Promise.resolve(null),
  ]);
  const otherProblem: "notSameDraft" | "notDone" | undefined = !q.compare || q.compare === run.id ? undefined : !other || other.ruleSetId !== run.ruleSetId ? "notSameDraft" : !other.summary ? "notDone" : undefined;

  const period = t("simulation.period", periodDays(run.periodFrom, run.periodTo, locale));
  const draftLabel = t("simulation.draftVersion", { version: run.draftVersion });
  const baselineLabel = run.baselineVersion !== null ? t("simulation.baselineVersion", { version: run.baselineVersion }) : t("simulation.baselineDefaults");
  const summary = run.summary;
  const base = `/admin/rules/simulations/${run.id}`;
  const hrefFor = (p: { page?: number; all?: boolean }) => `${base}${queryString({ page: p.page && p.page > 1 ? p.page : undefined, all: p.all ? 1 : undefined, compare: q.compare })}`;
  const pages = Math.max(1, Math.ceil(results.total / PAGE_SIZE));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/rules/simulations" className="text-brand-700 underline-offset-2 hover:underline">
          ← {t("simulation.backToList")}
        </Link>
      </p>
      <PageHeader
        title={t("simulation.run.title", { version: run.draftVersion })}
        description={
          <>
            <span className="block">{t("simulation.versus", { draft: t("simulation.draftVersionNamed", { version: run.draftVersion, name: run.draftName }), baseline: baselineLabel })}</span>
            <span className="block">{t("simulation.run.meta", { period, name: run.createdByName, date: when(run.createdAt, locale) })}</span>
          </>
        }
        actions={
          <Link href={`/admin/rules/${run.ruleSetId}`} className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
            {t("simulation.run.openDraft")}
          </Link>
        }
      />
      <div className="space-y-6">
        {run.draftUnchanged ? null : <Alert tone="warning">{t("simulation.draftChangedHint")}</Alert>}
        <Card aria-label={t("simulation.progress.label")}>
          <RunProgress initial={progressOf(run)} canCancel={can(actor.role, "rules.edit")} />
        </Card>

        {summary ? (
          summary.orders === 0 ? (
            <EmptyState title={t("simulation.run.noOrders")}>{t("simulation.run.noOrdersHint")}</EmptyState>
          ) : (
            <>
              <section aria-labelledby="figures-title" className="space-y-3">
                <h2 id="figures-title" className="text-lg font-semibold text-slate-900">
                  {t("simulation.figures.title")}
                </h2>
                <p className="text-sm text-slate-800">
                  {t("simulation.run.changedOrders", { changed: formatNumber(summary.changed, locale), orders: formatNumber(summary.orders, locale) })}{" "}
                  {t("simulation.run.stockSources", {
                    snapshot: formatNumber(summary.stockSources.SNAPSHOT, locale),
                    ledger: formatNumber(summary.stockSources.LEDGER, locale),
                    current: formatNumber(summary.stockSources.CURRENT, locale),
                  })}
                </p>
                <SummaryFigures summary={summary} baselineLabel={baselineLabel} draftLabel={draftLabel} />
              </section>
              <SimulationCharts summary={summary} baselineLabel={baselineLabel} draftLabel={draftLabel} />
              <Card>
                <CompareRuns
                  runId={run.id}
                  choices={siblings.filter((s) => s.id !== run.id).map((s) => ({ id: s.id, createdAt: s.createdAt, periodFrom: s.periodFrom, periodTo: s.periodTo }))}
                  selected={q.compare}
                  summary={summary}
                  other={other && !otherProblem && other.summary ? { createdAt: other.createdAt, periodFrom: other.periodFrom, periodTo: other.periodTo, summary: other.summary } : null}
                  otherProblem={otherProblem}
                />
              </Card>
            </>
          )
        ) : run.status === "QUEUED" || run.status === "RUNNING" ? (
          <p className="text-sm text-slate-700">{t("simulation.run.notFinished")}</p>
        ) : null}

        {summary?.orders === 0 ? null : (
          <section aria-labelledby="results-title" className="space-y-3">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <h2 id="results-title" className="text-lg font-semibold text-slate-900">
                {t("simulation.results.title")}
              </h2>
              <nav aria-label={t("simulation.results.filterLabel")} className="flex gap-2 text-sm">
                <FilterLink href={hrefFor({})} current={changedOnly} label={t("simulation.results.changedOnly")} />
                <FilterLink href={hrefFor({ all: true })} current={!changedOnly} label={t("simulation.results.allOrders")} />
              </nav>
            </div>
            {results.total === 0 ? (
              run.done === 0 ? (
                <EmptyState title={t("simulation.results.noneYet")} />
              ) : (
                <EmptyState title={t("simulation.results.none")}>{t("simulation.results.noneHint")}</EmptyState>
              )
            ) : (
              <>
                <Table label={t("simulation.results.label")}>
                  <thead>
                    <tr>
                      <Th>{t("simulation.results.order")}</Th>
                      <Th>{t("simulation.results.placed")}</Th>
                      <Th className="text-right">{t("simulation.results.baselineCost")}</Th>
                      <Th className="text-right">{t("simulation.results.draftCost")}</Th>
                      <Th className="text-right">{t("simulation.results.delta")}</Th>
                      <Th className="text-right">{t("simulation.results.shipments")}</Th>
                      <Th className="text-right">{t("simulation.results.unfilled")}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {results.rows.map((r) => (
                      <tr key={r.orderId}>
                        <Td className="whitespace-nowrap">
                          <Link href={`${base}/orders/${r.orderId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                            {r.orderNumber}
                            <span className="sr-only"> · {t("simulation.results.compare", { number: r.orderNumber })}</span>
                          </Link>
                        </Td>
                        <Td className="whitespace-nowrap">{day(r.placedAt, locale)}</Td>
                        <Td className="text-right tabular-nums">{money(r.baselineCostMinor, locale)}</Td>
                        <Td className="text-right tabular-nums">{money(r.draftCostMinor, locale)}</Td>
                        <Td className={`text-right tabular-nums ${r.deltaMinor < 0 ? "text-green-800" : r.deltaMinor > 0 ? "text-red-800" : ""}`}>{signedMoney(r.deltaMinor, locale)}</Td>
                        <Td className="text-right tabular-nums">
                          {r.baselineShipments} → {r.draftShipments}
                        </Td>
                        <Td className="text-right tabular-nums">
                          {r.baselineUnfilled} → {r.draftUnfilled}
                        </Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
                <Pagination
                  page={page}
                  pageCount={pages}
                  hrefFor={(p) => hrefFor({ page: p, all: !changedOnly })}
                  labels={{ nav: t("simulation.results.nav"), previous: t("simulation.results.previous"), next: t("simulation.results.next"), pageOf: t("simulation.results.pageOf", { page, pages }) }}
                />
              </>
            )}
          </section>
        )}
      </div>
    </>
  );
}

function progressOf(run: SimulationDetail) {
  return { id: run.id, status: run.status, total: run.total, done: run.done, progress: run.progress, cancelRequested: run.cancelRequested, finishedAt: run.finishedAt, error: run.error };
}

function FilterLink({ href, current, label }: { href: string; current: boolean; label: string }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`rounded-md border px-2.5 py-1 ${current ? "border-brand-700 bg-brand-50 font-medium text-brand-800" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
}
