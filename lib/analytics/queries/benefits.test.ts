// The benefits calculator on a small database: the data behind each figure (pickups collected,
// returns received by method, ship-from-store shipments and the part from excess stock) read for
// a period and cut into weeks, the figures computed from them, and the assumptions saved per user.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { actorFor, buildUser } from "@/lib/nodes/testing";
import { buildOrder, buildWorld } from "@/lib/orders/testing";
import { BENEFITS_DEFAULTS, BENEFITS_SETTING_KEY } from "../benefits-schema";
import { resetBenefitsAssumptions, saveBenefitsAssumptions } from "../commands/save-benefits-assumptions";
import { getBenefitsAssumptions, getBenefitsReport } from "./benefits";

let t: TestDb;
let admin: ReturnType<typeof actorFor>;
let supply: ReturnType<typeof actorFor>;
let agent: ReturnType<typeof actorFor>;
const NOVEMBER = { from: "2026-11-01", to: "2026-11-30" };
const customer = { id: "cust-1", email: "lea.martin@example.test" };
const at = (iso: string) => new Date(iso);

async function ship(orderNumber: string, when = "2026-11-25T10:00:00Z") {
  await t.db.fulfillmentOrder.updateMany({ where: { order: { number: orderNumber } }, data: { status: "SHIPPED", shippedAt: at(when) } });
}
async function shipmentMovement(node: string, sku: string, reference: string, qty: number, onHandAfter: number) {
  await t.db.stockMovement.create({ data: { nodeId: `node-${node}`, skuId: `sku-${sku}`, kind: "SHIPMENT", qty: -qty, onHandAfter, reference } });
}
async function buildReturn(number: string, orderNumber: string, method: "IN_STORE" | "MAIL", line: { qty: number; receivedQty: number; valueMinor: number }, over: { status?: "RECEIVED" | "REJECTED" | "REQUESTED"; receivedAt?: string | null } = {}) {
  const order = await t.db.order.findUniqueOrThrow({ where: { number: orderNumber }, select: { id: true, lines: { select: { id: true }, orderBy: { lineNo: "asc" } } } });
  await t.db.return.create({
    data: {
      number,
      orderId: order.id,
      method,
      status: over.status ?? "RECEIVED",
      receivingNodeId: method === "IN_STORE" ? "node-ST-PAR-01" : "node-DC-PAR",
      reason: "SIZE",
      receivedAt: over.receivedAt === undefined ? at("2026-11-05T10:00:00Z") : over.receivedAt === null ? null : at(over.receivedAt),
      lines: { create: { orderLineId: order.lines[0].id, qty: line.qty, receivedQty: line.receivedQty, valueMinor: line.valueMinor, reason: "SIZE" } },
    },
  });
}

