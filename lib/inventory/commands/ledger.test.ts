// The movement ledger is the history of on hand: whatever sequence of stock changes happens (named
// or not, committed or rolled back), every position's movements add up to its on hand, and the
// last movement says the on hand it left.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { buildWorld } from "@/lib/orders/testing";
import { addOnHand, consumeUnits, lockPositions, releaseUnits, reserveUnits, setOnHand } from "./reserve";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await buildWorld(t.db, { stock: { "DC-PAR|SNEAKER-42": 5, "ST-PAR-01|SNEAKER-42": 2, "DC-LYS|TSHIRT-M": 3 } });
});
afterAll(() => t.close());

const NODES = ["node-DC-PAR", "node-ST-PAR-01", "node-DC-LYS"] as const;
const SKUS = ["sku-SNEAKER-42", "sku-TSHIRT-M"] as const;

type Op =
  | { op: "receive" | "reserve" | "ship" | "release" | "unnamed"; node: number; sku: number; qty: number; rollback: boolean }
  | { op: "count"; node: number; sku: number; qty: number; rollback: boolean };

const opArb: fc.Arbitrary<Op> = fc.record({
  op: fc.constantFrom("receive", "reserve", "ship", "release", "count", "unnamed"),
  node: fc.nat(NODES.length - 1),
  sku: fc.nat(SKUS.length - 1),
  qty: fc.integer({ min: 1, max: 6 }),
  rollback: fc.boolean(),
}) as fc.Arbitrary<Op>;

async function apply(o: Op): Promise<void> {
  const where = { nodeId: NODES[o.node], skuId: SKUS[o.sku] };
  try {
    await withTx(
      async (tx) => {
        await lockPositions(tx, [where.skuId]);
        const p = await tx.inventoryPosition.findUnique({ where: { nodeId_skuId: where }, select: { onHand: true, reserved: true, safetyStock: true } });
        const onHand = p?.onHand ?? 0;
        const reserved = p?.reserved ?? 0;
        switch (o.op) {
          case "receive":
            await addOnHand(tx, { ...where, qty: o.qty, movement: { kind: "RECEIPT", reference: "PO-TEST" } });
            break;
          case "reserve":
            if (p && onHand - reserved - p.safetyStock >= o.qty) await reserveUnits(tx, { ...where, qty: o.qty });
            break;
          case "ship":
            if (reserved >= o.qty) await consumeUnits(tx, { ...where, qty: o.qty, movement: { kind: "SHIPMENT", reference: "ORD-TEST" } });
            break;
          case "release":
            if (reserved >= o.qty) await releaseUnits(tx, { ...where, qty: o.qty });
            break;
          case "count":
            if (p && o.qty >= reserved) await setOnHand(tx, { ...where, onHand: o.qty, movement: { kind: "ADJUSTMENT", reason: "Stock count" } });
            break;
          case "unnamed":
            // A change no command named (a hand-written UPDATE): the ledger still records it.
            if (p) await tx.$executeRaw`UPDATE "InventoryPosition" SET "onHand" = "onHand" + ${o.qty} WHERE "nodeId" = ${where.nodeId} AND "skuId" = ${where.skuId}`;
            break;
        }
        if (o.rollback) throw new Error("rolled back");
      },
      { db: t.db },
    );
  } catch (e) {
    if (!(e instanceof Error && e.message === "rolled back")) throw e;
  }
}

async function ledgerDisagreements() {
  return t.db.$queryRaw<Array<{ nodeId: string; skuId: string; onHand: number; ledger: number; lastAfter: number | null }>>`
    SELECT p."nodeId", p."skuId", p."onHand",
           COALESCE((SELECT SUM(m.qty) FROM "StockMovement" m WHERE m."nodeId" = p."nodeId" AND m."skuId" = p."skuId"), 0)::int AS ledger,
           (SELECT m."onHandAfter" FROM "StockMovement" m WHERE m."nodeId" = p."nodeId" AND m."skuId" = p."skuId" ORDER BY m.id DESC LIMIT 1) AS "lastAfter"
    FROM "InventoryPosition" p
    WHERE p."onHand" <> COALESCE((SELECT SUM(m.qty) FROM "StockMovement" m WHERE m."nodeId" = p."nodeId" AND m."skuId" = p."skuId"), 0)
       OR (p."onHand" <> 0 AND p."onHand" IS DISTINCT FROM (SELECT m."onHandAfter" FROM "StockMovement" m WHERE m."nodeId" = p."nodeId" AND m."skuId" = p."skuId" ORDER BY m.id DESC LIMIT 1))`;
}

describe("the stock movement ledger", () => {
  it("opens every stocked position with its opening stock", async () => {
    const opening = await t.db.stockMovement.findMany({ where: { nodeId: "node-DC-PAR", skuId: "sku-SNEAKER-42" } });
    expect(opening).toMatchObject([{ kind: "OPENING", qty: 5, onHandAfter: 5 }]);
  });

  it("names each movement as the command said, and records an unnamed change as an adjustment", async () => {
    const where = { nodeId: "node-DC-LYS", skuId: "sku-TSHIRT-M" };
    await withTx(async (tx) => {
      await addOnHand(tx, { ...where, qty: 2, movement: { kind: "RECEIPT", reason: "Supplier delivery", reference: "PO-1" } });
      await reserveUnits(tx, { ...where, qty: 1 });
      await consumeUnits(tx, { ...where, qty: 1, movement: { kind: "SHIPMENT", reference: "ORD-1" } });
    }, { db: t.db });
    await t.db.$executeRaw`UPDATE "InventoryPosition" SET "onHand" = "onHand" - 1 WHERE "nodeId" = ${where.nodeId} AND "skuId" = ${where.skuId}`;
    const rows = await t.db.stockMovement.findMany({ where, orderBy: { id: "asc" }, select: { kind: true, qty: true, onHandAfter: true, reason: true, reference: true } });
    expect(rows).toEqual([
      { kind: "OPENING", qty: 3, onHandAfter: 3, reason: null, reference: null },
      { kind: "RECEIPT", qty: 2, onHandAfter: 5, reason: "Supplier delivery", reference: "PO-1" },
      { kind: "SHIPMENT", qty: -1, onHandAfter: 4, reason: null, reference: "ORD-1" },
      { kind: "ADJUSTMENT", qty: -1, onHandAfter: 3, reason: null, reference: null },
    ]);
  });

  it("adds up to on hand for every position after any sequence of changes, committed or rolled back", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        for (const o of ops) await apply(o);
        expect(await ledgerDisagreements()).toEqual([]);
      }),
      { numRuns: 25 },
    );
    // Reservations never write to the ledger: only on-hand changes do.
    expect(await t.db.stockMovement.count({ where: { qty: 0 } })).toBe(0);
  }, 120_000);
});
