// Inbound supply on a real database: purchase orders and transfers are created, shipped, received
// in part or in full (re-sourcing backorders oldest first), closed short or cancelled, and every
// refusal changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { withTx } from "@/lib/db";
import type { Actor } from "@/lib/auth";
import { captureOrder, captureOrderSchema } from "@/lib/orders";
import { buildWorld, LEA, PARIS_ADDRESS, position, TEST_AGENT } from "@/lib/orders/testing";
import { cancelInbound, closeInboundShort } from "./close-inbound";
import { createPurchaseOrder, createTransfer } from "./create-inbound";
import { receiveInbound } from "./receive-inbound";
import { shipTransfer } from "./ship-transfer";
import { inTransitByNodeSku } from "../queries/sql";
import { cancelInboundSchema, closeInboundSchema, createPurchaseOrderSchema, createTransferSchema, receiveInboundSchema, shipTransferSchema } from "../inbound-schemas";

let t: TestDb;
const NOW = new Date("2026-11-25T09:00:00Z");
const SUPPLY: Actor = { kind: "user", id: "user-supply", name: "Sam Supply", email: "supply@test", role: "SUPPLY_CHAIN", storeId: null, storeCode: null };

beforeAll(async () => {
  t = await createTestDb();
  await buildWorld(t.db, { stock: { "DC-PAR|SNEAKER-42": 1, "DC-LYS|LAMP": 10, "DC-LYS|JEANS-32": 4 }, safetyStock: { "DC-LYS|LAMP": 2 } });
  await t.db.user.create({ data: { id: SUPPLY.id, email: "supply@test", name: "Sam Supply", role: "SUPPLY_CHAIN", passwordHash: "x" } });
});
afterAll(() => t.close());

const tx = <T>(fn: Parameters<typeof withTx<T>>[0]) => withTx(fn, { db: t.db });
const po = (lines: Array<{ sku: string; qty: number }>, toNode = "DC-PAR") => tx((x) => createPurchaseOrder(x, SUPPLY, createPurchaseOrderSchema.parse({ supplier: "Atelier Nord", toNode, eta: "2026-11-28", lines }), { now: NOW }));
const receive = (input: unknown, actor: Actor = SUPPLY) => tx((x) => receiveInbound(x, actor, receiveInboundSchema.parse(input), { now: NOW }));
const placeOrder = (qty: number) => captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "WEB", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "SNEAKER-42", qty, mode: "SHIP" }] }), { now: NOW, db: t.db });
const orderStatus = async (id: string) => (await t.db.order.findUniqueOrThrow({ where: { id } })).status;
const inTransit = async (node: string, sku: string) => {
  const all = await t.db.$queryRaw<Array<{ nodeId: string; skuId: string; qty: number }>>(inTransitByNodeSku());
  return all.find((r) => r.nodeId === `node-${node}` && r.skuId === `sku-${sku}`)?.qty ?? 0;
};
const movements = async (reference: string) =>
  (await t.db.stockMovement.findMany({ where: { reference }, select: { kind: true, qty: true, onHandAfter: true, nodeId: true }, orderBy: { id: "asc" } })).map(({ nodeId, ...m }) => ({ ...m, node: nodeId.replace(/^node-/, "") }));
async function shipmentState(reference: string) {
  return t.db.inboundShipment.findUniqueOrThrow({ where: { reference }, select: { status: true, version: true, lines: { select: { qty: true, receivedQty: true }, orderBy: { id: "asc" } }, _count: { select: { receipts: true } } } });
}