beforeAll(async () => {
  t = await createTestDb();
  await buildWorld(t.db);
  // A second category with its own margin, to see margins applied per category.
  await t.db.category.create({ data: { id: "cat-home", code: "HOME", name: "Home" } });
  await t.db.product.create({ data: { id: "prod-vase", code: "VASE-P", name: "Vase", categoryId: "cat-home" } });
  await t.db.sku.create({ data: { id: "sku-VASE", code: "VASE", productId: "prod-vase", name: "Vase", priceMinor: 1000, weightGrams: 900 } });
  await t.db.inventoryPosition.createMany({ data: ["ST-PAR-01", "ST-PAR-02"].map((n) => ({ nodeId: `node-${n}`, skuId: "sku-VASE", onHand: 10 })) });
  admin = actorFor(await buildUser(t.db, { role: "ADMIN", name: "Ada Admin" }));
  supply = actorFor(await buildUser(t.db, { role: "SUPPLY_CHAIN" }));
  agent = actorFor(await buildUser(t.db, { role: "AGENT" }));

  // Pickups (every line priced €10 a unit by the builder).
  await buildOrder(t.db, {
    customer, number: "P1", placedAt: at("2026-11-03T10:00:00Z"), status: "COMPLETED",
    lines: [{ skuId: "sku-TSHIRT-M", qty: 2, mode: "PICKUP", pickupNodeId: "node-ST-PAR-01", status: "PICKED_UP" }, { skuId: "sku-VASE", qty: 1, mode: "PICKUP", pickupNodeId: "node-ST-PAR-01", status: "PICKED_UP" }],
    fulfillments: [{ nodeId: "node-ST-PAR-01", mode: "PICKUP", pickupNodeId: "node-ST-PAR-01", status: "PICKED_UP", lines: [{ line: 0, qty: 2 }, { line: 1, qty: 1 }] }],
  });
  await buildOrder(t.db, {
    customer, number: "P2", placedAt: at("2026-11-20T10:00:00Z"), status: "COMPLETED",
    lines: [{ skuId: "sku-JEANS-32", qty: 3, cancelledQty: 1, mode: "PICKUP", pickupNodeId: "node-ST-PAR-02", status: "PICKED_UP" }],
    fulfillments: [{ nodeId: "node-DC-PAR", mode: "PICKUP", pickupNodeId: "node-ST-PAR-02", status: "PICKED_UP", lines: [{ line: 0, qty: 2 }] }],
  });
  await buildOrder(t.db, { customer, number: "P3", placedAt: at("2026-11-21T10:00:00Z"), lines: [{ skuId: "sku-LAMP", mode: "PICKUP", pickupNodeId: "node-ST-PAR-01", status: "READY_FOR_PICKUP" }] });
  await buildOrder(t.db, { customer, number: "P-OCT", placedAt: at("2026-10-15T10:00:00Z"), lines: [{ skuId: "sku-LAMP", mode: "PICKUP", pickupNodeId: "node-ST-PAR-01", status: "PICKED_UP" }] });

  // Ship-from-store: LAMP from Rivoli with target 3 and 6 on hand before (2 excess units of 2);
  // T-shirt from Lyon without a target (unknown); vases from Bastille with target 5 and 7 before (2 of 4).
  await t.db.inventoryPosition.update({ where: { nodeId_skuId: { nodeId: "node-ST-PAR-01", skuId: "sku-LAMP" } }, data: { targetStock: 3 } });
  await t.db.inventoryPosition.update({ where: { nodeId_skuId: { nodeId: "node-ST-PAR-02", skuId: "sku-VASE" } }, data: { targetStock: 5 } });
  await buildOrder(t.db, { customer, number: "S1", placedAt: at("2026-11-10T10:00:00Z"), lines: [{ skuId: "sku-LAMP", qty: 2, status: "SHIPPED" }], fulfillments: [{ nodeId: "node-ST-PAR-01", lines: [{ line: 0, qty: 2 }] }] });
  await ship("S1");
  await shipmentMovement("ST-PAR-01", "LAMP", "S1", 2, 4);
  await buildOrder(t.db, { customer, number: "S2", placedAt: at("2026-11-12T10:00:00Z"), lines: [{ skuId: "sku-TSHIRT-M", qty: 1, status: "SHIPPED" }], fulfillments: [{ nodeId: "node-ST-LYO-01", lines: [{ line: 0, qty: 1 }] }] });
  await ship("S2");
  await buildOrder(t.db, { customer, number: "S3", placedAt: at("2026-11-12T11:00:00Z"), lines: [{ skuId: "sku-VASE", qty: 4, status: "SHIPPED" }], fulfillments: [{ nodeId: "node-ST-PAR-02", lines: [{ line: 0, qty: 4 }] }] });
  await ship("S3");
  await shipmentMovement("ST-PAR-02", "VASE", "S3", 4, 3);
  // Not ship-from-store: from a DC, and a store's parcel not shipped yet.
  await buildOrder(t.db, { customer, number: "S-DC", placedAt: at("2026-11-12T10:00:00Z"), lines: [{ skuId: "sku-LAMP", status: "SHIPPED" }], fulfillments: [{ nodeId: "node-DC-PAR", lines: [{ line: 0, qty: 1 }] }] });
  await ship("S-DC");
  await buildOrder(t.db, { customer, number: "S-OPEN", placedAt: at("2026-11-12T10:00:00Z"), lines: [{ skuId: "sku-LAMP" }], fulfillments: [{ nodeId: "node-ST-PAR-01", lines: [{ line: 0, qty: 1 }] }] });

  // Returns received in November: one in store (1 T-shirt, €10), one by mail (1 of 2 lamps, €18 for both).
  await buildReturn("R1", "P1", "IN_STORE", { qty: 1, receivedQty: 1, valueMinor: 1000 });
  await buildReturn("R2", "S1", "MAIL", { qty: 2, receivedQty: 1, valueMinor: 1800 }, { receivedAt: "2026-11-15T10:00:00Z" });
  // Not counted: refused, received in December, not received yet.
  await buildReturn("R3", "P2", "IN_STORE", { qty: 1, receivedQty: 1, valueMinor: 1000 }, { status: "REJECTED" });
  await buildReturn("R4", "P2", "IN_STORE", { qty: 1, receivedQty: 1, valueMinor: 1000 }, { receivedAt: "2026-12-02T10:00:00Z" });
  await buildReturn("R5", "S2", "IN_STORE", { qty: 1, receivedQty: 0, valueMinor: 1000 }, { status: "REQUESTED", receivedAt: null });
});
afterAll(() => t.close());

