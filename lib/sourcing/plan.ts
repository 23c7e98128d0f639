// Turns the solver's (arc, line, qty) allocation into the contract's shipments and unfilled lists,
// in a stable order: shipments by node id then destination, lines in the order's line order.

import type { PlanLike } from "./cost";
import type { Problem } from "./candidates";
import type { LineQty, PlanShipment } from "./types";

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function assemblePlan(
  p: Problem,
  alloc: ReadonlyArray<{ arc: number; line: number; qty: number }>,
): PlanLike {
  const perArc = new Map<number, Map<number, number>>();
  const assigned = new Float64Array(p.lines.length);
  for (const { arc, line, qty } of alloc) {
    if (qty <= 0) continue;
    let lines = perArc.get(arc);
    if (!lines) perArc.set(arc, (lines = new Map()));
    lines.set(line, (lines.get(line) ?? 0) + qty);
    assigned[line] += qty;
  }
  const shipments: PlanShipment[] = [...perArc.entries()].map(([arc, lines]) => ({
    node: p.nodes[p.arcNode[arc]].id,
    to: p.dests[p.arcDest[arc]].id,
    lines: [...lines.entries()]
      .sort((a, b) => p.lines[a[0]].position - p.lines[b[0]].position)
      .map(([l, qty]) => ({ line: p.lines[l].line.id, qty })),
  }));
  shipments.sort((a, b) => byId(a.node, b.node) || byId(a.to, b.to));
  const unfilled: LineQty[] = p.lines
    .map((line, l) => ({ line, qty: line.qty - assigned[l] }))
    .filter((u) => u.qty > 0)
    .sort((a, b) => a.line.position - b.line.position)
    .map((u) => ({ line: u.line.line.id, qty: u.qty }));
  return { shipments, unfilled };
}
