// The diff between two versions names each changed setting once, by its path, with both values.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffDefinitions } from "./diff";
import { DEFAULT_RULES } from "./schemas";

describe("diffDefinitions", () => {
  it("lists only the settings that changed, down to nested costs and matrix cells", () => {
    const a = DEFAULT_RULES.SOURCING;
    const b = { ...a, costs: { ...a.costs, perKm: 0.01, handlingPerUnit: { ...a.costs.handlingPerUnit, STORE: 0.9 } }, excludedNodes: ["ST-PAR-01"] };
    expect(diffDefinitions(a, b)).toEqual([
      { path: "costs.perKm", before: 0.004, after: 0.01 },
      { path: "costs.handlingPerUnit.STORE", before: 1.2, after: 0.9 },
      { path: "excludedNodes", before: [], after: ["ST-PAR-01"] },
    ]);
    const m = DEFAULT_RULES.MODIFICATION;
    const m2 = { byStatus: { ...m.byStatus, RELEASED: { ...m.byStatus.RELEASED, cancelLine: false } } };
    expect(diffDefinitions(m, m2)).toEqual([{ path: "byStatus.RELEASED.cancelLine", before: true, after: false }]);
  });

  it("names settings that appear or disappear, one by one", () => {
    expect(diffDefinitions({ nodePriorities: {} }, { nodePriorities: { "ST-PAR-01": 5, "DC-LYO": -2 } })).toEqual([
      { path: "nodePriorities.ST-PAR-01", before: undefined, after: 5 },
      { path: "nodePriorities.DC-LYO", before: undefined, after: -2 },
    ]);
    expect(diffDefinitions({ windowDays: 30, old: { x: 1 } }, { windowDays: 30 })).toEqual([{ path: "old.x", before: 1, after: undefined }]);
  });

  it("finds nothing between a definition and itself, and is symmetric otherwise", () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(diffDefinitions(a, a)).toEqual([]);
        const there = diffDefinitions(a, b).map((c) => c.path).sort();
        const back = diffDefinitions(b, a).map((c) => c.path).sort();
        expect(back).toEqual(there);
      }),
      { numRuns: 200 },
    );
  });
});
