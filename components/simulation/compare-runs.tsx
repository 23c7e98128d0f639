"use client";
// "Compare with another run": a choice among the finished runs of the same draft (a plain GET form,
// so the comparison has its own address), and the two runs' figures side by side.
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import type { SimulationSummary } from "@/lib/simulation/client";
import { figureRows } from "./figure-rows";
import { periodDays, when } from "./format";

export interface CompareChoice {
  id: string;
  createdAt: Date | string;
  periodFrom: Date | string;
  periodTo: Date | string;
}

export function CompareRuns({
  runId,
  choices,
  selected,
  summary,
  other,
  otherProblem,
}: {
  runId: string;
  choices: CompareChoice[];
  selected?: string;
  summary: SimulationSummary;
  other: { createdAt: Date | string; periodFrom: Date | string; periodTo: Date | string; summary: SimulationSummary } | null;
  otherProblem?: "notSameDraft" | "notDone";
}) {
  const { t, locale } = useI18n();
  const label = (c: { createdAt: Date | string; periodFrom: Date | string; periodTo: Date | string }) =>
    `${when(c.createdAt, locale)} · ${t("simulation.period", periodDays(c.periodFrom, c.periodTo, locale))}`;
  const mine = figureRows(summary, t, locale);
  const theirs = other ? figureRows(other.summary, t, locale) : [];
  return (
    <section aria-labelledby="compare-title" className="space-y-3">
      <div>
        <h2 id="compare-title" className="text-base font-semibold text-slate-900">
          {t("simulation.compare.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("simulation.compare.hint")}</p>
      </div>
      {choices.length === 0 ? (
        <p className="text-sm text-slate-700">{t("simulation.compare.none")}</p>
      ) : (
        <form method="get" action={`/admin/rules/simulations/${runId}`} className="flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <label htmlFor="compare-run" className="block text-sm font-medium text-slate-800">
              {t("simulation.compare.label")}
            </label>
            <select id="compare-run" name="compare" defaultValue={selected ?? ""} className={inputClass(false, "w-auto")}>
              <option value="">{t("simulation.compare.choose")}</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {label(c)}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary">
            {t("simulation.compare.submit")}
          </Button>
          {selected ? (
            <Link href={`/admin/rules/simulations/${runId}`} className="py-2 text-sm text-brand-700 underline-offset-2 hover:underline">
              {t("simulation.compare.clear")}
            </Link>
          ) : null}
        </form>
      )}
      {otherProblem ? <p className="text-sm text-red-800">{t(`simulation.compare.${otherProblem}`)}</p> : null}
      {other ? (
        <Table label={t("simulation.compare.tableLabel")}>
          <thead>
            <tr>
              <Th rowSpan={2}>{t("simulation.figures.figure")}</Th>
              <Th colSpan={3} scope="colgroup" className="text-center">
                {t("simulation.compare.thisRun")}
              </Th>
              <Th colSpan={3} scope="colgroup" className="text-center">
                {t("simulation.compare.otherRun", { date: when(other.createdAt, locale) })}
              </Th>
            </tr>
            <tr>
              {[0, 1].map((i) => (
                <FigureHeads key={i} />
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {mine.map((r, i) => (
              <tr key={r.key}>
                <th scope="row" className="px-3 py-2 text-left text-sm font-medium text-slate-800">
                  {r.label}
                </th>
                <Td className="text-right tabular-nums">{r.baseline}</Td>
                <Td className="text-right tabular-nums">{r.draft}</Td>
                <Td className="text-right tabular-nums">{r.delta}</Td>
                <Td className="text-right tabular-nums">{theirs[i]?.baseline}</Td>
                <Td className="text-right tabular-nums">{theirs[i]?.draft}</Td>
                <Td className="text-right tabular-nums">{theirs[i]?.delta}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </section>
  );
}

function FigureHeads() {
  const { t } = useI18n();
  return (
    <>
      <Th className="text-right">{t("simulation.figures.baseline")}</Th>
      <Th className="text-right">{t("simulation.figures.draft")}</Th>
      <Th className="text-right">{t("simulation.figures.delta")}</Th>
    </>
  );
}
