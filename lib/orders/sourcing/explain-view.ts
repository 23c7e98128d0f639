// Reads a stored sourcing explanation for the screens and derives what they say about it: the
// plan's certificate, why a unit came to a node (against the next cheapest candidate), and what
// changed between two decisions of the same order. Pure functions over plain data (the browser may
// load them); stored rows of every age must read: every part is optional and unknown fields are
// ignored, so a decision stored before a field existed still shows what it has.
import { z } from "zod";

const num = z.number().catch(0);
const optNum = z.number().optional().catch(undefined);
const str = z.union([z.string(), z.number()]).transform(String);

const candidateSchema = z.object({
  node: str,
  type: z.string().catch("STORE"),
  distanceKm: num,
  available: num,
  canSupply: num,
  shipmentCost: num,
  handlingPerUnit: num,
  costToServeAlone: num,
  allocated: num,
});

const rejectedSchema = z
  .object({
    total: num,
    byReason: z.record(z.string(), z.number()).catch({}),
    examples: z.array(z.object({ node: str, reason: z.string(), distanceKm: num })).catch([]),
  })
  .catch({ total: 0, byReason: {}, examples: [] });

const lineSchema = z.object({
  line: str,
  sku: z.string().catch(""),
  qty: num,
  mode: z.string().catch("SHIP"),
  to: z.string().catch("customer"),
  allocated: z.array(z.object({ node: str, qty: num })).catch([]),
  unfilled: num,
  unfilledReason: z.string().optional().catch(undefined),
  candidateCount: num,
  candidates: z.array(candidateSchema).catch([]),
  rejected: rejectedSchema,
});

const costSchema = z.object({
  shipmentCount: num,
  shipmentFixed: num,
  distanceKm: num,
  distance: num,
  handling: num,
  nodeAdjustment: optNum,
  shadowPrice: optNum,
  unfilledUnits: num,
  unfilled: num,
  total: num,
});

const target = z.object({ node: str, to: z.string().catch("customer") });
const alternativeSchema = z.object({
  cost: num,
  delta: num,
  shipmentCount: num,
  unfilledUnits: num,
  shipments: z.array(target.extend({ units: num })).catch([]),
  added: z.array(target).catch([]),
  removed: z.array(target).catch([]),
});

const explanationSchema = z.object({
  method: z.string().optional().catch(undefined),
  optimal: z.boolean().optional().catch(undefined),
  lowerBound: optNum,
  gap: optNum,
  summary: z.string().optional().catch(undefined),
  cost: costSchema.optional().catch(undefined),
  lines: z.array(lineSchema).catch([]),
  alternatives: z.array(alternativeSchema).catch([]),
});

export type ExplainedCandidate = z.infer<typeof candidateSchema>;
export type ExplainedLine = z.infer<typeof lineSchema>;
export type ExplainedCost = z.infer<typeof costSchema>;
export type ExplainedAlternative = z.infer<typeof alternativeSchema>;

export interface ParsedExplanation {
  /** EXACT, BOUNDED, or HEURISTIC for decisions stored before plans carried a bound; null when absent. */
  method: string | null;
  optimal: boolean | null;
  lowerBound: number | null;
  gap: number | null;
  summary: string | null;
  cost: ExplainedCost | null;
  lines: ExplainedLine[];
  alternatives: ExplainedAlternative[];
}

/** The stored explanation JSON as the screens read it; anything unreadable becomes "not recorded". */
export function parseExplanation(json: unknown): ParsedExplanation {
  const parsed = explanationSchema.safeParse(json && typeof json === "object" ? json : {});
  const e = parsed.success ? parsed.data : { lines: [], alternatives: [] };
  return {
    method: e.method ?? null,
    optimal: e.optimal ?? null,
    lowerBound: e.lowerBound ?? null,
    gap: e.gap ?? null,
    summary: e.summary?.trim() || null,
    cost: e.cost ?? null,
    lines: e.lines,
    alternatives: e.alternatives,
  };
}

// ---------------------------------------------------------------- certificate

