import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ValidationError } from "@/lib/errors";
import { buildWorld, PARIS_ADDRESS } from "../testing";
import { getDeliveryOptions } from "./delivery-options";

let t: TestDb;
const NOW = new Date("2026-11-25T09:00:00Z");

beforeAll(async () => {
  t = await createTestDb();
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 4, "ST-PAR-01|TSHIRT-M": 2, "DC-LYS|JEANS-32": 1 }, safetyStock: { "DC-PAR|TSHIRT-M": 1 } });
  await t.db.inboundShipment.create({
    data: { reference: "PO-1", type: "PURCHASE_ORDER", toNodeId: "node-DC-PAR", eta: new Date("2026-12-01T08:00:00Z"), lines: { create: { skuId: "sku-SNEAKER-42", qty: 20 } } },
  });
});
afterAll(() => t.close());

describe("delivery options for a cart", () => {
  it("reports network units available to promise, net of safety stock", async () => {
    const r = await getDeliveryOptions(t.db, { lines: [{ sku: "TSHIRT-M", qty: 1 }], shippingAddress: PARIS_ADDRESS }, { now: NOW });
    expect(r.lines[0]).toMatchObject({ sku: "TSHIRT-M", requested: 1, available: 3 + 2 });
  });

  it("offers ship-to-home with a date and pickup today at a nearby store that has it", async () => {
    const r = await getDeliveryOptions(t.db, { lines: [{ sku: "TSHIRT-M", qty: 2 }], shippingAddress: PARIS_ADDRESS }, { now: NOW });
    const ship = r.lines[0].options.find((o) => o.mode === "SHIP")!;
    expect(ship).toMatchObject({ complete: true, availableQty: 2 });
    expect(new Date(ship.promisedDate!).getTime()).toBeGreaterThan(NOW.getTime());
    const rivoli = r.lines[0].options.find((o) => o.mode === "PICKUP" && o.node === "ST-PAR-01")!;
    expect(rivoli).toMatchObject({ complete: true, sources: ["ST-PAR-01"], promisedDate: "2026-11-25T11:00:00.000Z" });
    // Bastille has none on its shelf: a transfer from the DC, ready later.
    const bastille = r.lines[0].options.find((o) => o.mode === "PICKUP" && o.node === "ST-PAR-02")!;
    expect(new Date(bastille.promisedDate!).getTime()).toBeGreaterThan(new Date(rivoli.promisedDate!).getTime());
  });

  it("dates units nobody has from the next inbound supply", async () => {
    const r = await getDeliveryOptions(t.db, { lines: [{ sku: "SNEAKER-42", qty: 1 }], shippingAddress: PARIS_ADDRESS }, { now: NOW });
    const ship = r.lines[0].options.find((o) => o.mode === "SHIP")!;
    expect(ship).toMatchObject({ complete: false, availableQty: 0 });
    expect(new Date(ship.promisedDate!).getTime()).toBeGreaterThan(new Date("2026-12-01T08:00:00Z").getTime());
    expect(r.lines[0].available).toBe(0);
  });

  it("has no date for units with no stock and no supply", async () => {
    const r = await getDeliveryOptions(t.db, { lines: [{ sku: "TV-55", qty: 1 }], pickupStore: "ST-LYO-01" }, { now: NOW });
    expect(r.lines[0].options).toEqual([expect.objectContaining({ mode: "PICKUP", node: "ST-LYO-01", promisedDate: null, complete: false })]);
  });

  it("lists every bad input at once", async () => {
    const err = await getDeliveryOptions(t.db, { lines: [{ sku: "NOPE", qty: 1 }], pickupStore: "DC-PAR" }, { now: NOW }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.fields).toEqual({ "lines.0.sku": { code: "SKU_UNKNOWN", params: { sku: "NOPE" } }, pickupStore: { code: "PICKUP_NOT_OFFERED", params: { store: "DC-PAR" } } });
  });
});
