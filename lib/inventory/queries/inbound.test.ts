// The inbound list and detail on a real database: filters, lateness, cursor paging, store scope,
// and a shipment's lines, receipts and allowed steps.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth";
import { withTx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { buildWorld } from "@/lib/orders/testing";
import { createPurchaseOrder, createTransfer } from "../commands/create-inbound";
import { receiveInbound } from "../commands/receive-inbound";
import { createPurchaseOrderSchema, createTransferSchema, receiveInboundSchema } from "../inbound-schemas";
import { getInbound, listTransferSources } from "./get-inbound";
import { listInbound } from "./list-inbound";

let t: TestDb;
const NOW = new Date("2026-12-02T09:00:00Z");
const SUPPLY: Actor = { kind: "user", id: "user-supply", name: "Sam Supply", email: "s@test", role: "SUPPLY_CHAIN", storeId: null, storeCode: null };
const RIVOLI: Actor = { kind: "user", id: "user-rivoli", name: "Rita Rivoli", email: "r@test", role: "STORE_ASSOCIATE", storeId: "node-ST-PAR-01", storeCode: "ST-PAR-01" };
const BASTILLE: Actor = { ...RIVOLI, id: "user-bastille", storeId: "node-ST-PAR-02", storeCode: "ST-PAR-02" };
let late: string;
let planned: string;
let done: string;

beforeAll(async () => {
  t = await createTestDb();
  await buildWorld(t.db, { stock: { "DC-LYS|LAMP": 9, "ST-LYO-01|LAMP": 2 }, safetyStock: { "DC-LYS|LAMP": 1 } });
  await t.db.user.create({ data: { id: SUPPLY.id, email: "s@test", name: "Sam Supply", role: "SUPPLY_CHAIN", passwordHash: "x" } });
  const tx = <T>(fn: Parameters<typeof withTx<T>>[0]) => withTx(fn, { db: t.db });
  late = (await tx((x) => createPurchaseOrder(x, SUPPLY, createPurchaseOrderSchema.parse({ supplier: "Lumen & Co", toNode: "DC-PAR", eta: "2026-11-29", lines: [{ sku: "LAMP", qty: 10 }, { sku: "TV-55", qty: 2 }] }), { now: NOW }))).reference;
  planned = (await tx((x) => createTransfer(x, SUPPLY, createTransferSchema.parse({ fromNode: "DC-LYS", toNode: "ST-PAR-01", eta: "2026-12-05", lines: [{ sku: "LAMP", qty: 3 }] }), { now: NOW }))).reference;
  done = (await tx((x) => createPurchaseOrder(x, SUPPLY, createPurchaseOrderSchema.parse({ supplier: "Denim Works", toNode: "DC-LYS", eta: "2026-11-20", lines: [{ sku: "JEANS-32", qty: 4 }] }), { now: NOW }))).reference;
  await tx((x) => receiveInbound(x, SUPPLY, receiveInboundSchema.parse({ reference: late, lines: [{ sku: "LAMP", qty: 4 }], note: "First pallet" }), { now: NOW }));
  await tx((x) => receiveInbound(x, SUPPLY, receiveInboundSchema.parse({ reference: done, lines: [{ sku: "JEANS-32", qty: 4 }] }), { now: NOW }));
});
afterAll(() => t.close());

const refs = (page: { rows: Array<{ reference: string }> }) => page.rows.map((r) => r.reference);

describe("listInbound", () => {
  it("lists open shipments by ETA, marks the late one and counts what the filters keep", async () => {
    const open = await listInbound(t.db, SUPPLY, { status: "OPEN" }, { now: NOW });
    expect(refs(open)).toEqual([late, planned]);
    expect(open).toMatchObject({ total: 2, lateOpen: 1, nextCursor: null });
    expect(open.rows[0]).toMatchObject({ late: true, daysLate: 2, units: 12, receivedUnits: 4, lines: 2, supplier: "Lumen & Co", from: null, to: { code: "DC-PAR" } });
    expect(open.rows[1]).toMatchObject({ status: "PLANNED", late: false, from: { code: "DC-LYS" } });
    expect(refs(await listInbound(t.db, SUPPLY, {}, { now: NOW }))).toEqual([done, late, planned]);
    expect(refs(await listInbound(t.db, SUPPLY, { late: true }, { now: NOW }))).toEqual([late]);
    expect(refs(await listInbound(t.db, SUPPLY, { type: "TRANSFER" }, { now: NOW }))).toEqual([planned]);
    expect(refs(await listInbound(t.db, SUPPLY, { node: "DC-LYS" }, { now: NOW }))).toEqual([done, planned]);
    expect(refs(await listInbound(t.db, SUPPLY, { q: "tv-5" }, { now: NOW }))).toEqual([late]);
    expect(refs(await listInbound(t.db, SUPPLY, { q: "denim" }, { now: NOW }))).toEqual([done]);
  });

  it("pages with a cursor", async () => {
    const first = await listInbound(t.db, SUPPLY, { limit: 2 }, { now: NOW });
    expect(refs(first)).toEqual([done, late]);
    const second = await listInbound(t.db, SUPPLY, { limit: 2, cursor: first.nextCursor! }, { now: NOW });
    expect(refs(second)).toEqual([planned]);
    expect(second.nextCursor).toBeNull();
  });

  it("shows a store associate only their store's shipments, and refuses another store", async () => {
    expect(refs(await listInbound(t.db, RIVOLI, {}, { now: NOW }))).toEqual([planned]);
    await expect(listInbound(t.db, RIVOLI, { node: "DC-PAR" })).rejects.toMatchObject({ code: "OTHER_STORE" });
    await expect(getInbound(t.db, BASTILLE, planned)).rejects.toMatchObject({ code: "OTHER_STORE" });
    expect((await getInbound(t.db, RIVOLI, planned)).reference).toBe(planned);
  });
});

describe("getInbound", () => {
  it("gives lines with what is still expected, the receipts with who recorded them, and the steps allowed", async () => {
    const d = await getInbound(t.db, SUPPLY, late, { now: NOW });
    expect(d).toMatchObject({ status: "IN_TRANSIT", late: true, units: 12, receivedUnits: 4, createdBy: "Sam Supply", can: { ship: false, receive: true, close: true, cancel: false } });
    expect(d.lines).toEqual([
      { sku: "LAMP", name: "Desk lamp", qty: 10, receivedQty: 4, remaining: 6, freeAtSource: null },
      { sku: "TV-55", name: "55-inch TV", qty: 2, receivedQty: 0, remaining: 2, freeAtSource: null },
    ]);
    expect(d.receipts).toEqual([{ id: expect.any(String), receivedAt: NOW.toISOString(), units: 4, by: "Sam Supply", note: "First pallet", lines: [{ sku: "LAMP", qty: 4 }] }]);
    const p = await getInbound(t.db, SUPPLY, planned, { now: NOW });
    expect(p.lines[0]).toMatchObject({ freeAtSource: 8 });
    expect(p.can).toEqual({ ship: true, receive: false, close: false, cancel: true });
    expect((await getInbound(t.db, SUPPLY, done, { now: NOW })).can).toEqual({ ship: false, receive: false, close: false, cancel: false });
    await expect(getInbound(t.db, SUPPLY, "PO-404")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("suggests nodes with free units of a SKU, most first, without the destination", async () => {
    expect(await listTransferSources(t.db, SUPPLY, { sku: "lamp", toNode: "ST-PAR-01" })).toEqual([
      { code: "DC-LYS", name: "Lyon DC", type: "DC", free: 8 },
      { code: "DC-PAR", name: "Paris DC", type: "DC", free: 4 },
      { code: "ST-LYO-01", name: "Lyon Part-Dieu", type: "STORE", free: 2 },
    ]);
    expect(await listTransferSources(t.db, SUPPLY, { sku: "LAMP", toNode: "DC-LYS" })).toHaveLength(2);
  });
});
