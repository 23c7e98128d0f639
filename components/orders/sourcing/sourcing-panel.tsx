// The order page's sourcing panel: the current plan line by line (each line as the decision that
// last planned it explains it, cancelled lines marked as such), the plan's certificate, summary,
// cost breakdown and next-best plans, and every decision of the order, openable, with what changed.
// Disclosures are native <details>: they open by keyboard and need no script.
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Alert } from "@/components/ui/states";
import { formatDateTime, formatMoney, formatNumber, type Locale, type Translate } from "@/lib/i18n/client";
import { AGENT_TIME_ZONE, certificateOf, type SourcingDecisionView, type SourcingHistory, type SourcingHistoryLine } from "@/lib/orders/client";
import { LineExplanation, nodeName, type ExplainContext } from "./line-explanation";
import { certificateHint, certificateText, money } from "./reason-text";

const REASONS = ["CAPTURE", "RESOURCE_SHORT_PICK", "RESOURCE_NODE_CANCEL", "RESOURCE_MODIFICATION", "RESOURCE_SUPPLY_ARRIVED", "RESOURCE_STOCK_CORRECTION", "SIMULATION"] as const;

function reasonLabel(reason: string, t: Translate): string {
  const known = REASONS.find((r) => r === reason);
  return known ? t(`explain.reason.${known}`) : reason;
}

const disclosure = "cursor-pointer rounded-md px-3 py-2 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600";

function CertificateBadge({ decision, ctx }: { decision: SourcingDecisionView; ctx: ExplainContext }) {
  const c = certificateOf(decision.explanation);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="text-slate-600">{ctx.t("explain.certificate.labelled")}</span>
      <Badge tone={c.kind === "OPTIMAL" ? "success" : c.kind === "WITHIN" ? "info" : "neutral"} title={certificateHint(c, ctx.t, ctx.locale, ctx.currency)}>
        {certificateText(c, ctx.t, ctx.locale)}
      </Badge>
    </span>
  );
}

/** The stored summary sentence, or one composed from the plan (engine decisions store none). */
export function decisionSummary(decision: SourcingDecisionView, ctx: ExplainContext): string {
  if (decision.explanation.summary) return decision.explanation.summary;
  const { t, locale, currency, nodes } = ctx;
  const charged = decision.shipments.filter((s) => s.node !== s.to);
  const unfilled = decision.unfilled.reduce((a, l) => a + l.qty, 0);
  const parts: string[] = [];
  if (decision.shipments.length) {
    const names = [...new Set(decision.shipments.map((s) => nodeName(nodes, s.node)))].join(", ");
    parts.push(t("explain.summary.plan", { shipments: charged.length, nodes: names, cost: formatMoney(decision.costMinor, currency, locale) }));
  } else parts.push(t("explain.summary.nothing"));
  if (unfilled) parts.push(t("explain.summary.unfilled", { units: unfilled }));
  return parts.join(" ");
}

function Breakdown({ decision, ctx }: { decision: SourcingDecisionView; ctx: ExplainContext }) {
  const cost = decision.explanation.cost;
  if (!cost) return null;
  const { t, locale, currency } = ctx;
  const rows: Array<[string, number]> = [
    [t("explain.breakdown.shipments", { count: cost.shipmentCount }), cost.shipmentFixed],
    [t("explain.breakdown.distance", { km: formatNumber(Math.round(cost.distanceKm), locale) }), cost.distance],
    [t("explain.breakdown.handling"), cost.handling],
  ];
  if (cost.nodeAdjustment) rows.push([t("explain.breakdown.nodeAdjustment"), cost.nodeAdjustment]);
  if (cost.shadowPrice) rows.push([t("explain.breakdown.shadowPrice"), cost.shadowPrice]);
  if (cost.unfilledUnits) rows.push([t("explain.breakdown.unfilled", { units: cost.unfilledUnits }), cost.unfilled]);
  return (
    <div>
      <h4 className="font-medium text-slate-800">{t("explain.breakdown.heading")}</h4>
      <dl className="mt-1 max-w-sm text-sm tabular-nums">
        {rows.map(([label, amount]) => (
          <div key={label} className="flex justify-between gap-4">
            <dt className="text-slate-600">{label}</dt>
            <dd>{money(amount, currency, locale)}</dd>
          </div>
        ))}
        <div className="mt-1 flex justify-between gap-4 border-t border-slate-200 pt-1 font-semibold">
          <dt>{t("explain.breakdown.total")}</dt>
          <dd>{money(cost.total, currency, locale)}</dd>
        </div>
      </dl>
    </div>
  );
}

