// Where units go, in the associate's words: "Put back on the shelf here", "Send to DC-LYS", "Dispose".
import type { Translate } from "@/lib/i18n/client";
import type { DispositionInput, ProposedDisposition } from "@/lib/returns/client";

export function dispositionLabel(t: Translate, disposition: DispositionInput, node?: { code: string } | null): string {
  if (disposition === "RESTOCK") return t("store.returns.line.dispositions.RESTOCK");
  if (disposition === "DISPOSE") return t("store.returns.line.dispositions.DISPOSE");
  return node ? t("store.returns.line.dispositions.SEND_TO_DC", { node: node.code }) : t("store.returns.line.dispositions.SEND_TO_ANY_DC");
}

/** One line's destinations: "2 × Put back on the shelf here", or just the destination when all units go there. */
export function destinations(t: Translate, qty: number, proposals: ProposedDisposition[]): string[] {
  if (proposals.length === 1 && proposals[0].qty === qty) return [dispositionLabel(t, proposals[0].disposition, proposals[0].node)];
  return proposals.map((p) => t("store.returns.line.splitDestination", { qty: p.qty, destination: dispositionLabel(t, p.disposition, p.node) }));
}
