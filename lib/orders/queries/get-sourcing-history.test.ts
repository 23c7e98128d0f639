import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTx, type Tx } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "@/lib/auth";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "../testing";
import { cancelLine } from "../commands/cancel-line";
import { captureOrder, captureOrderSchema } from "../commands/capture-order";
import { changeAddress } from "../commands/change-address";
import { certificateOf } from "../sourcing/explain-view";
import { getSourcingHistory } from "./get-sourcing-history";

const NOW = new Date("2026-11-25T09:00:00Z");
const LYON_ADDRESS = { line1: "5 place Bellecour", city: "Lyon", postalCode: "69002", country: "FR" };
const storeUser: Actor = { kind: "user", id: "u2", name: "Store", email: "store@oms.demo", role: "STORE_ASSOCIATE", storeId: "x", storeCode: "ST" };

let t: TestDb;
let orderId: string;
const run = <T,>(fn: (tx: Tx) => Promise<T>) => withTx(fn, { db: t.db });
const version = async () => (await t.db.order.findUniqueOrThrow({ where: { id: orderId }, select: { version: true } })).version;

beforeAll(async () => {
  t = await createTestDb();
  // The T-shirt only at the two DCs, two each: 3 units always split. The jeans only in one Paris
  // and one Lyon store: they come from the store near the customer.
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 2, "DC-LYS|TSHIRT-M": 2, "ST-PAR-01|JEANS-32": 3, "ST-LYO-01|JEANS-32": 3 } });
  const placed = await captureOrder(
    TEST_AGENT,
    captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty: 3, mode: "SHIP" }, { sku: "JEANS-32", qty: 1, mode: "SHIP" }] }),
    { now: NOW, db: t.db },
  );
  orderId = placed.id;
  // Changed twice: to Lyon, then back to Paris; then the jeans are cancelled.
  let expectedVersion = await version();
  await run((tx) => changeAddress(tx, TEST_AGENT, { orderId, expectedVersion, address: LYON_ADDRESS }, { now: NOW }));
  expectedVersion = await version();
  await run((tx) => changeAddress(tx, TEST_AGENT, { orderId, expectedVersion, address: PARIS_ADDRESS }, { now: NOW }));
  const jeans = await t.db.orderLine.findFirstOrThrow({ where: { orderId, lineNo: 2 } });
  expectedVersion = await version();
  await run((tx) => cancelLine(tx, TEST_AGENT, { orderId, lineId: jeans.id, expectedVersion, reason: "Customer changed mind" }));
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe("getSourcingHistory", () => {
  it("shows the three decisions of an order changed twice, oldest first, with what each changed", async () => {
    const h = await getSourcingHistory(t.db, TEST_AGENT, { orderId });
    expect(h.decisions.map((d) => d.reason)).toEqual(["CAPTURE", "RESOURCE_MODIFICATION", "RESOURCE_MODIFICATION"]);
    const [capture, toLyon, backToParis] = h.decisions;
    expect(capture.changes).toBeNull();
    // The jeans move to the store near the customer each time; the T-shirt stays split over both DCs.
    expect(toLyon.changes).toMatchObject({ added: [{ node: "ST-LYO-01", to: "customer" }], removed: [{ node: "ST-PAR-01", to: "customer" }] });
    expect(backToParis.changes).toMatchObject({ added: [{ node: "ST-PAR-01", to: "customer" }], removed: [{ node: "ST-LYO-01", to: "customer" }] });
    expect(toLyon.changes!.costDeltaMinor).toBe(toLyon.costMinor - capture.costMinor);
    expect(backToParis.changes!.costDeltaMinor).toBe(backToParis.costMinor - toLyon.costMinor);
    // Each decision remembers where the customer was.
    expect(capture.destination!.lat).toBeGreaterThan(48);
    expect(toLyon.destination!.lat).toBeLessThan(46);
  });

  it("explains the split line of every decision, with a certificate and the nodes named and placed", async () => {
    const h = await getSourcingHistory(t.db, TEST_AGENT, { orderId });
    const tshirt = h.lines.find((l) => l.lineNo === 1)!;
    for (const d of h.decisions) {
      const line = d.explanation.lines.find((l) => l.line === tshirt.id)!;
      expect(line.allocated.map((a) => [a.node, a.qty])).toEqual(d === h.decisions[1] ? [["DC-LYS", 2], ["DC-PAR", 1]] : [["DC-LYS", 1], ["DC-PAR", 2]]);
      expect(certificateOf(d.explanation).kind).not.toBe("NO_BOUND");
    }
    expect(h.nodes["DC-LYS"]).toMatchObject({ name: "Lyon DC", type: "DC", lat: 45.696, lng: 4.944 });
    expect(h.nodes["ST-LYO-01"]).toMatchObject({ name: "Lyon Part-Dieu" });
  });

  it("reads the current plan line by line and keeps the cancelled line's status for the page to mark", async () => {
    const h = await getSourcingHistory(t.db, TEST_AGENT, { orderId });
    const last = h.decisions[2].id;
    expect(h.lines.map((l) => [l.lineNo, l.status, l.decisionId])).toEqual([
      [1, "RELEASED", last],
      [2, "CANCELLED", last],
    ]);
  });

  it("has no decisions for an order not sourced yet", async () => {
    expect(await getSourcingHistory(t.db, TEST_AGENT, { orderId: "no-such-order" })).toEqual({ decisions: [], lines: [], nodes: {} });
  });

  it("is refused to a store associate", async () => {
    await expect(getSourcingHistory(t.db, storeUser, { orderId })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
