// The order's latest sourcing decision at a glance: why and when it was taken, its cost and
// certificate, the rule versions in force, and the shipments it planned. The explanation panel
// (sourcing-panel.tsx) says why, line by line, and keeps the earlier decisions.
import { Card, CardTitle } from "@/components/ui/card";
import { formatDateTime, formatMoney, type Locale, type Translate } from "@/lib/i18n/client";
import { AGENT_TIME_ZONE, certificateOf, type OrderDetail, type SourcingNodeRef } from "@/lib/orders/client";
import { certificateText } from "./reason-text";

function nodeLabel(n: SourcingNodeRef): string {
  return n.name ? `${n.name}${n.code ? ` (${n.code})` : ""}` : n.ref;
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-4 py-1">
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-right text-slate-900">{children}</dd>
    </div>
  );
}

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-slate-600">{children}</p>;
}

export function SourcingSummaryCard({ order, t, locale }: { order: OrderDetail; t: Translate; locale: Locale }) {
  const s = order.sourcing;
  return (
    <Card>
      <CardTitle>{t("orders.detail.sourcing.title")}</CardTitle>
      {!s ? (
        <Empty>{t("orders.detail.sourcing.empty")}</Empty>
      ) : (
        <>
          <dl className="text-sm">
            <Row label={t("orders.detail.sourcing.reason")}>{t(`explain.reason.${s.reason as "CAPTURE"}`)}</Row>
            <Row label={t("orders.detail.sourcing.decidedAt")}>{formatDateTime(s.createdAt, locale, AGENT_TIME_ZONE)}</Row>
            <Row label={t("orders.detail.sourcing.cost")}>{formatMoney(s.costMinor, order.currency, locale)}</Row>
            <Row label={t("orders.detail.sourcing.rules")}>{s.ruleSet ? t("orders.detail.sourcing.ruleVersion", { version: s.ruleSet.version }) : t("orders.detail.sourcing.ruleDefaults")}</Row>
            {order.ruleSets.holds ? <Row label={t("orders.detail.sourcing.holdRules")}>{t("orders.detail.sourcing.ruleVersion", { version: order.ruleSets.holds.version })}</Row> : null}
            <Row label={t("explain.certificate.label")}>{certificateText(certificateOf(s), t, locale)}</Row>
          </dl>
          {!s.readable ? (
            <Empty>{t("orders.detail.sourcing.unreadable")}</Empty>
          ) : (
            <>
              <h3 className="mt-3 text-sm font-medium text-slate-800">{t("orders.detail.sourcing.shipments")}</h3>
              <ul className="mt-1 space-y-2 text-sm">
                {s.shipments.map((sh, i) => (
                  <li key={`${sh.from.ref}-${i}`} className="rounded-md border border-slate-200 p-2">
                    <p className="font-medium text-slate-900">
                      {nodeLabel(sh.from)} → {sh.to === "customer" ? t("orders.detail.sourcing.customer") : nodeLabel(sh.to)}
                    </p>
                    <ul className="text-slate-700">
                      {sh.lines.map((l) => (
                        <li key={l.ref}>
                          {l.lineNo !== null
                            ? t("orders.detail.sourcing.lineItem", { lineNo: l.lineNo, sku: l.sku ?? "", qty: l.qty })
                            : t("orders.detail.sourcing.unknownLine", { ref: l.ref, qty: l.qty })}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
              {s.unfilled.length ? (
                <>
                  <h3 className="mt-3 text-sm font-medium text-red-800">{t("orders.detail.sourcing.unfilled")}</h3>
                  <ul className="text-sm text-slate-700">
                    {s.unfilled.map((l) => (
                      <li key={l.ref}>
                        {l.lineNo !== null
                          ? t("orders.detail.sourcing.lineItem", { lineNo: l.lineNo, sku: l.sku ?? "", qty: l.qty })
                          : t("orders.detail.sourcing.unknownLine", { ref: l.ref, qty: l.qty })}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          )}
          {s.earlierCount > 0 ? (
            <p className="mt-3 text-xs text-slate-600">
              <a href="#sourcing-explain-title" className="text-brand-700 underline">
                {t("orders.detail.sourcing.earlier", { count: s.earlierCount })}
              </a>
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}
