// Why one line's units come from where they do, as one decision planned them: the chosen nodes and
// their cost parts, the reason for each, the cheapest other candidates, the rejected nodes counted
// by reason with the nearest ones, and a map.
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber, type Locale, type Translate } from "@/lib/i18n/client";
import { nodeReason, plannedUnits, type ExplainedLine, type ExplainNode, type SourcingDecisionView, type SourcingHistoryLine } from "@/lib/orders/client";
import { NodeMap, type MapNode } from "./node-map";
import { money, reasonText, rejectionLabel } from "./reason-text";

export interface ExplainContext {
  t: Translate;
  locale: Locale;
  currency: string;
  nodes: Record<string, ExplainNode>;
}

export function nodeName(nodes: Record<string, ExplainNode>, ref: string): string {
  const n = nodes[ref];
  return n ? `${n.name} (${n.code})` : ref;
}

const UNFILLED = ["PICKUP_NODE_UNAVAILABLE", "NO_CANDIDATE", "INSUFFICIENT_STOCK", "SPLIT_LIMIT", "CHEAPER_UNFILLED"] as const;

function unfilledLabel(reason: string | undefined, t: Translate): string {
  const known = UNFILLED.find((r) => r === reason);
  return known ? t(`explain.unfilledReason.${known}`) : t("explain.unfilledReason.unknown");
}

export function findLineExplanation(decision: SourcingDecisionView, line: Pick<SourcingHistoryLine, "id" | "lineNo">): ExplainedLine | undefined {
  return decision.explanation.lines.find((l) => l.line === line.id || l.line === String(line.lineNo));
}

function mapPoints(decision: SourcingDecisionView, lineExpl: ExplainedLine, ctx: ExplainContext): MapNode[] {
  const points: MapNode[] = [];
  const seen = new Set<string>();
  const add = (ref: string, role: MapNode["role"]) => {
    const n = ctx.nodes[ref];
    if (!n || seen.has(n.code)) return;
    seen.add(n.code);
    points.push({ key: n.code, label: n.code, role, lat: n.lat, lng: n.lng });
  };
  if (lineExpl.to !== "customer") add(lineExpl.to, "destination");
  else if (decision.destination) points.push({ key: "customer", label: ctx.t("explain.map.customer"), role: "destination", ...decision.destination });
  for (const a of lineExpl.allocated) add(a.node, "chosen");
  for (const c of lineExpl.candidates) add(c.node, "candidate");
  for (const e of lineExpl.rejected.examples) add(e.node, "rejected");
  return points;
}

/** Units of every line the decision ships from `node` to `to`: the shipment's cost is shared by them. */
function shipmentUnits(decision: SourcingDecisionView, node: string, to: string): number {
  const s = decision.shipments.find((x) => x.node === node && x.to === to);
  return s ? s.lines.reduce((a, l) => a + l.qty, 0) : 0;
}