export type Certificate =
  /** Proved optimal: the exact search finished, or the bound meets the cost. */
  | { kind: "OPTIMAL" }
  /** A proven lower bound: the plan costs at most `gap` (a ratio) above the optimum. */
  | { kind: "WITHIN"; gap: number; lowerBound: number }
  /** No bound was recorded (decisions stored before plans carried one, or seeded history). */
  | { kind: "NO_BOUND" };

export function certificateOf(e: Pick<ParsedExplanation, "method" | "gap" | "lowerBound">): Certificate {
  if (e.method === "EXACT") return { kind: "OPTIMAL" };
  if (e.method === "BOUNDED" && e.gap !== null && Number.isFinite(e.gap) && e.gap >= 0) {
    if (e.gap === 0) return { kind: "OPTIMAL" };
    return { kind: "WITHIN", gap: e.gap, lowerBound: e.lowerBound ?? 0 };
  }
  return { kind: "NO_BOUND" };
}

/**
 * Fraction digits that show a gap without rounding it to nothing or overstating it: 0.3% for
 * 0.003, 0.04% for 0.0004. A gap below 0.01% is shown as "under 0.01%" by the caller.
 */
export function gapDigits(gap: number): number {
  if (gap >= 0.1) return 0;
  if (gap >= 0.001) return 1;
  return 2;
}

/** True when the gap would read 0.00%: the screens then say "under 0.01%" rather than "0%". */
export function gapBelowShown(gap: number): boolean {
  return gap < 0.00005;
}

// ---------------------------------------------------------------- why a node

export type NodeReason =
  /** A pickup line served from its own pickup store's shelf. */
  | { kind: "OWN_SHELF" }
  /** No other node could serve the line; `rejected` nodes were ruled out, mostly for `topReason`. */
  | { kind: "ONLY_OPTION"; rejected: number; topReason: string | null }
  /**
   * Cheaper than every node left out: `runnerUp`, the cheapest of those, would have cost `delta`
   * more. `first` when no other node of the line's plan is cheaper (a split's second node is not);
   * `nearest` when no other node with stock is nearer.
   */
  | { kind: "CHEAPEST"; first: boolean; nearest: boolean; runnerUp: string; delta: number }
  /** Not the cheapest alone, but the plan as a whole is cheaper with it (a shared shipment, capacity). */
  | { kind: "PLAN_CHEAPER"; cheaperAlone: string; saving: number };

export interface NodeReasonResult {
  reason: NodeReason;
  /** Units of the line from this node, and of the whole line, when the line is split. */
  split: { units: number; of: number; others: string[] } | null;
}

/** Why the plan gives units of this line to `node`; null when the line's explanation does not name the node. */
export function nodeReason(line: ExplainedLine, node: string): NodeReasonResult | null {
  const mine = line.allocated.find((a) => a.node === node);
  if (!mine) return null;
  const chosenNodes = new Set(line.allocated.map((a) => a.node));
  const split = line.allocated.length > 1 ? { units: mine.qty, of: line.qty, others: line.allocated.filter((a) => a.node !== node).map((a) => a.node) } : null;
  if (line.mode === "PICKUP" && line.to === node) return { reason: { kind: "OWN_SHELF" }, split };
  const me = line.candidates.find((c) => c.node === node);
  const others = line.candidates.filter((c) => !chosenNodes.has(c.node) && c.canSupply > 0).sort((a, b) => a.costToServeAlone - b.costToServeAlone || a.distanceKm - b.distanceKm);
  if (!me || others.length === 0) {
    const entries = Object.entries(line.rejected.byReason).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
    return { reason: { kind: "ONLY_OPTION", rejected: line.rejected.total, topReason: entries[0]?.[0] ?? null }, split };
  }
  const next = others[0];
  const delta = next.costToServeAlone - me.costToServeAlone;
  if (delta < 0) return { reason: { kind: "PLAN_CHEAPER", cheaperAlone: next.node, saving: -delta }, split };
  const rivals = line.candidates.filter((c) => c.node !== node && c.canSupply > 0);
  const nearest = rivals.every((c) => c.distanceKm >= me.distanceKm);
  const first = rivals.filter((c) => chosenNodes.has(c.node)).every((c) => c.costToServeAlone >= me.costToServeAlone);
  return { reason: { kind: "CHEAPEST", first, nearest, runnerUp: next.node, delta }, split };
}

