// Helpers for fulfilment integration tests (PGlite and the PostgreSQL server alike): place a real
// order through capture (sourced, reserved, released), act as a store associate of a test store,
// and check the stock invariants a user relies on.
import type { Actor } from "@/lib/auth";
import { withTx, type Db, type Tx } from "@/lib/db";
import { captureOrder, captureOrderSchema, type CaptureOrderInput } from "@/lib/orders";
import { LEA, PARIS_ADDRESS, TEST_AGENT } from "@/lib/orders/testing";

export const NOW = new Date("2026-11-25T09:00:00Z");

/** A store associate of a store of the test world (node ids `node-<code>`), or of the given node id. */
export function associateOf(code: string, storeId = `node-${code}`): Actor {
  return { kind: "user", id: `assoc-${code}`, name: `Associate ${code}`, email: `${code}@test`, role: "STORE_ASSOCIATE", storeId, storeCode: code };
}

export const DC_ACTOR: Actor = { kind: "user", id: "supply-1", name: "Warehouse lead", email: "wh@test", role: "SUPPLY_CHAIN", storeId: null, storeCode: null };

export function runner(db: Db) {
  return <T>(fn: (tx: Tx) => Promise<T>) => withTx(fn, { db, timeoutMs: 120_000, maxWaitMs: 120_000 });
}

/** Places an order as the call centre would (Paris address by default) and returns it with its work. */
export async function placeOrder(db: Db, input: Partial<CaptureOrderInput> & Pick<CaptureOrderInput, "lines">, now = NOW) {
  const { id } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, ...input }), { now, db });
  return loadOrder(db, id);
}

export function loadOrder(db: Db, id: string) {
  return db.order.findUniqueOrThrow({
    where: { id },
    include: {
      lines: { orderBy: { lineNo: "asc" } },
      fulfillmentOrders: { include: { node: true, pickupNode: true, lines: { orderBy: { id: "asc" } } }, orderBy: { number: "asc" } },
      payments: { orderBy: { createdAt: "asc" } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
}

/** The live fulfilment order of an order at a node. */
export async function workAt(db: Db, orderId: string, nodeCode: string) {
  return db.fulfillmentOrder.findFirstOrThrow({
    where: { orderId, node: { code: nodeCode }, status: { not: "CANCELLED" } },
    include: { lines: { orderBy: { id: "asc" }, include: { orderLine: { include: { sku: true } } } } },
  });
}

export async function position(db: Db, nodeCode: string, skuCode: string) {
  return db.inventoryPosition.findFirstOrThrow({ where: { node: { code: nodeCode }, sku: { code: skuCode } }, select: { onHand: true, reserved: true } });
}

/**
 * Stock is exact: every position's reserved equals its active reservations, and nothing is
 * negative or reserved beyond what is on hand. Returns the offending rows (empty when exact).
 */
export async function stockProblems(db: Db): Promise<string[]> {
  const positions = await db.inventoryPosition.findMany({ select: { nodeId: true, skuId: true, onHand: true, reserved: true } });
  const active = await db.reservation.groupBy({ by: ["nodeId", "skuId"], where: { status: "ACTIVE" }, _sum: { qty: true } });
  const held = new Map(active.map((a) => [`${a.nodeId}|${a.skuId}`, a._sum.qty ?? 0]));
  const problems: string[] = [];
  for (const p of positions) {
    const key = `${p.nodeId}|${p.skuId}`;
    if (p.onHand < 0 || p.reserved < 0 || p.reserved > p.onHand) problems.push(`${key}: onHand ${p.onHand}, reserved ${p.reserved}`);
    if ((held.get(key) ?? 0) !== p.reserved) problems.push(`${key}: reserved ${p.reserved} but active reservations ${held.get(key) ?? 0}`);
    held.delete(key);
  }
  for (const [key, qty] of held) if (qty) problems.push(`${key}: ${qty} reserved with no position`);
  return problems;
}
