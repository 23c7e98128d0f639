"use client";
// The headline figures of a finished run, published rules against the draft, with the change and
// whether it is better or worse said in words.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Table, Td, Th } from "@/components/ui/table";
import type { SimulationSummary } from "@/lib/simulation/client";
import { figureRows } from "./figure-rows";

export function SummaryFigures({ summary, baselineLabel, draftLabel }: { summary: SimulationSummary; baselineLabel: string; draftLabel: string }) {
  const { t, locale } = useI18n();
  const rows = figureRows(summary, t, locale);
  return (
    <Table label={t("simulation.figures.label")}>
      <thead>
        <tr>
          <Th>{t("simulation.figures.figure")}</Th>
          <Th className="text-right">{baselineLabel}</Th>
          <Th className="text-right">{draftLabel}</Th>
          <Th className="text-right">{t("simulation.figures.delta")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className="px-3 py-2 text-left text-sm font-medium text-slate-800">
              {r.label}
            </th>
            <Td className="text-right tabular-nums">{r.baseline}</Td>
            <Td className="text-right tabular-nums">{r.draft}</Td>
            <Td className={`text-right tabular-nums ${r.direction < 0 ? "text-green-800" : r.direction > 0 ? "text-red-800" : ""}`}>
              {r.delta}
              {r.direction !== 0 ? <span className="ml-1 text-xs">({r.direction < 0 ? t("simulation.figures.better") : t("simulation.figures.worse")})</span> : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