export function LineExplanation({ decision, line, ctx }: { decision: SourcingDecisionView; line: SourcingHistoryLine; ctx: ExplainContext }) {
  const { t, locale, currency, nodes } = ctx;
  const lineExpl = findLineExplanation(decision, line);
  if (!lineExpl) {
    const planned = plannedUnits(decision.shipments, [line.id, String(line.lineNo)]);
    return (
      <div className="text-sm text-slate-800">
        <p>{t("explain.line.noExplanation")}</p>
        <ul className="ml-4 list-disc">
          {planned.map((p) => (
            <li key={`${p.node}-${p.to}`}>{t("explain.line.planned", { qty: p.qty, node: nodeName(nodes, p.node) })}</li>
          ))}
        </ul>
      </div>
    );
  }
  const name = (ref: string) => nodeName(nodes, ref);
  const km = (v: number) => t("explain.chosen.km", { km: formatNumber(Math.round(v), locale) });
  const byReason = Object.entries(lineExpl.rejected.byReason)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  const points = mapPoints(decision, lineExpl, ctx);
  const chosenNames = lineExpl.allocated.map((a) => name(a.node)).join(", ") || t("explain.map.none");
  const rejectedNames = lineExpl.rejected.examples.map((e) => name(e.node)).join(", ") || t("explain.map.none");
  const destination = lineExpl.to === "customer" ? t("explain.map.customer") : name(lineExpl.to);
  return (
    <div className="space-y-3 text-sm">
      {lineExpl.allocated.length ? (
        <Table label={t("explain.chosen.caption", { lineNo: line.lineNo })}>
          <thead>
            <tr>
              <Th>{t("explain.chosen.node")}</Th>
              <Th className="text-right">{t("explain.chosen.units")}</Th>
              <Th className="text-right">{t("explain.chosen.distance")}</Th>
              <Th className="text-right">{t("explain.chosen.shipment")}</Th>
              <Th className="text-right">{t("explain.chosen.handling")}</Th>
              <Th className="text-right">{t("explain.chosen.total")}</Th>
              <Th>{t("explain.chosen.why")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {lineExpl.allocated.map((a) => {
              const c = lineExpl.candidates.find((x) => x.node === a.node);
              const units = shipmentUnits(decision, a.node, lineExpl.to) || a.qty;
              const share = c ? (c.shipmentCost * a.qty) / units : 0;
              const handling = c ? c.handlingPerUnit * a.qty : 0;
              const why = nodeReason(lineExpl, a.node);
              return (
                <tr key={a.node}>
                  <Td className="font-medium">{name(a.node)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(a.qty, locale)}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{c ? km(c.distanceKm) : "–"}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{c ? money(share, currency, locale) : "–"}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{c ? money(handling, currency, locale) : "–"}</Td>
                  <Td className="whitespace-nowrap text-right tabular-nums">{c ? money(share + handling, currency, locale) : "–"}</Td>
                  <Td>{why ? reasonText(why, t, locale, currency, name) : "–"}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : null}
      {lineExpl.unfilled > 0 ? <p className="text-red-800">{t("explain.line.unfilled", { qty: lineExpl.unfilled, reason: unfilledLabel(lineExpl.unfilledReason, t) })}</p> : null}
      <div>
        <h4 className="font-medium text-slate-800">{t("explain.rejected.heading", { count: lineExpl.rejected.total })}</h4>
        {byReason.length === 0 ? (
          <p className="text-slate-600">{t("explain.rejected.none")}</p>
        ) : (
          <ul className="ml-4 list-disc text-slate-800">
            {byReason.map(([reason, count]) => {
              const examples = lineExpl.rejected.examples.filter((e) => e.reason === reason);
              return (
                <li key={reason}>
                  {t("explain.rejected.count", { reason: rejectionLabel(reason, t), count: formatNumber(count, locale) })}
                  {examples.length ? (
                    <span className="text-slate-700">
                      {" · "}
                      {t("explain.rejected.nearest", { examples: examples.map((e) => t("explain.rejected.example", { node: name(e.node), km: formatNumber(Math.round(e.distanceKm), locale) })).join(", ") })}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {lineExpl.candidates.length ? (
        <details className="group rounded-md border border-slate-200">
          <summary className="cursor-pointer rounded-md px-3 py-2 font-medium text-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600">
            {t("explain.candidates.heading", { count: lineExpl.candidateCount })}
          </summary>
          <div className="p-2">
            <Table label={t("explain.candidates.caption", { lineNo: line.lineNo })} className="border-0">
              <thead>
                <tr>
                  <Th>{t("explain.chosen.node")}</Th>
                  <Th className="text-right">{t("explain.chosen.distance")}</Th>
                  <Th className="text-right">{t("explain.candidates.available")}</Th>
                  <Th className="text-right">{t("explain.candidates.alone")}</Th>
                  <Th>{t("explain.candidates.used")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {lineExpl.candidates.map((c) => (
                  <tr key={c.node}>
                    <Td>{name(c.node)}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{km(c.distanceKm)}</Td>
                    <Td className="text-right tabular-nums">{formatNumber(c.available, locale)}</Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">{money(c.costToServeAlone, currency, locale)}</Td>
                    <Td>{c.allocated > 0 ? t("explain.candidates.yes") : t("explain.candidates.no")}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </details>
      ) : null}
      <NodeMap points={points} t={t} title={t("explain.map.label", { lineNo: line.lineNo, description: t("explain.map.describe", { chosen: chosenNames, rejected: rejectedNames, destination }) })} />
    </div>
  );
}