function Alternatives({ decision, ctx }: { decision: SourcingDecisionView; ctx: ExplainContext }) {
  const { t, locale, currency, nodes } = ctx;
  if (!decision.explanation.cost) return null;
  const alts = decision.explanation.alternatives;
  return (
    <div>
      <h4 className="font-medium text-slate-800">{t("explain.alternatives.heading")}</h4>
      {alts.length === 0 ? (
        <p className="text-slate-600">{t("explain.alternatives.none")}</p>
      ) : (
        <ol className="ml-4 list-decimal space-y-1">
          {alts.map((a, i) => (
            <li key={i}>
              {t("explain.alternatives.item", {
                shipments: a.shipmentCount,
                nodes: [...new Set(a.shipments.map((s) => nodeName(nodes, s.node)))].join(", "),
                cost: money(a.cost, currency, locale),
                delta: money(a.delta, currency, locale),
              })}
              {a.unfilledUnits ? <span className="text-red-800"> · {t("explain.alternatives.unfilled", { units: a.unfilledUnits })}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function LineBlock({ line, decision, ctx, showDecision, idPrefix }: { line: SourcingHistoryLine; decision: SourcingDecisionView | undefined; ctx: ExplainContext; showDecision: boolean; idPrefix: string }) {
  const { t, locale } = ctx;
  const cancelled = line.status === "CANCELLED";
  const split = decision?.explanation.lines.find((l) => l.line === line.id || l.line === String(line.lineNo))?.allocated.length ?? 0;
  return (
    <section aria-labelledby={`${idPrefix}-${line.id}`} className="rounded-md border border-slate-200 p-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={`${idPrefix}-${line.id}`} className="font-semibold text-slate-900">
          {t("explain.line.title", { lineNo: line.lineNo, sku: line.sku, qty: line.qty })}
        </h3>
        {cancelled ? <Badge tone="danger">{t("explain.line.cancelled")}</Badge> : line.cancelledQty ? <Badge tone="warning">{t("explain.line.partlyCancelled", { qty: line.cancelledQty })}</Badge> : null}
        {!cancelled && split > 1 ? <Badge tone="info">{t("explain.line.split")}</Badge> : null}
      </div>
      <p className="text-xs text-slate-600">{line.name}</p>
      {cancelled ? (
        <p className="mt-2 text-sm text-slate-700">{t("explain.line.cancelledNote")}</p>
      ) : !decision ? (
        <p className="mt-2 text-sm text-slate-700">{t("explain.line.notPlanned")}</p>
      ) : (
        <div className="mt-2 space-y-2">
          {showDecision ? (
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700">
              <span>{t("explain.line.plannedBy", { date: formatDateTime(decision.createdAt, locale, AGENT_TIME_ZONE), reason: reasonLabel(decision.reason, t) })}</span>
              <CertificateBadge decision={decision} ctx={ctx} />
            </p>
          ) : null}
          {line.cancelledQty ? <p className="text-sm text-slate-700">{t("explain.line.partlyCancelledNote", { qty: line.cancelledQty })}</p> : null}
          <LineExplanation decision={decision} line={line} ctx={ctx} />
        </div>
      )}
    </section>
  );
}

function changesText(d: SourcingDecisionView, ctx: ExplainContext): string {
  const { t, locale, currency, nodes } = ctx;
  if (!d.changes) return t("explain.history.first");
  const name = (s: { node: string; to: string }) => (s.to === "customer" || s.to === s.node ? nodeName(nodes, s.node) : `${nodeName(nodes, s.node)} → ${nodeName(nodes, s.to)}`);
  const parts: string[] = [];
  if (d.changes.added.length) parts.push(t("explain.history.added", { nodes: d.changes.added.map(name).join(", ") }));
  if (d.changes.removed.length) parts.push(t("explain.history.removed", { nodes: d.changes.removed.map(name).join(", ") }));
  if (!parts.length) parts.push(t("explain.history.same"));
  const delta = d.changes.costDeltaMinor;
  parts.push(t("explain.history.costDelta", { delta: `${delta > 0 ? "+" : delta < 0 ? "−" : "±"}${formatMoney(Math.abs(delta), currency, locale)}` }));
  return parts.join(" · ");
}

function DecisionBody({ decision, lines, ctx }: { decision: SourcingDecisionView; lines: SourcingHistoryLine[]; ctx: ExplainContext }) {
  const { t } = ctx;
  const refs = new Set(decision.lineRefs);
  const planned = lines.filter((l) => refs.has(l.id) || refs.has(String(l.lineNo)));
  return (
    <div className="space-y-3 p-3 text-sm">
      <p className="flex flex-wrap items-center gap-3">
        <CertificateBadge decision={decision} ctx={ctx} />
      </p>
      <p className="rounded-md bg-slate-50 p-2 text-slate-800">{decisionSummary(decision, ctx)}</p>
      {!decision.readable ? <p className="text-slate-700">{t("explain.unreadable")}</p> : null}
      {planned.map((l) => (
        <LineBlock key={l.id} line={{ ...l, status: "PLANNED", cancelledQty: 0 }} decision={decision} ctx={ctx} showDecision={false} idPrefix={`explain-${decision.id}`} />
      ))}
      <Breakdown decision={decision} ctx={ctx} />
      <Alternatives decision={decision} ctx={ctx} />
    </div>
  );
}

export function SourcingPanel({ history, currency, t, locale }: { history: SourcingHistory | null; currency: string; t: Translate; locale: Locale }) {
  const ctx: ExplainContext = { t, locale, currency, nodes: history?.nodes ?? {} };
  const decisions = history?.decisions ?? [];
  const latest = decisions[decisions.length - 1];
  const byId = new Map(decisions.map((d) => [d.id, d]));
  return (
    <Card aria-labelledby="sourcing-explain-title">
      <CardTitle id="sourcing-explain-title">{t("explain.title")}</CardTitle>
      {!history ? (
        <Alert tone="danger">{t("explain.loadError")}</Alert>
      ) : !latest ? (
        <p className="text-sm text-slate-600">{t("explain.empty")}</p>
      ) : (
        <div className="space-y-4 text-sm">
          <div className="space-y-2">
            <h3 className="font-semibold text-slate-900">{t("explain.currentPlan")}</h3>
            <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-slate-700">
              <span>{t("explain.decided", { date: formatDateTime(latest.createdAt, locale, AGENT_TIME_ZONE), reason: reasonLabel(latest.reason, t) })}</span>
              <span>{t("explain.cost", { cost: formatMoney(latest.costMinor, currency, locale) })}</span>
              <CertificateBadge decision={latest} ctx={ctx} />
            </p>
            <p className="rounded-md bg-slate-50 p-3 text-slate-800">{decisionSummary(latest, ctx)}</p>
            {!latest.readable ? <p className="text-slate-700">{t("explain.unreadable")}</p> : null}
          </div>
          {history.lines.map((l) => (
            <LineBlock key={l.id} line={l} decision={l.decisionId ? byId.get(l.decisionId) : undefined} ctx={ctx} showDecision idPrefix="explain-current" />
          ))}
          <div className="grid gap-4 md:grid-cols-2">
            <Breakdown decision={latest} ctx={ctx} />
            <Alternatives decision={latest} ctx={ctx} />
          </div>
          <div>
            <h3 id="sourcing-history-title" className="font-semibold text-slate-900">{t("explain.history.heading", { count: decisions.length })}</h3>
            <p className="text-xs text-slate-600">{t("explain.history.hint")}</p>
            <ol aria-labelledby="sourcing-history-title" className="mt-2 space-y-2">
              {[...decisions].reverse().map((d) => (
                <li key={d.id}>
                  <details className="rounded-md border border-slate-200">
                    <summary className={disclosure}>
                      <span className="font-medium text-slate-900">{t("explain.history.item", { date: formatDateTime(d.createdAt, locale, AGENT_TIME_ZONE), reason: reasonLabel(d.reason, t) })}</span>
                      {d === latest ? (
                        <Badge tone="success" className="ml-2">
                          {t("explain.history.current")}
                        </Badge>
                      ) : null}
                      <span className="block text-xs text-slate-700">{changesText(d, ctx)}</span>
                    </summary>
                    <DecisionBody decision={d} lines={history.lines} ctx={ctx} />
                  </details>
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
    </Card>
  );
}
