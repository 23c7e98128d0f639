import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/client";
import { certificateHint, certificateText, reasonText, workReasonText } from "./reason-text";
import { certificateOf, diffDecisions, latestDecisionByLine, nodeReason, parseExplanation, plannedUnits, projectPoints, type ExplainedLine } from "@/lib/orders/client";

const en = createTranslator("en");
const fr = createTranslator("fr");

function candidate(node: string, over: Partial<ExplainedLine["candidates"][number]> = {}) {
  return { node, type: "DC", distanceKm: 100, available: 5, canSupply: 5, shipmentCost: 7, handlingPerUnit: 0.4, costToServeAlone: 10, allocated: 0, ...over };
}

function line(over: Partial<ExplainedLine> = {}): ExplainedLine {
  return {
    line: "l1",
    sku: "SKU-1",
    qty: 2,
    mode: "SHIP",
    to: "customer",
    allocated: [{ node: "ST-PAR-01", qty: 2 }],
    unfilled: 0,
    candidateCount: 3,
    candidates: [
      candidate("ST-PAR-01", { distanceKm: 3, costToServeAlone: 8, allocated: 2, type: "STORE" }),
      candidate("DC-LYO", { distanceKm: 400, costToServeAlone: 20 }),
      candidate("DC-PAR", { distanceKm: 20, costToServeAlone: 30 }),
    ],
    rejected: { total: 2, byReason: { NO_STOCK: 2 }, examples: [{ node: "ST-PAR-02", reason: "NO_STOCK", distanceKm: 2 }] },
    ...over,
  };
}

const names: Record<string, string> = { "DC-LYO": "Lyon DC", "DC-PAR": "Paris DC", "ST-PAR-01": "Paris Rivoli", "ST-LYO-01": "Lyon Part-Dieu" };
const name = (ref: string) => names[ref] ?? ref;

