// Every order command checks for itself who may act on the order: the role's permission, and for a
// store associate the store (an order is theirs when part of it is fulfilled or collected there).
// A refused actor changes nothing, whatever the caller checked or forgot to check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth";
import { withTx, type Tx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { requestAppeasement } from "@/lib/returns";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "../testing";
import { addLine } from "./add-line";
import { addNote } from "./add-note";
import { cancelLine } from "./cancel-line";
import { cancelOrder } from "./cancel-order";
import { captureOrder, captureOrderSchema } from "./capture-order";
import { changeAddress } from "./change-address";
import { changeDeliveryMethod } from "./change-delivery-method";
import { changeQuantity } from "./change-quantity";
import { releaseHold } from "./release-hold";

let t: TestDb;
const NOW = new Date("2026-11-25T09:00:00Z");
const run = <T,>(fn: (tx: Tx) => Promise<T>) => withTx(fn, { db: t.db });

const associate = (code: string): Actor => ({ kind: "user", id: `assoc-${code}`, name: `Associate ${code}`, email: `${code}@test`, role: "STORE_ASSOCIATE", storeId: `node-${code}`, storeCode: code });
const RIVOLI = associate("ST-PAR-01");
const NO_STORE: Actor = { kind: "user", id: "assoc-none", name: "Associate without store", email: "none@test", role: "STORE_ASSOCIATE", storeId: null, storeCode: null };
const BASTILLE = associate("ST-PAR-02");
const SUPPLY: Actor = { kind: "user", id: "user-supply", name: "Sam Supply", email: "supply@test", role: "SUPPLY_CHAIN", storeId: null, storeCode: null };
const CHANNEL_KEY: Actor = { kind: "apiKey", id: "key-web", name: "Web shop", role: "CHANNEL", channel: "WEB" };
const WMS_KEY: Actor = { kind: "apiKey", id: "key-wms", name: "Rivoli WMS", role: "FULFILLMENT", nodeIds: ["node-ST-PAR-01"] };

/** A pickup order collected at Paris Rivoli (the stock is there too), held so a hold can be released. */
let order: { id: string; version: number; lineId: string; holdId: string };

async function snapshot() {
  const o = await t.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true, notes: true, events: true, holds: true, appeasements: true, payments: true } });
  return {
    version: o.version,
    status: o.status,
    shipLine1: o.shipLine1,
    lines: o.lines.map((l) => [l.qty, l.cancelledQty, l.status, l.deliveryMode]),
    notes: o.notes.length,
    events: o.events.length,
    openHolds: o.holds.filter((h) => !h.releasedAt).length,
    appeasements: o.appeasements.length,
    payments: o.payments.length,
  };
}

beforeAll(async () => {
  t = await createTestDb();
  await buildWorld(t.db, { stock: { "ST-PAR-01|JEANS-32": 5, "DC-PAR|TSHIRT-M": 5, "DC-PAR|LAMP": 5 } });
  const { id } = await captureOrder(
    TEST_AGENT,
    captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "JEANS-32", qty: 2, mode: "PICKUP", pickupStore: "ST-PAR-01" }] }),
    { now: NOW, db: t.db },
  );
  await t.db.user.createMany({
    data: [RIVOLI, BASTILLE, SUPPLY].map((a) => ({ id: a.id, email: (a as { email: string }).email, name: a.name, role: a.role as "STORE_ASSOCIATE" | "SUPPLY_CHAIN", storeId: a.kind === "user" ? a.storeId : null, passwordHash: "x" })),
  });
  const hold = await t.db.orderHold.create({ data: { orderId: id, type: "MANUAL", reason: "Check with the customer" } });
  const o = await t.db.order.findUniqueOrThrow({ where: { id }, include: { lines: true } });
  order = { id, version: o.version, lineId: o.lines[0].id, holdId: hold.id };
});
afterAll(() => t?.close());

/** Each command family as a refused actor would call it. */
const COMMANDS: Array<[string, (actor: Actor) => (tx: Tx) => Promise<unknown>]> = [
  ["add a note", (a) => (tx) => addNote(tx, a, { orderId: order.id, body: "Customer called" })],
  ["cancel a line", (a) => (tx) => cancelLine(tx, a, { orderId: order.id, lineId: order.lineId, expectedVersion: order.version, reason: "x" })],
  ["cancel the order", (a) => (tx) => cancelOrder(tx, a, { orderId: order.id, expectedVersion: order.version, reason: "x" })],
  ["change a quantity", (a) => (tx) => changeQuantity(tx, a, { orderId: order.id, lineId: order.lineId, qty: 1, expectedVersion: order.version }, { now: NOW })],
  ["add a line", (a) => (tx) => addLine(tx, a, { orderId: order.id, expectedVersion: order.version, line: { sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" } }, { now: NOW })],
  ["change the address", (a) => (tx) => changeAddress(tx, a, { orderId: order.id, expectedVersion: order.version, address: { ...PARIS_ADDRESS, line1: "1 rue Neuve" } }, { now: NOW })],
  ["change the delivery method", (a) => (tx) => changeDeliveryMethod(tx, a, { orderId: order.id, lineId: order.lineId, expectedVersion: order.version, mode: "SHIP" }, { now: NOW })],
  ["release a hold", (a) => (tx) => releaseHold(tx, a, { orderId: order.id, holdId: order.holdId, expectedVersion: order.version, note: "ok" }, { now: NOW })],
  ["grant an appeasement", (a) => (tx) => requestAppeasement(tx, a, { orderId: order.id, amountMinor: 500, reason: "Late" })],
];

describe("order commands check access to the order themselves", () => {
  it.each(COMMANDS)("refuses another store's associate to %s, and nothing changes", async (_name, command) => {
    const before = await snapshot();
    const err = await run(command(BASTILLE)).catch((e) => e);
    expect(err).toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);
  });

  it.each(COMMANDS)("refuses a role without the permission (supply chain) to %s", async (_name, command) => {
    const before = await snapshot();
    const err = await run(command(SUPPLY)).catch((e) => e);
    expect(err).toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);
  });

  it.each(COMMANDS)("refuses API keys (a channel's or a fulfilment system's) to %s", async (_name, command) => {
    const before = await snapshot();
    for (const key of [CHANNEL_KEY, WMS_KEY]) {
      const err = await run(command(key)).catch((e) => e);
      expect(err instanceof ForbiddenError || err instanceof NotFoundError).toBe(true);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets the associate of the store the order is collected at add a note", async () => {
    await run((tx) => addNote(tx, RIVOLI, { orderId: order.id, body: "Customer will send a friend to collect." }));
    expect(await t.db.orderNote.count({ where: { orderId: order.id, authorId: RIVOLI.id } })).toBe(1);
  });

  it("refuses a store associate with no store", async () => {
    const err = await run((tx) => addNote(tx, NO_STORE, { orderId: order.id, body: "x" })).catch((e) => e);
    expect(err).toBeInstanceOf(ForbiddenError);
  });

  it("answers not found for an order that does not exist", async () => {
    const err = await run((tx) => addNote(tx, TEST_AGENT, { orderId: "no-such-order", body: "x" })).catch((e) => e);
    expect(err).toBeInstanceOf(NotFoundError);
  });

  it("still lets an agent act on any store's order", async () => {
    await run((tx) => addNote(tx, TEST_AGENT, { orderId: order.id, body: "Called back" }));
    const current = (await snapshot()).version;
    const { version } = await run((tx) => releaseHold(tx, TEST_AGENT, { orderId: order.id, holdId: order.holdId, expectedVersion: current, note: "Checked" }, { now: NOW }));
    expect(version).toBeGreaterThan(current);
  });
});
