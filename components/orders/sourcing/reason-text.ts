// Sentences of the sourcing explanation in the reader's language: why a unit came to a node (the
// order page, the store queue and the DC console say it the same way) and the plan's certificate.
import { formatMoney, formatPercent, type Locale, type Translate } from "@/lib/i18n/client";
import type { WorkSourcingReason } from "@/lib/fulfillment/client";
import { gapBelowShown, gapDigits, type Certificate, type NodeReasonResult } from "@/lib/orders/client";

/** Engine costs are in major units of the order's currency, unrounded. */
export function money(amount: number, currency: string, locale: Locale): string {
  return formatMoney(Math.round(amount * 100), currency, locale);
}

export function rejectionLabel(reason: string, t: Translate): string {
  switch (reason) {
    case "EXCLUDED_BY_RULE":
    case "NO_STOCK":
    case "NO_CAPACITY":
    case "NO_CAPABILITY":
    case "TOO_FAR":
    case "SPLIT_LIMIT":
      return t(`explain.rejected.reason.${reason}`);
    default:
      return t("explain.rejected.reason.unknown");
  }
}

/** "Nearest node with stock; Lyon DC was 12 EUR dearer" and its siblings; `nodeName` turns a node reference into a name. */
export function reasonText(r: NodeReasonResult, t: Translate, locale: Locale, currency: string, nodeName: (ref: string) => string): string {
  const reason = r.reason;
  let text: string;
  switch (reason.kind) {
    case "OWN_SHELF":
      text = t("explain.why.OWN_SHELF");
      break;
    case "ONLY_OPTION":
      text = reason.rejected > 0 && reason.topReason ? t("explain.why.ONLY_OPTION_REJECTED", { count: reason.rejected, reason: rejectionLabel(reason.topReason, t).toLowerCase() }) : t("explain.why.ONLY_OPTION");
      break;
    case "CHEAPEST":
      if (Math.round(reason.delta * 100) === 0) text = t("explain.why.TIE", { node: nodeName(reason.runnerUp) });
      else text = t(!reason.first ? "explain.why.NEXT_CHEAPEST" : reason.nearest ? "explain.why.CHEAPEST_NEAREST" : "explain.why.CHEAPEST", { node: nodeName(reason.runnerUp), delta: money(reason.delta, currency, locale) });
      break;
    case "PLAN_CHEAPER":
      text = t("explain.why.PLAN_CHEAPER", { node: nodeName(reason.cheaperAlone), saving: money(reason.saving, currency, locale) });
      break;
  }
  if (r.split) text += `. ${t("explain.why.split", { units: r.split.units, of: r.split.of, others: r.split.others.map(nodeName).join(", ") })}`;
  return text;
}

export function certificateText(c: Certificate, t: Translate, locale: Locale): string {
  if (c.kind === "OPTIMAL") return t("explain.certificate.OPTIMAL");
  if (c.kind === "NO_BOUND") return t("explain.certificate.NO_BOUND");
  if (gapBelowShown(c.gap)) return t("explain.certificate.WITHIN_TINY");
  return t("explain.certificate.WITHIN", { gap: formatPercent(c.gap, locale, gapDigits(c.gap)) });
}

export function certificateHint(c: Certificate, t: Translate, locale: Locale, currency: string): string {
  if (c.kind === "OPTIMAL") return t("explain.certificate.hintOptimal");
  if (c.kind === "NO_BOUND") return t("explain.certificate.hintNoBound");
  return t("explain.certificate.hintWithin", { bound: money(c.lowerBound, currency, locale) });
}

/** The reason shown at a node (store queue, DC console): "Line 2: nearest node with stock; Lyon DC was 12 EUR dearer". */
export function workReasonText(r: WorkSourcingReason, t: Translate, locale: Locale): string {
  const text = reasonText(r, t, locale, r.currency, (ref) => r.names[ref] ?? ref);
  return r.lineNo === null ? text : t("explain.atNode.line", { lineNo: r.lineNo, reason: text });
}