describe("the reason a unit came to a node", () => {
  it("says the nearest node with stock was chosen and how much dearer the next cheapest was", () => {
    const r = nodeReason(line(), "ST-PAR-01")!;
    expect(r.reason).toEqual({ kind: "CHEAPEST", first: true, nearest: true, runnerUp: "DC-LYO", delta: 12 });
    expect(reasonText(r, en, "en", "EUR", name)).toBe("Nearest node with stock; Lyon DC was €12.00 dearer");
    expect(reasonText(r, fr, "fr", "EUR", name)).toMatch(/^Site le plus proche avec du stock ; Lyon DC coûtait 12,00\s€ de plus$/);
  });

  it("says cheapest, not nearest, when a nearer candidate cost more", () => {
    const l = line({ allocated: [{ node: "DC-LYO", qty: 2 }], candidates: [candidate("DC-LYO", { distanceKm: 400, costToServeAlone: 9, allocated: 2 }), candidate("DC-PAR", { distanceKm: 20, costToServeAlone: 11 })] });
    expect(reasonText(nodeReason(l, "DC-LYO")!, en, "en", "EUR", name)).toBe("Cheapest node with stock; Paris DC was €2.00 dearer");
  });

  it("names the split: units from this node and the other nodes of the line", () => {
    const l = line({ qty: 3, allocated: [{ node: "DC-PAR", qty: 2 }, { node: "DC-LYO", qty: 1 }], candidates: [candidate("DC-PAR", { costToServeAlone: 10, allocated: 2, distanceKm: 16 }), candidate("DC-LYO", { costToServeAlone: 12, allocated: 1, distanceKm: 400 }), candidate("DC-BDX", { costToServeAlone: 13, distanceKm: 500 })] });
    const r = nodeReason(l, "DC-PAR")!;
    expect(r.split).toEqual({ units: 2, of: 3, others: ["DC-LYO"] });
    // The other chosen node is not the runner-up: the comparison is with the nodes left out.
    expect(r.reason).toMatchObject({ kind: "CHEAPEST", runnerUp: "DC-BDX", delta: 3 });
    expect(reasonText(r, en, "en", "EUR", name)).toBe("Nearest node with stock; DC-BDX was €3.00 dearer. 2 of 3 units from here; the rest from Lyon DC");
 
    // The second node of the split is not the cheapest of the line, nor the nearest.
    expect(reasonText(nodeReason(l, "DC-LYO")!, en, "en", "EUR", name)).toBe("Next cheapest node with stock; DC-BDX was €1.00 dearer. 1 of 3 units from here; the rest from Paris DC");
  });

  it("says it was the only option, with the main reason the others were ruled out", () => {
    const l = line({ candidates: [candidate("ST-PAR-01", { allocated: 2 })], rejected: { total: 40, byReason: { NO_STOCK: 38, TOO_FAR: 2 }, examples: [] } });
    expect(reasonText(nodeReason(l, "ST-PAR-01")!, en, "en", "EUR", name)).toBe("Only node that could serve it; 40 other(s) ruled out, mostly: no stock");
  });

  it("says a pickup is served from the store's own shelf", () => {
    const l = line({ mode: "PICKUP", to: "ST-LYO-01", allocated: [{ node: "ST-LYO-01", qty: 1 }] });
    expect(reasonText(nodeReason(l, "ST-LYO-01")!, en, "en", "EUR", name)).toBe("Pickup from this store's own shelf");
  });

  it("says when the plan as a whole was cheaper than the node's cheapest alternative alone", () => {
    const l = line({ allocated: [{ node: "DC-PAR", qty: 2 }], candidates: [candidate("DC-PAR", { costToServeAlone: 30, allocated: 2 }), candidate("DC-LYO", { costToServeAlone: 20 })] });
    expect(nodeReason(l, "DC-PAR")!.reason).toEqual({ kind: "PLAN_CHEAPER", cheaperAlone: "DC-LYO", saving: 10 });
  });

  it("has no reason for a node the line does not use", () => {
    expect(nodeReason(line(), "DC-LYO")).toBeNull();
  });

  it("prefixes the line at the node's screens", () => {
    const r = nodeReason(line(), "ST-PAR-01")!;
    expect(workReasonText({ ...r, lineNo: 2, currency: "EUR", names: { "DC-LYO": "Lyon DC" } }, en, "en")).toBe("Line 2: Nearest node with stock; Lyon DC was €12.00 dearer");
  });
});

