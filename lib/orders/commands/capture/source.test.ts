import { describe, expect, it } from "vitest";
import { sourceAndReserve } from "./source";
import { testContext, testInput } from "./testing";
import { validateCatalogue } from "./validate-catalogue";

const NOW = new Date("2026-11-25T09:00:00Z");
const PARIS_POINT = { lat: 48.856, lng: 2.355 };

function source(stock: Record<string, number>, lines: Parameters<typeof testInput>[0]["lines"], openHolds = 0) {
  const ctx = testContext({ stock });
  const input = testInput({ lines });
  return sourceAndReserve(input, ctx, { orderId: "order-1", skuByCode: validateCatalogue(input, ctx).skuByCode, destination: PARIS_POINT, openHolds, now: NOW });
}

describe("capture step: source and reserve", () => {
  it("plans a line at the nearest DC with stock, releases its work and reserves the units on that position", () => {
    const s = source({ "DC-PAR|TSHIRT-M": 10, "DC-LYS|TSHIRT-M": 10 }, [{ sku: "TSHIRT-M", qty: 2, mode: "SHIP" }]);
    expect(s.works.map((w) => w.source.code)).toEqual(["DC-PAR"]);
    expect(s.reserve).toEqual([{ id: "pos-DC-PAR-TSHIRT-M", nodeId: "node-DC-PAR", skuId: "sku-TSHIRT-M", qty: 2 }]);
    expect(s.foStatus).toBe("RELEASED");
    expect(s.releasedByNode.get("node-DC-PAR")).toBe(2);
    expect(s.lineStatuses).toEqual(["RELEASED"]);
    expect(s.status).toBe("RELEASED");
    expect(s.orderPromise).not.toBeNull();
  });

  it("keeps a held order's work unreleased, its stock still reserved", () => {
    const s = source({ "DC-PAR|LAMP": 3 }, [{ sku: "LAMP", qty: 1, mode: "SHIP" }], 1);
    expect(s.foStatus).toBe("CREATED");
    expect(s.releasedByNode.size).toBe(0);
    expect(s.reserve.map((r) => r.qty)).toEqual([1]);
    expect(s.status).toBe("ON_HOLD");
  });

  it("backorders units nobody has and reserves the rest, in lock order (SKU, then node)", () => {
    const s = source({ "DC-LYS|JEANS-32": 2, "ST-PAR-01|JEANS-32": 1, "DC-PAR|LAMP": 1 }, [
      { sku: "LAMP", qty: 1, mode: "SHIP" },
      { sku: "JEANS-32", qty: 5, mode: "SHIP" },
    ]);
    expect(s.lineStatuses).toEqual(["RELEASED", "BACKORDERED"]);
    expect(s.status).toBe("BACKORDERED");
    expect(s.reserve.reduce((a, r) => a + r.qty, 0)).toBe(4);
    const keys = s.reserve.map((r) => `${r.skuId}|${r.nodeId}`);
    expect(keys).toEqual([...keys].sort());
    expect(s.reservations).toHaveLength(s.fulfillmentLines.length);
  });
});