/** The reason for a node across the lines it serves: the first line (in order) the node serves. */
export function nodeReasonInDecision(lines: ExplainedLine[], node: string, lineIds?: ReadonlySet<string>): (NodeReasonResult & { line: string }) | null {
  for (const l of lines) {
    if (lineIds && !lineIds.has(l.line)) continue;
    const r = nodeReason(l, node);
    if (r) return { ...r, line: l.line };
  }
  return null;
}

// ---------------------------------------------------------------- changes between decisions

export interface PlanShipmentRef {
  node: string;
  to: string;
  lines: Array<{ line: string; qty: number }>;
}

export interface DecisionDiff {
  /** Shipments (node to destination) in this decision and not in the previous one, and the reverse. */
  added: Array<{ node: string; to: string }>;
  removed: Array<{ node: string; to: string }>;
  /** Cost of this decision minus the previous one's, minor units. */
  costDeltaMinor: number;
}

const key = (s: { node: string; to: string }) => `${s.node}\u0000${s.to}`;

/** What changed from `previous` to `current` (both as stored: shipments and cost in minor units). */
export function diffDecisions(previous: { shipments: PlanShipmentRef[]; costMinor: number }, current: { shipments: PlanShipmentRef[]; costMinor: number }): DecisionDiff {
  const before = new Map(previous.shipments.map((s) => [key(s), { node: s.node, to: s.to }]));
  const after = new Map(current.shipments.map((s) => [key(s), { node: s.node, to: s.to }]));
  return {
    added: [...after].filter(([k]) => !before.has(k)).map(([, v]) => v),
    removed: [...before].filter(([k]) => !after.has(k)).map(([, v]) => v),
    costDeltaMinor: current.costMinor - previous.costMinor,
  };
}

/**
 * For each order line, the latest decision that planned it (decisions oldest first). Re-sourcing
 * plans only the units it moves, so the order's current plan is read line by line.
 */
export function latestDecisionByLine(decisions: Array<{ id: string; lineRefs: string[] }>, lines: Array<{ id: string; lineNo: number }>): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of decisions) {
    const refs = new Set(d.lineRefs);
    for (const l of lines) if (refs.has(l.id) || refs.has(String(l.lineNo))) out.set(l.id, d.id);
  }
  return out;
}

/** Units a line's plan names, counted from this decision's shipments (for lines the explanation does not cover). */
export function plannedUnits(shipments: PlanShipmentRef[], lineRefs: string[]): Array<{ node: string; to: string; qty: number }> {
  const refs = new Set(lineRefs);
  const out: Array<{ node: string; to: string; qty: number }> = [];
  for (const s of shipments) {
    const qty = s.lines.filter((l) => refs.has(l.line)).reduce((a, l) => a + l.qty, 0);
    if (qty > 0) out.push({ node: s.node, to: s.to, qty });
  }
  return out;
}

// ---------------------------------------------------------------- map

export interface MapPoint {
  lat: number;
  lng: number;
}

/**
 * Projects points into a width x height box (equirectangular, longitude scaled by the cosine of the
 * mean latitude so distances look right at European latitudes), keeping a margin on every side.
 */
export function projectPoints<T extends MapPoint>(points: T[], width: number, height: number, margin = 16): Array<T & { x: number; y: number }> {
  if (points.length === 0) return [];
  const meanLat = points.reduce((a, p) => a + p.lat, 0) / points.length;
  const kx = Math.cos((meanLat * Math.PI) / 180);
  const xs = points.map((p) => p.lng * kx);
  const ys = points.map((p) => p.lat);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX || 1e-6;
  const spanY = maxY - minY || 1e-6;
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const [midX, midY] = [(minX + maxX) / 2, (minY + maxY) / 2];
  return points.map((p, i) => ({ ...p, x: width / 2 + (xs[i] - midX) * scale, y: height / 2 - (ys[i] - midY) * scale }));
}