describe("the plan's certificate", () => {
  it("reads Optimal for an exact plan and for a bound that meets the cost", () => {
    expect(certificateText(certificateOf({ method: "EXACT", gap: null, lowerBound: null }), en, "en")).toBe("Optimal");
    expect(certificateText(certificateOf({ method: "BOUNDED", gap: 0, lowerBound: 10 }), en, "en")).toBe("Optimal");
  });

  it("reads the gap of a bounded plan in the agent's language", () => {
    const c = certificateOf({ method: "BOUNDED", gap: 0.003, lowerBound: 99.7 });
    expect(certificateText(c, en, "en")).toBe("Within 0.3% of optimal");
    expect(certificateText(c, fr, "fr")).toMatch(/^À moins de 0,3\s?% de l'optimum$/);
    expect(certificateHint(c, en, "en", "EUR")).toBe("Proven lower bound €99.70: no plan can cost less than that.");
    expect(certificateText(certificateOf({ method: "BOUNDED", gap: 0.0004, lowerBound: 1 }), en, "en")).toBe("Within 0.04% of optimal");
    expect(certificateText(certificateOf({ method: "BOUNDED", gap: 0.00001, lowerBound: 1 }), en, "en")).toBe("Within 0.01% of optimal");
  });

  it("says no bound was recorded for decisions stored before plans carried one", () => {
    expect(certificateText(certificateOf({ method: "HEURISTIC", gap: null, lowerBound: null }), en, "en")).toBe("No bound recorded");
    expect(certificateOf(parseExplanation({ summary: "Seeded" }))).toEqual({ kind: "NO_BOUND" });
    expect(certificateOf({ method: "BOUNDED", gap: null, lowerBound: null })).toEqual({ kind: "NO_BOUND" });
  });
});

describe("reading stored explanations", () => {
  it("reads what a legacy or damaged explanation has and leaves the rest empty", () => {
    expect(parseExplanation(null)).toMatchObject({ method: null, lines: [], alternatives: [], cost: null, summary: null });
    const e = parseExplanation({ method: "EXACT", lines: "nonsense", summary: "  Split in two.  " });
    expect(e).toMatchObject({ method: "EXACT", lines: [], summary: "Split in two." });
  });
});

describe("what changed between two decisions", () => {
  const before = { costMinor: 1527, shipments: [{ node: "DC-PAR", to: "customer", lines: [] }, { node: "DC-LYO", to: "customer", lines: [] }] };
  const after = { costMinor: 1543, shipments: [{ node: "DC-BDX", to: "customer", lines: [] }, { node: "DC-LYO", to: "customer", lines: [] }] };

  it("lists the shipments added and removed and the cost delta", () => {
    expect(diffDecisions(before, after)).toEqual({ added: [{ node: "DC-BDX", to: "customer" }], removed: [{ node: "DC-PAR", to: "customer" }], costDeltaMinor: 16 });
  });

  it("finds nothing added or removed when the same nodes ship", () => {
    expect(diffDecisions(before, { ...before, costMinor: 1000 })).toEqual({ added: [], removed: [], costDeltaMinor: -527 });
  });

  it("reads the current plan line by line: a re-sourcing replaces only the lines it planned", () => {
    const lines = [
      { id: "a", lineNo: 1 },
      { id: "b", lineNo: 2 },
      { id: "c", lineNo: 3 },
    ];
    const current = latestDecisionByLine(
      [
        { id: "d1", lineRefs: ["a", "b"] },
        { id: "d2", lineRefs: ["b"] },
        // Seeded history names lines by number.
        { id: "d3", lineRefs: ["3"] },
      ],
      lines,
    );
    expect(Object.fromEntries(current)).toEqual({ a: "d1", b: "d2", c: "d3" });
  });

  it("counts the units a plan sends for a line from each node", () => {
    const shipments = [
      { node: "DC-PAR", to: "customer", lines: [{ line: "a", qty: 2 }, { line: "b", qty: 1 }] },
      { node: "DC-LYO", to: "customer", lines: [{ line: "a", qty: 1 }] },
    ];
    expect(plannedUnits(shipments, ["a"])).toEqual([
      { node: "DC-PAR", to: "customer", qty: 2 },
      { node: "DC-LYO", to: "customer", qty: 1 },
    ]);
  });
});

describe("the map's projection", () => {
  it("keeps every point inside the box, north up and west left", () => {
    const [paris, lyon, bordeaux] = projectPoints(
      [
        { lat: 48.86, lng: 2.34 },
        { lat: 45.76, lng: 4.86 },
        { lat: 44.84, lng: -0.57 },
      ],
      320,
      200,
      20,
    );
    for (const p of [paris, lyon, bordeaux]) {
      expect(p.x).toBeGreaterThanOrEqual(20);
      expect(p.x).toBeLessThanOrEqual(300);
      expect(p.y).toBeGreaterThanOrEqual(20);
      expect(p.y).toBeLessThanOrEqual(180);
    }
    expect(paris.y).toBeLessThan(lyon.y);
    expect(bordeaux.x).toBeLessThan(paris.x);
    expect(lyon.x).toBeGreaterThan(paris.x);
  });

  it("draws a single point in the middle", () => {
    expect(projectPoints([{ lat: 1, lng: 1 }], 100, 100)).toEqual([{ lat: 1, lng: 1, x: 50, y: 50 }]);
  });
});