describe("purchase orders", () => {
  it("creates a purchase order in transit to its node, numbered in the seeded style", async () => {
    const created = await po([{ sku: "tv-55", qty: 5 }]);
    expect(created).toEqual({ reference: "PO-000001", status: "IN_TRANSIT", version: 1 });
    expect(await inTransit("DC-PAR", "TV-55")).toBe(5);
    expect(await t.db.auditEvent.count({ where: { action: "inbound.created", actorId: SUPPLY.id } })).toBe(1);
    expect((await po([{ sku: "TV-55", qty: 1 }])).reference).toBe("PO-000002");
  });

  it("refuses an unknown SKU and node on their fields, and a SKU twice", async () => {
    await expect(tx((x) => createPurchaseOrder(x, SUPPLY, createPurchaseOrderSchema.parse({ supplier: "S", toNode: "DC-NOPE", eta: "2026-11-28", lines: [{ sku: "TV-55", qty: 1 }] })))).rejects.toMatchObject({ fields: { toNode: { code: "NOT_FOUND" } } });
    await expect(po([{ sku: "NOPE", qty: 1 }])).rejects.toMatchObject({ fields: { "lines.0.sku": { code: "NOT_FOUND", params: { entity: "sku", id: "NOPE" } } } });
    expect(createPurchaseOrderSchema.safeParse({ supplier: "S", toNode: "DC-PAR", eta: "2026-11-28", lines: [{ sku: "TV-55", qty: 1 }, { sku: "tv-55", qty: 2 }] }).error?.issues).toMatchObject([{ path: ["lines", 1, "sku"], message: "INBOUND_DUPLICATE_SKU" }]);
  });
});