describe("getBenefitsReport", () => {
  it("reads the data behind each figure for the period", async () => {
    const r = await getBenefitsReport(t.db, admin, NOVEMBER);
    expect(r.empty).toBe(false);
    expect(r.facts.bopis).toEqual({ orders: 2, units: 5, valueMinor: 5000, valueByCategory: { CAT: 4000, HOME: 1000 }, transferLegs: 1, storeUnits: 3, uncollectedOrders: 1 });
    expect(r.facts.boris).toEqual({ inStoreReturns: 1, inStoreUnits: 1, inStoreValueMinor: 1000, inStoreValueByCategory: { CAT: 1000 }, mailReturns: 1, mailUnits: 1, mailValueMinor: 900 });
    expect(r.facts.shipFromStore).toEqual({
      shipments: 3, units: 7, valueMinor: 7000, valueByCategory: { CAT: 3000, HOME: 4000 },
      excessUnits: 4, excessValueMinor: 4000, unknownUnits: 1, unknownValueMinor: 1000,
    });
  });

  it("cuts the period into weeks (Monday first, Paris time) and keeps empty weeks", async () => {
    const r = await getBenefitsReport(t.db, admin, NOVEMBER);
    expect(r.unit).toBe("week");
    expect(r.buckets.map((b) => b.bucket)).toEqual(["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"]);
    const week = (b: string) => r.buckets.find((x) => x.bucket === b)!;
    expect(week("2026-11-02").facts.bopis.orders).toBe(1);
    expect(week("2026-11-02").facts.boris.inStoreReturns).toBe(1);
    expect(week("2026-11-16").facts.bopis).toMatchObject({ orders: 1, transferLegs: 1, storeUnits: 0 });
    expect(week("2026-11-09").facts.shipFromStore.shipments).toBe(3);
    expect(week("2026-11-30").result.totalMinor).toBe(0);
    expect(r.buckets.reduce((s, b) => s + b.facts.bopis.orders, 0)).toBe(r.facts.bopis.orders);
  });

  it("computes each lever from that data with the defaults when the user saved none", async () => {
    const r = await getBenefitsReport(t.db, admin, NOVEMBER);
    expect(r.assumptionsSaved).toBe(false);
    expect(r.assumptions).toEqual(BENEFITS_DEFAULTS);
    expect(r.costModel).toMatchObject({ perShipment: 6, handlingPerUnit: { DC: 0.4, STORE: 1.2 }, ruleSetVersion: null });
    expect(r.vatRate).toBe(0.2);
    // Sales values include VAT at 20 %: each is divided by 1.2 before margins and markdowns.
    // BOPIS: 2 × 20% × €30 ÷ 1.2 × 50% = €5; €50 × 45% ÷ 1.2 × 10% = €1.875 → €1.88; (2 − 1) × €6 = €6; 3 × −€0.80 = −€2.40
    expect(r.result.bopis.components.map((c) => c.valueMinor)).toEqual([500, 188, 600, -240]);
    expect(r.result.bopis.totalMinor).toBe(1048);
    // BORIS: 1 × (€9 − €3) = €6; €10 × 45% ÷ 1.2 × 15% = €0.5625 → €0.56
    expect(r.result.boris.totalMinor).toBe(600 + 56);
    // Ship-from-store: (€40 + €10 × 25%) ÷ 1.2 × 30% = €10.625 → €10.63; €70 × 45% ÷ 1.2 × 5% = €1.3125 → €1.31; 7 × −€0.80 = −€5.60
    expect(r.result.shipFromStore.components.map((c) => c.valueMinor)).toEqual([1063, 131, -560]);
    expect(r.result.totalMinor).toBe(r.result.bopis.totalMinor + r.result.boris.totalMinor + r.result.shipFromStore.totalMinor);
  });

  it("says a period with nothing in it is empty", async () => {
    const r = await getBenefitsReport(t.db, admin, { from: "2025-01-01", to: "2025-01-31" });
    expect(r.empty).toBe(true);
    expect(r.result.totalMinor).toBe(0);
  });

  it("cuts a period over 13 weeks into months", async () => {
    const r = await getBenefitsReport(t.db, admin, { from: "2026-09-01", to: "2026-12-31" });
    expect(r.unit).toBe("month");
    expect(r.buckets.map((b) => b.bucket)).toEqual(["2026-09", "2026-10", "2026-11", "2026-12"]);
    expect(r.buckets.find((b) => b.bucket === "2026-10")!.facts.bopis.orders).toBe(1);
    expect(r.buckets.find((b) => b.bucket === "2026-12")!.facts.boris.inStoreReturns).toBe(1);
  });

  it("refuses a role without benefits.view", async () => {
    await expect(getBenefitsReport(t.db, agent, NOVEMBER)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("benefits assumptions per user", () => {
  it("saves a user's assumptions, uses them in the figures, leaves other users on the defaults, and resets", async () => {
    const mine = { ...BENEFITS_DEFAULTS, categoryMargins: [{ category: "HOME", marginPercent: 60 }], bopisAddOnRatePercent: 50 };
    await withTx((tx) => saveBenefitsAssumptions(tx, admin, mine), { db: t.db });
    expect(await getBenefitsAssumptions(t.db, admin)).toEqual({ assumptions: mine, saved: true });
    expect((await getBenefitsAssumptions(t.db, supply)).saved).toBe(false);

    const r = await getBenefitsReport(t.db, admin, NOVEMBER);
    // Add-on: 2 × 50% × €30 ÷ 1.2 × 50% = €12.50; incremental: (€40 × 45% + €10 × 60%) ÷ 1.2 × 10% = €2
    expect(r.result.bopis.components.map((c) => c.valueMinor)).toEqual([1250, 200, 600, -240]);

    await withTx((tx) => resetBenefitsAssumptions(tx, admin), { db: t.db });
    expect(await t.db.userSetting.count({ where: { userId: admin.id, key: BENEFITS_SETTING_KEY } })).toBe(0);
    expect((await getBenefitsReport(t.db, admin, NOVEMBER)).assumptions).toEqual(BENEFITS_DEFAULTS);
  });

  it("refuses invalid assumptions field by field and saves nothing", async () => {
    const bad = { ...BENEFITS_DEFAULTS, defaultMarginPercent: -5, borisStoreReturnCost: "cheap" } as never;
    await expect(withTx((tx) => saveBenefitsAssumptions(tx, supply, bad), { db: t.db })).rejects.toMatchObject({ issues: expect.any(Array) });
    expect(await t.db.userSetting.count({ where: { userId: supply.id } })).toBe(0);
  });

  it("refuses a role without benefits.view", async () => {
    await expect(withTx((tx) => saveBenefitsAssumptions(tx, agent, BENEFITS_DEFAULTS), { db: t.db })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await t.db.userSetting.count({ where: { userId: agent.id } })).toBe(0);
  });
});
