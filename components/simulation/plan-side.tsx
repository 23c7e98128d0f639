"use client";
// One side of an order's comparison: the plan's shipments, its cost parts, and the engine's
// explanation line by line (the nodes chosen, why the others were rejected, why units stay unfilled).
import { useI18n } from "@/components/i18n/i18n-provider";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/client";
import type { SimulationPlanSide } from "@/lib/simulation/client";
import { day, eurosToMinor, money } from "./format";

export function PlanSide({
  id,
  title,
  side,
  nodeNames,
  lines,
}: {
  id: string;
  title: string;
  side: SimulationPlanSide;
  nodeNames: Record<string, string>;
  lines: Record<string, { sku: string; name: string | null }>;
}) {
  const { t, locale } = useI18n();
  const node = (code: string) => (nodeNames[code] ? `${nodeNames[code]} (${code})` : code);
  const skuOf = (lineId: string, fallback?: string) => lines[lineId]?.sku ?? fallback ?? lineId;
  const explanation = side.explanation;
  const cost = explanation?.cost;
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <p className="text-base font-semibold tabular-nums text-slate-900">
          {t("simulation.order.cost")}: {money(side.costMinor, locale)}
        </p>
      </div>
      {side.promise ? (
        <p className="text-sm text-slate-700">
          {t("simulation.order.promise")}: {day(side.promise, locale)}
        </p>
      ) : null}

      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-900">{t("simulation.order.shipmentsTitle")}</h3>
        {side.planShipments.length === 0 ? (
          <p className="text-sm text-slate-700">{t("simulation.order.noShipments")}</p>
        ) : (
          <Table label={t("simulation.order.shipmentsLabel", { side: title })}>
            <thead>
              <tr>
                <Th>{t("simulation.order.from")}</Th>
                <Th>{t("simulation.order.to")}</Th>
                <Th>{t("simulation.order.units")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {side.planShipments.map((s) => (
                <tr key={`${s.node}>${s.to}`}>
                  <Td>{node(s.node)}</Td>
                  <Td>{s.to === "customer" ? t("simulation.order.customer") : s.to === s.node ? t("simulation.order.inStore", { node: node(s.to) }) : node(s.to)}</Td>
                  <Td>
                    <ul>
                      {s.lines.map((l) => (
                        <li key={l.line} className="tabular-nums">
                          {l.qty} × {skuOf(l.line)}
                        </li>
                      ))}
                    </ul>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {side.unfilled.length ? (
          <div className="text-sm text-red-800">
            <span className="font-medium">{t("simulation.order.unfilledTitle")}:</span>{" "}
            {side.unfilled.map((u) => t("simulation.order.unfilledLine", { units: u.qty, sku: skuOf(u.line) })).join(", ")}
          </div>
        ) : null}
      </div>

      {cost ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">{t("simulation.order.costParts")}</h3>
          <Table label={t("simulation.order.costPartsLabel", { side: title })}>
            <tbody className="divide-y divide-slate-100">
              {[
                [t("simulation.order.part.shipmentFixed", { count: cost.shipmentCount }), cost.shipmentFixed],
                [t("simulation.order.part.distance", { km: formatNumber(Math.round(cost.distanceKm), locale) }), cost.distance],
                [t("simulation.order.part.handling"), cost.handling],
                [t("simulation.order.part.unfilled", { units: cost.unfilledUnits }), cost.unfilled],
              ].map(([label, value]) => (
                <tr key={String(label)}>
                  <th scope="row" className="px-3 py-1.5 text-left font-normal text-slate-800">
                    {label}
                  </th>
                  <Td className="py-1.5 text-right tabular-nums">{money(eurosToMinor(Number(value)), locale)}</Td>
                </tr>
              ))}
              <tr>
                <th scope="row" className="px-3 py-1.5 text-left font-semibold text-slate-900">
                  {t("simulation.order.part.total")}
                </th>
                <Td className="py-1.5 text-right font-semibold tabular-nums">{money(eurosToMinor(cost.total), locale)}</Td>
              </tr>
            </tbody>
          </Table>
        </div>
      ) : null}

      <div className="space-y-3">
        <h3 className="text-sm font-semibold text-slate-900">{t("simulation.order.linesTitle")}</h3>
        {!explanation ? (
          <p className="text-sm text-slate-700">{t("simulation.order.noExplanation")}</p>
        ) : (
          <>
            <p className="text-xs text-slate-600">{t(`simulation.order.method.${explanation.method}`)}</p>
            <ul className="space-y-3">
              {explanation.lines.map((l) => (
                <li key={l.line} className="rounded-md border border-slate-200 p-3 text-sm">
                  <h4 className="font-medium text-slate-900">
                    {t("simulation.order.lineHeading", { sku: skuOf(l.line, l.sku), qty: l.qty, mode: t(`simulation.order.mode.${l.mode}`) })}
                  </h4>
                  <dl className="mt-1 space-y-1">
                    <div>
                      <dt className="inline font-medium text-slate-800">{t("simulation.order.chosen")}: </dt>
                      <dd className="inline text-slate-800">
                        {l.allocated.length ? l.allocated.map((a) => t("simulation.order.chosenNode", { node: node(a.node), units: a.qty })).join(", ") : t("simulation.order.chosenNone")}
                      </dd>
                    </div>
                    <div>
                      <dt className="inline font-medium text-slate-800">{t("simulation.order.rejected")}: </dt>
                      <dd className="inline text-slate-800">
                        {l.rejected.total === 0
                          ? t("simulation.order.rejectedNone")
                          : Object.entries(l.rejected.byReason)
                              .map(([reason, count]) => t("simulation.order.rejectedReason", { reason: t(`simulation.order.reason.${reason as keyof typeof l.rejected.byReason}`), count: count ?? 0 }))
                              .join(", ")}
                      </dd>
                    </div>
                  </dl>
                  {l.unfilled > 0 ? (
                    <p className="mt-1 text-red-800">
                      {t("simulation.order.unfilledReason", { units: l.unfilled, reason: l.unfilledReason ? t(`simulation.order.unfilledReasons.${l.unfilledReason}`) : "—" })}
                    </p>
                  ) : null}
                  <p className="mt-1 text-slate-700">{t("simulation.order.candidates", { count: l.candidateCount })}</p>
                  {l.rejected.examples.length ? (
                    <p className="mt-1 text-xs text-slate-600">
                      {t("simulation.order.examples", {
                        nodes: l.rejected.examples.map((e) => `${node(e.node)} (${t(`simulation.order.reason.${e.reason}`)}, ${formatNumber(Math.round(e.distanceKm), locale)} km)`).join("; "),
                      })}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
