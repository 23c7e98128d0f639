// Invariants of stock feeds over random feeds (fast-check) on one real database: every accepted item
// sets on hand to its figure, every refused or unlisted position keeps its stock, reservations never
// exceed on hand nor drift from the reservation rows, and each position's movements add up to its
// on hand.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth";
import { withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { captureOrder, captureOrderSchema } from "@/lib/orders";
import { buildWorld, LEA, PARIS_ADDRESS, SKUS, TEST_AGENT } from "@/lib/orders/testing";
import { applyInventoryFeed } from "./apply-feed";

const SUPPLY: Actor = { kind: "user", id: "user-supply", name: "Sam Supply", email: "supply@test", role: "SUPPLY_CHAIN", storeId: null, storeCode: null };
const CODES = [...SKUS.map((s) => s.code), "NOPE-1"];

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 20, "DC-LYS|TSHIRT-M": 50, "DC-PAR|JEANS-32": 10, "DC-LYS|JEANS-32": 50, "DC-PAR|LAMP": 4 } });
  for (const lines of [[{ sku: "TSHIRT-M", qty: 4 }], [{ sku: "JEANS-32", qty: 3 }, { sku: "TSHIRT-M", qty: 2 }]]) {
    await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: lines.map((l) => ({ ...l, mode: "SHIP" })) }), { db: t.db });
  }
});
afterAll(async () => {
  await t?.close();
});

async function onHandAtParis(): Promise<Map<string, number>> {
  const rows = await t.db.inventoryPosition.findMany({ where: { nodeId: "node-DC-PAR" }, select: { skuId: true, onHand: true } });
  return new Map(rows.map((r) => [r.skuId.replace("sku-", ""), r.onHand]));
}

async function invariantProblems(): Promise<string[]> {
  const positions = await t.db.inventoryPosition.findMany({ select: { nodeId: true, skuId: true, onHand: true, reserved: true } });
  const sums = new Map((await t.db.stockMovement.groupBy({ by: ["nodeId", "skuId"], _sum: { qty: true } })).map((s) => [`${s.nodeId}|${s.skuId}`, s._sum.qty ?? 0]));
  const held = new Map((await t.db.reservation.groupBy({ by: ["nodeId", "skuId"], where: { status: "ACTIVE" }, _sum: { qty: true } })).map((s) => [`${s.nodeId}|${s.skuId}`, s._sum.qty ?? 0]));
  return positions.flatMap((p) => {
    const key = `${p.nodeId}|${p.skuId}`;
    const problems: string[] = [];
    if ((sums.get(key) ?? 0) !== p.onHand) problems.push(`${key}: on hand ${p.onHand} but movements add up to ${sums.get(key) ?? 0}`);
    if (p.reserved > p.onHand || p.reserved < 0) problems.push(`${key}: reserved ${p.reserved} of ${p.onHand}`);
    if ((held.get(key) ?? 0) !== p.reserved) problems.push(`${key}: reserved ${p.reserved} but reservations ${held.get(key) ?? 0}`);
    return problems;
  });
}

const item = fc.record({ sku: fc.constantFrom(...CODES), qty: fc.oneof(fc.integer({ min: -8, max: 25 }), fc.constant(1.5)) });

describe("stock feeds (property)", () => {
  it("apply exactly the valid items, keep everything else, and keep the ledger and reservations in balance", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("FULL" as const, "DELTA" as const), fc.array(item, { minLength: 1, maxLength: 6 }), async (mode, items) => {
        const before = await onHandAtParis();
        const result = await withTx((tx) => applyInventoryFeed(tx, SUPPLY, { node: "DC-PAR", mode, items: items.map((i) => (mode === "FULL" ? { sku: i.sku, onHand: i.qty } : { sku: i.sku, delta: i.qty })) }), { db: t.db });
        const counts = new Map<string, number>();
        for (const i of items) counts.set(i.sku, (counts.get(i.sku) ?? 0) + 1);
        const expected = new Map(before);
        const refused: number[] = [];
        items.forEach((i, index) => {
          const current = before.get(i.sku) ?? 0;
          const target = mode === "FULL" ? i.qty : current + i.qty;
          const valid = i.sku !== "NOPE-1" && counts.get(i.sku) === 1 && Number.isInteger(i.qty) && target >= 0;
          if (valid) expected.set(i.sku, target);
          else refused.push(index);
        });
        expect(result.rejected.map((r) => r.index)).toEqual(refused);
        expect(result.applied).toBe(items.length - refused.length);
        expect(await onHandAtParis()).toEqual(expected);
        expect(await invariantProblems()).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