describe("receiving in part and in full", () => {
  let first: { id: string };
  let second: { id: string };
  let reference: string;

  it("a partial receipt raises on hand with a RECEIPT movement and serves the oldest backorder first", async () => {
    first = await placeOrder(2); // 1 unit reserved at DC-PAR, 1 waiting
    second = await placeOrder(2); // 2 waiting
    expect(await orderStatus(first.id)).toBe("BACKORDERED");
    expect(await orderStatus(second.id)).toBe("BACKORDERED");
    ({ reference } = await po([{ sku: "SNEAKER-42", qty: 3 }, { sku: "LAMP", qty: 4 }]));

    const res = await receive({ reference, expectedVersion: 1, lines: [{ sku: "SNEAKER-42", qty: 1 }, { sku: "LAMP", qty: 0 }], note: "First pallet" });
    const numbers = await t.db.order.findMany({ where: { id: { in: [first.id] } }, select: { number: true } });
    expect(res).toMatchObject({ reference, status: "IN_TRANSIT", version: 2, receivedUnits: 1, ordersServed: numbers.map((n) => n.number) });
    expect(res.lines).toEqual([{ sku: "LAMP", qty: 4, receivedQty: 0 }, { sku: "SNEAKER-42", qty: 3, receivedQty: 1 }]);
    expect(await orderStatus(first.id)).toBe("RELEASED");
    expect(await orderStatus(second.id)).toBe("BACKORDERED");
    expect(await position(t.db, "DC-PAR", "SNEAKER-42")).toMatchObject({ onHand: 2, reserved: 2 });
    expect(await inTransit("DC-PAR", "SNEAKER-42")).toBe(2);
    expect(await movements(reference)).toEqual([{ kind: "RECEIPT", qty: 1, onHandAfter: 2, node: "DC-PAR" }]);
    const receipt = await t.db.inboundReceipt.findFirstOrThrow({ where: { shipment: { reference } } });
    expect(receipt).toMatchObject({ units: 1, receivedBy: "user:user-supply", note: "First pallet" });
    expect(Object.values(receipt.lines as Record<string, number>)).toEqual([1]);
  });

  it("refuses more than a line still expects, and a SKU not on the shipment, per line; nothing changes", async () => {
    const before = await shipmentState(reference);
    const onHand = await position(t.db, "DC-PAR", "SNEAKER-42");
    await expect(receive({ reference, lines: [{ sku: "SNEAKER-42", qty: 3 }, { sku: "LAMP", qty: 4 }, { sku: "TV-55", qty: 1 }] })).rejects.toMatchObject({
      code: "INBOUND_RECEIPT_REFUSED",
      fields: { "lines.0.qty": { code: "INBOUND_OVER_RECEIPT", params: { sku: "SNEAKER-42", remaining: 2 } }, "lines.2.sku": { code: "INBOUND_SKU_NOT_ON_SHIPMENT" } },
    });
    expect(await shipmentState(reference)).toEqual(before);
    expect(await position(t.db, "DC-PAR", "SNEAKER-42")).toEqual(onHand);
    expect(await movements(reference)).toHaveLength(1);
  });

  it("refuses a receipt made on a stale version", async () => {
    await expect(receive({ reference, expectedVersion: 1, lines: [{ sku: "LAMP", qty: 1 }] })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("the last units complete the shipment and serve the next order", async () => {
    const res = await receive({ reference, expectedVersion: 2, lines: [{ sku: "SNEAKER-42", qty: 2 }, { sku: "LAMP", qty: 4 }] });
    expect(res).toMatchObject({ status: "RECEIVED", receivedUnits: 6, version: 3 });
    expect(await orderStatus(second.id)).toBe("RELEASED");
    expect(await inTransit("DC-PAR", "SNEAKER-42")).toBe(0);
    expect((await shipmentState(reference))._count.receipts).toBe(2);
    expect((await movements(reference)).map((m) => m.kind)).toEqual(["RECEIPT", "RECEIPT", "RECEIPT"]);
    await expect(receive({ reference, lines: [{ sku: "LAMP", qty: 1 }] })).rejects.toMatchObject({ code: "NOT_IN_TRANSIT" });
  });

  it("closes a shipment short: it stops being in transit and keeps what arrived", async () => {
    const { reference: ref } = await po([{ sku: "JEANS-32", qty: 10 }]);
    await receive({ reference: ref, lines: [{ sku: "JEANS-32", qty: 6 }] });
    expect(await inTransit("DC-PAR", "JEANS-32")).toBe(4);
    await expect(tx((x) => cancelInbound(x, SUPPLY, cancelInboundSchema.parse({ reference: ref, expectedVersion: 2 })))).rejects.toMatchObject({ code: "INBOUND_PARTLY_RECEIVED" });
    const closed = await tx((x) => closeInboundShort(x, SUPPLY, closeInboundSchema.parse({ reference: ref, expectedVersion: 2, reason: "Supplier out of stock" }), { now: NOW }));
    expect(closed).toEqual({ reference: ref, status: "RECEIVED", version: 3 });
    expect(await inTransit("DC-PAR", "JEANS-32")).toBe(0);
    expect(await position(t.db, "DC-PAR", "JEANS-32")).toMatchObject({ onHand: 6 });
    expect(await t.db.auditEvent.findFirstOrThrow({ where: { action: "inbound.closed_short" } })).toMatchObject({ reason: "Supplier out of stock", after: { status: "RECEIVED", missingUnits: 4 } });
  });

  it("a receiving system may only receive at its own nodes", async () => {
    const { reference: ref } = await po([{ sku: "JEANS-32", qty: 1 }]);
    const key: Actor = { kind: "apiKey", id: "key-lys", name: "Lyon WMS", role: "FULFILLMENT", nodeIds: ["node-DC-LYS"] };
    await expect(receive({ reference: ref, lines: [{ sku: "JEANS-32", qty: 1 }] }, key)).rejects.toMatchObject({ code: "NOT_YOUR_NODE" });
    expect((await shipmentState(ref)).lines[0].receivedQty).toBe(0);
  });
});

describe("transfers", () => {
  const create = (lines: Array<{ sku: string; qty: number }>, shipNow = false) =>
    tx((x) => createTransfer(x, SUPPLY, createTransferSchema.parse({ fromNode: "DC-LYS", toNode: "ST-PAR-01", eta: "2026-11-27", lines, shipNow }), { now: NOW }));

  it("a planned transfer moves nothing; shipping it lowers the source's on hand and shows in transit at the destination", async () => {
    const planned = await create([{ sku: "LAMP", qty: 5 }, { sku: "JEANS-32", qty: 4 }]);
    expect(planned).toMatchObject({ reference: "TR-000001", status: "PLANNED" });
    expect(await position(t.db, "DC-LYS", "LAMP")).toMatchObject({ onHand: 10 });
    expect(await inTransit("ST-PAR-01", "LAMP")).toBe(0);

    const shipped = await tx((x) => shipTransfer(x, SUPPLY, shipTransferSchema.parse({ reference: planned.reference, expectedVersion: 1 }), { now: NOW }));
    expect(shipped).toEqual({ reference: planned.reference, status: "IN_TRANSIT", version: 2 });
    expect(await position(t.db, "DC-LYS", "LAMP")).toMatchObject({ onHand: 5 });
    expect(await position(t.db, "DC-LYS", "JEANS-32")).toMatchObject({ onHand: 0 });
    expect(await inTransit("ST-PAR-01", "LAMP")).toBe(5);
    expect(await movements(planned.reference)).toEqual([
      { kind: "TRANSFER_OUT", qty: -4, onHandAfter: 0, node: "DC-LYS" },
      { kind: "TRANSFER_OUT", qty: -5, onHandAfter: 5, node: "DC-LYS" },
    ]);
    await expect(tx((x) => cancelInbound(x, SUPPLY, cancelInboundSchema.parse({ reference: planned.reference, expectedVersion: 2 })))).rejects.toMatchObject({ code: "INBOUND_TRANSFER_SHIPPED" });

    await receive({ reference: planned.reference, lines: [{ sku: "LAMP", qty: 5 }, { sku: "JEANS-32", qty: 4 }] });
    expect(await position(t.db, "ST-PAR-01", "LAMP")).toMatchObject({ onHand: 5 });
    expect(await inTransit("ST-PAR-01", "LAMP")).toBe(0);
  });

  it("refuses to ship more than is free at the source (safety stock kept), per line, and moves nothing", async () => {
    // DC-LYS now holds 5 lamps with a safety stock of 2: 3 are free.
    const planned = await create([{ sku: "LAMP", qty: 4 }, { sku: "TSHIRT-M", qty: 1 }]);
    await expect(tx((x) => shipTransfer(x, SUPPLY, shipTransferSchema.parse({ reference: planned.reference, expectedVersion: 1 })))).rejects.toMatchObject({
      code: "INBOUND_SHIP_REFUSED",
      fields: { "lines.0.qty": { code: "INBOUND_NOT_ENOUGH_FREE_STOCK", params: { sku: "LAMP", available: 3, node: "DC-LYS" } }, "lines.1.qty": { params: { sku: "TSHIRT-M", available: 0 } } },
    });
    expect(await position(t.db, "DC-LYS", "LAMP")).toMatchObject({ onHand: 5 });
    expect(await shipmentState(planned.reference)).toMatchObject({ status: "PLANNED", version: 1 });
    expect(await movements(planned.reference)).toEqual([]);
    const cancelled = await tx((x) => cancelInbound(x, SUPPLY, cancelInboundSchema.parse({ reference: planned.reference, expectedVersion: 1 })));
    expect(cancelled.status).toBe("CANCELLED");
  });

  it("'ship now' refuses the line as the form entered it, and creates nothing", async () => {
    const count = await t.db.inboundShipment.count();
    await expect(create([{ sku: "TSHIRT-M", qty: 1 }, { sku: "LAMP", qty: 3 }, { sku: "JEANS-32", qty: 1 }], true)).rejects.toMatchObject({
      code: "INBOUND_TRANSFER_NOT_CREATED",
      fields: { "lines.0.qty": { params: { sku: "TSHIRT-M", available: 0 } }, "lines.2.qty": { params: { sku: "JEANS-32", available: 0 } } },
    });
    expect(await t.db.inboundShipment.count()).toBe(count);
    const shipped = await create([{ sku: "LAMP", qty: 3 }], true);
    expect(shipped).toMatchObject({ status: "IN_TRANSIT", version: 2 });
    expect(await position(t.db, "DC-LYS", "LAMP")).toMatchObject({ onHand: 2 });
  });

  it("refuses a transfer to its own source", () => {
    expect(createTransferSchema.safeParse({ fromNode: "DC-LYS", toNode: "dc-lys", eta: "2026-11-27", lines: [{ sku: "LAMP", qty: 1 }] }).error?.issues).toMatchObject([{ path: ["toNode"], message: "INBOUND_SAME_NODE" }]);
  });
});

