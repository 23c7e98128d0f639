// The audit page's field-by-field difference: only what changed, by path, lists read as lists.
import { describe, expect, it } from "vitest";
import { diffSnapshots, displayValue } from "./diff";

describe("diffSnapshots", () => {
  it("lists only the changed fields of a flat entity", () => {
    expect(diffSnapshots({ name: "Lyon", active: true, version: 3 }, { name: "Lyon Part-Dieu", active: true, version: 4 })).toEqual([
      { path: "name", kind: "changed", before: "Lyon", after: "Lyon Part-Dieu" },
      { path: "version", kind: "changed", before: 3, after: 4 },
    ]);
  });

  it("names nested fields by their path and leaves equal branches out", () => {
    const before = { name: "Sourcing", definition: { costs: { perKm: 0.12, perShipment: 6 }, maxShipments: 2 } };
    const after = { name: "Sourcing", definition: { costs: { perKm: 0.15, perShipment: 6 }, maxShipments: 2 } };
    expect(diffSnapshots(before, after)).toEqual([{ path: "definition.costs.perKm", kind: "changed", before: 0.12, after: 0.15 }]);
  });

  it("says which fields appeared and which disappeared", () => {
    expect(diffSnapshots({ a: 1, gone: "x" }, { a: 1, fresh: { deep: true } })).toEqual([
      { path: "gone", kind: "removed", before: "x" },
      { path: "fresh.deep", kind: "added", after: true },
    ]);
  });

  it("reads a creation (no before) as every field added, and a deletion the other way round", () => {
    expect(diffSnapshots(null, { name: "Web shop", scope: "CHANNEL", nodes: ["DC-LYS"] })).toEqual([
      { path: "name", kind: "added", after: "Web shop" },
      { path: "scope", kind: "added", after: "CHANNEL" },
      { path: "nodes", kind: "added", after: ["DC-LYS"] },
    ]);
    expect(diffSnapshots({ status: "PENDING" }, undefined)).toEqual([{ path: "status", kind: "removed", before: "PENDING" }]);
    expect(diffSnapshots(null, null)).toEqual([]);
  });

  it("shows a list of plain values as one field with the items added and removed", () => {
    expect(diffSnapshots({ excludedNodes: ["ST-PAR-01", "ST-LYO-01"] }, { excludedNodes: ["ST-LYO-01", "DC-LYS"] })).toEqual([
      { path: "excludedNodes", kind: "changed", before: ["ST-PAR-01", "ST-LYO-01"], after: ["ST-LYO-01", "DC-LYS"], addedItems: ["DC-LYS"], removedItems: ["ST-PAR-01"] },
    ]);
    // The same items in the same order: no change.
    expect(diffSnapshots({ tags: ["a", "b"] }, { tags: ["a", "b"] })).toEqual([]);
  });

  it("walks lists of objects item by item", () => {
    const before = { categoryExclusions: [{ category: "TV", nodes: ["ST-PAR-01"] }, { category: "Shoes", nodes: [] }] };
    const after = { categoryExclusions: [{ category: "TV", nodes: ["ST-PAR-01"] }, { category: "Shoes", nodes: ["ST-LYO-01"] }, { category: "Lamps", nodes: [] }] };
    expect(diffSnapshots(before, after)).toEqual([
      { path: "categoryExclusions[1].nodes", kind: "changed", before: [], after: ["ST-LYO-01"], addedItems: ["ST-LYO-01"], removedItems: [] },
      { path: "categoryExclusions[2].category", kind: "added", after: "Lamps" },
      { path: "categoryExclusions[2].nodes", kind: "added", after: [] },
    ]);
  });

  it("treats a value changing shape (object to null, number to text) as one change", () => {
    expect(diffSnapshots({ storeId: "st-1", hours: { mon: [] } }, { storeId: null, hours: "closed" })).toEqual([
      { path: "storeId", kind: "changed", before: "st-1", after: null },
      { path: "hours", kind: "changed", before: { mon: [] }, after: "closed" },
    ]);
  });

  it("compares a value that is not an object at the root", () => {
    expect(diffSnapshots(1, 2)).toEqual([{ path: "", kind: "changed", before: 1, after: 2 }]);
  });
});

describe("displayValue", () => {
  it("shows short values on one line and folds long ones, keeping the full text", () => {
    expect(displayValue("Lyon")).toEqual({ text: "Lyon", full: "Lyon", folded: false });
    expect(displayValue(null)).toMatchObject({ text: "null", folded: false });
    expect(displayValue(undefined)).toMatchObject({ text: "—", folded: false });
    const long = { nodes: Array.from({ length: 30 }, (_, i) => `ST-${i}`) };
    const shown = displayValue(long, 40);
    expect(shown.folded).toBe(true);
    expect(shown.text).toHaveLength(40);
    expect(shown.text.endsWith("…")).toBe(true);
    expect(JSON.parse(shown.full)).toEqual(long);
  });
});
