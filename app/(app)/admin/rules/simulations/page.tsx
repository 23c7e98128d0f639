// Every simulation run, newest first: which draft, over which period, how far it got, who started
// it and when, and the cost change once done. Runs are started from a sourcing draft's page.
import Link from "next/link";
import { periodDays, signedMoney, when } from "@/components/simulation/format";
import { SimulationStatusBadge } from "@/components/simulation/status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { formatNumber, formatPercent, getTranslator } from "@/lib/i18n";
import { listSimulations } from "@/lib/simulation";

export const dynamic = "force-dynamic";

export default async function SimulationsPage() {
  const actor = await requirePageActor("rules.view", "/admin/rules/simulations");
  const { t, locale } = await getTranslator();
  const runs = await listSimulations(await getDb(), actor, { limit: 200 });

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/rules?kind=SOURCING" className="text-brand-700 underline-offset-2 hover:underline">
          ← {t("simulation.backToRules")}
        </Link>
      </p>
      <PageHeader title={t("simulation.title")} description={t("simulation.description")} />
      {runs.length === 0 ? (
        <EmptyState title={t("simulation.empty")}>
          <p>{t("simulation.emptyHint")}</p>
          <p className="mt-2">
            <Link href="/admin/rules?kind=SOURCING" className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {t("simulation.backToRules")}
            </Link>
          </p>
        </EmptyState>
      ) : (
        <Table label={t("simulation.listLabel")}>
          <thead>
            <tr>
              <Th>{t("simulation.columns.when")}</Th>
              <Th>{t("simulation.columns.draft")}</Th>
              <Th>{t("simulation.columns.period")}</Th>
              <Th>{t("simulation.columns.status")}</Th>
              <Th className="text-right">{t("simulation.columns.progress")}</Th>
              <Th className="text-right">{t("simulation.columns.delta")}</Th>
              <Th>{t("simulation.columns.who")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {runs.map((r) => {
              const period = periodDays(r.periodFrom, r.periodTo, locale);
              const started = when(r.createdAt, locale);
              const progress = r.status === "DONE" ? 1 : r.total > 0 ? r.done / r.total : 0;
              return (
                <tr key={r.id}>
                  <Td className="whitespace-nowrap">
                    {/* The visible date starts the link's accessible name (label in name). */}
                    <Link href={`/admin/rules/simulations/${r.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      {started}
                      <span className="sr-only"> · {t("simulation.openRun", { date: started })}</span>
                    </Link>
                  </Td>
                  <Td>
                    <Link href={`/admin/rules/${r.ruleSetId}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {t("simulation.draftVersion", { version: r.draftVersion })}
                    </Link>
                    <span className="block text-xs text-slate-600">
                      {r.baselineVersion !== null ? t("simulation.baselineVersion", { version: r.baselineVersion }) : t("simulation.baselineDefaults")}
                      {r.draftUnchanged ? null : <> · {t("simulation.draftChanged")}</>}
                    </span>
                  </Td>
                  <Td className="whitespace-nowrap">{t("simulation.period", period)}</Td>
                  <Td>
                    <SimulationStatusBadge status={r.status} cancelRequested={r.cancelRequested} />
                  </Td>
                  <Td className="text-right tabular-nums whitespace-nowrap">
                    {formatNumber(r.done, locale)} / {formatNumber(r.total, locale)} · {formatPercent(progress, locale, 0)}
                  </Td>
                  <Td className="text-right tabular-nums whitespace-nowrap">{r.deltaCostMinor !== null ? signedMoney(r.deltaCostMinor, locale) : "—"}</Td>
                  <Td>{r.createdByName}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}
