// The order as the channel API shows it: its returns (RMAs) with their lines, expected and refunded
// amounts and exchange order, and the payment ledger with its totals and every entry. The one-
// statement SQL path and the Prisma path (inside a transaction) answer exactly the same.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { getApiOrder } from "./order-api-view";
import { buildCustomer, buildNode, buildOrder, buildSku } from "./test-builders";

let t: TestDb;
let orderNumber: string;
let orderId: string;

/** Both paths: one SQL statement on the client, Prisma inside a transaction. */
async function bothPaths(where: { number: string } | { id: string }) {
  const sql = await getApiOrder(t.db, where);
  const prisma = await withTx((tx) => getApiOrder(tx, where), { db: t.db });
  return { sql, prisma };
}

beforeAll(async () => {
  t = await createTestDb();
  const dc = await buildNode(t.db, { code: "DC-VIEW", type: "DC" });
  const store = await buildNode(t.db, { code: "ST-VIEW" });
  const shirt = await buildSku(t.db, { code: "VIEW-SHIRT" });
  const jeans = await buildSku(t.db, { code: "VIEW-JEANS" });
  const customer = await buildCustomer(t.db);
  const order = await buildOrder(t.db, {
    customer,
    status: "COMPLETED",
    lines: [
      { skuId: shirt.id, qty: 2, status: "DELIVERED" },
      { skuId: jeans.id, qty: 1, status: "DELIVERED" },
      { skuId: shirt.id, qty: 1, status: "DELIVERED" },
    ],
    fulfillments: [{ nodeId: dc.id, status: "DELIVERED", lines: [{ line: 0, qty: 2 }, { line: 1, qty: 1 }, { line: 2, qty: 1 }] }],
  });
  orderNumber = order.number;
  orderId = order.id;
  const exchange = await buildOrder(t.db, { customer, lines: [{ skuId: jeans.id }] });
  const [l1, l2, l3] = order.lines;
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 10, minute));
  const mail = await t.db.return.create({
    data: {
      number: "RMA-VIEW-1",
      orderId,
      method: "MAIL",
      status: "REFUNDED",
      reason: "SIZE_TOO_SMALL",
      expectedRefundMinor: 3000,
      requestedAt: at(1),
      lines: {
        create: [
          { orderLineId: l3.id, qty: 1, receivedQty: 1, reason: "SIZE_TOO_SMALL", condition: "RESELLABLE", disposition: "RESTOCK" },
          { orderLineId: l1.id, qty: 2, receivedQty: 2, reason: "SIZE_TOO_SMALL", condition: "DAMAGED", disposition: "DISPOSE" },
        ],
      },
    },
  });
  await t.db.return.create({
    data: {
      number: "RMA-VIEW-2",
      orderId,
      method: "IN_STORE",
      status: "APPROVED",
      reason: "CHANGED_MIND",
      receivingNodeId: store.id,
      expectedRefundMinor: 0,
      exchangeOrderId: exchange.id,
      requestedAt: at(2),
      lines: { create: [{ orderLineId: l2.id, qty: 1, reason: "CHANGED_MIND", exchangeSkuId: jeans.id }] },
    },
  });
  await t.db.paymentTransaction.createMany({
    data: [
      { orderId, type: "AUTHORIZATION", amountMinor: 4000, currency: "EUR", method: "PAYPAL", provider: "test", reference: "auth-1", createdAt: at(0) },
      { orderId, type: "CAPTURE", amountMinor: 4000, currency: "EUR", method: "PAYPAL", provider: "test", reference: "cap-1", createdAt: at(1) },
      { orderId, type: "REFUND", amountMinor: 1000, currency: "EUR", method: "PAYPAL", provider: "test", reference: "ref-1", returnId: mail.id, createdAt: at(3) },
      { orderId, type: "REFUND", amountMinor: 2000, currency: "EUR", method: "PAYPAL", provider: "test", reference: "ref-2", returnId: mail.id, createdAt: at(4) },
      { orderId, type: "APPEASEMENT", amountMinor: 250, currency: "EUR", method: "PAYPAL", provider: "test", reference: null, createdAt: at(5) },
    ],
  });
});
afterAll(async () => {
  await t?.close();
});

describe("getApiOrder", () => {
  it("shows the order's returns, oldest first, with their lines by SKU, refunds and exchange order", async () => {
    const { sql } = await bothPaths({ number: orderNumber });
    expect(sql.returns).toEqual([
      {
        number: "RMA-VIEW-1",
        status: "REFUNDED",
        method: "MAIL",
        lines: [
          { lineNo: 1, sku: "VIEW-SHIRT", qty: 2, receivedQty: 2, reason: "SIZE_TOO_SMALL" },
          { lineNo: 3, sku: "VIEW-SHIRT", qty: 1, receivedQty: 1, reason: "SIZE_TOO_SMALL" },
        ],
        expectedRefundMinor: 3000,
        refundedMinor: 3000,
        exchangeOrder: null,
      },
      {
        number: "RMA-VIEW-2",
        status: "APPROVED",
        method: "STORE",
        lines: [{ lineNo: 2, sku: "VIEW-JEANS", qty: 1, receivedQty: 0, reason: "CHANGED_MIND" }],
        expectedRefundMinor: 0,
        refundedMinor: 0,
        exchangeOrder: expect.stringMatching(/^ORD-Q/),
      },
    ]);
  });

  it("shows the ledger's totals, the buyer's method and every entry, oldest first", async () => {
    const { sql } = await bothPaths({ id: orderId });
    expect(sql.payments).toEqual({
      authorisedMinor: 4000,
      authorizedMinor: 4000,
      capturedMinor: 4000,
      refundedMinor: 3250,
      balanceMinor: 750,
      method: "PAYPAL",
      entries: [
        { type: "AUTHORIZATION", amountMinor: 4000, method: "PAYPAL", reference: "auth-1", returnNumber: null, createdAt: "2026-11-20T10:00:00.000Z" },
        { type: "CAPTURE", amountMinor: 4000, method: "PAYPAL", reference: "cap-1", returnNumber: null, createdAt: "2026-11-20T10:01:00.000Z" },
        { type: "REFUND", amountMinor: 1000, method: "PAYPAL", reference: "ref-1", returnNumber: "RMA-VIEW-1", createdAt: "2026-11-20T10:03:00.000Z" },
        { type: "REFUND", amountMinor: 2000, method: "PAYPAL", reference: "ref-2", returnNumber: "RMA-VIEW-1", createdAt: "2026-11-20T10:04:00.000Z" },
        { type: "APPEASEMENT", amountMinor: 250, method: "PAYPAL", reference: null, returnNumber: null, createdAt: "2026-11-20T10:05:00.000Z" },
      ],
    });
  });

  it("answers the same on the SQL path and the Prisma path, by number and by id", async () => {
    for (const where of [{ number: orderNumber }, { id: orderId }]) {
      const { sql, prisma } = await bothPaths(where);
      expect(prisma).toEqual(sql);
    }
  });

  it("shows an order with no returns and no payments with empty lists and zero totals on both paths", async () => {
    const customer = await buildCustomer(t.db);
    const sku = await buildSku(t.db);
    const bare = await buildOrder(t.db, { customer, lines: [{ skuId: sku.id }] });
    const { sql, prisma } = await bothPaths({ number: bare.number });
    expect(sql.returns).toEqual([]);
    expect(sql.payments).toEqual({ authorisedMinor: 0, authorizedMinor: 0, capturedMinor: 0, refundedMinor: 0, balanceMinor: 0, method: null, entries: [] });
    expect(prisma).toEqual(sql);
  });
});
