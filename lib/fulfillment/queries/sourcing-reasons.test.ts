import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { createTranslator } from "@/lib/i18n/client";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "@/lib/orders/testing";
import { captureOrder, captureOrderSchema } from "@/lib/orders";
import { workReasonText } from "@/components/orders/sourcing/reason-text";
import { sourcingReasonsFor } from "./sourcing-reasons";

let t: TestDb;
let fos: Array<{ id: string; node: string }>;

beforeAll(async () => {
  t = await createTestDb();
  // Three T-shirts, two at each DC: the Paris DC gives two, the Lyon DC the third.
  await buildWorld(t.db, { stock: { "DC-PAR|TSHIRT-M": 2, "DC-LYS|TSHIRT-M": 2 } });
  const placed = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines: [{ sku: "TSHIRT-M", qty: 3, mode: "SHIP" }] }), {
    now: new Date("2026-11-25T09:00:00Z"),
    db: t.db,
  });
  const rows = await t.db.fulfillmentOrder.findMany({ where: { orderId: placed.id }, select: { id: true, node: { select: { code: true } } } });
  fos = rows.map((r) => ({ id: r.id, node: r.node.code }));
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe("sourcingReasonsFor", () => {
  it("tells each node why its units came to it, from the order's sourcing explanation", async () => {
    const reasons = await sourcingReasonsFor(t.db, fos.map((f) => f.id));
    const en = createTranslator("en");
    const paris = reasons[fos.find((f) => f.node === "DC-PAR")!.id];
    const lyon = reasons[fos.find((f) => f.node === "DC-LYS")!.id];
    expect(paris).toMatchObject({ lineNo: 1, currency: "EUR", split: { units: 2, of: 3, others: ["DC-LYS"] } });
    expect(workReasonText(paris, en, "en")).toMatch(/^Line 1: .+\. 2 of 3 units from here; the rest from Lyon DC$/);
    expect(workReasonText(lyon, en, "en")).toMatch(/^Line 1: .+\. 1 of 3 units from here; the rest from Paris DC$/);
    // Only the two DCs could serve the line: each is told the other nodes had no stock.
    expect(paris.reason).toMatchObject({ kind: "ONLY_OPTION", topReason: "NO_STOCK" });
  });

  it("has no reason for work placed without an explanation", async () => {
    await t.db.sourcingDecision.updateMany({ data: { explanation: { summary: "Seeded" } } });
    expect(await sourcingReasonsFor(t.db, fos.map((f) => f.id))).toEqual({});
    expect(await sourcingReasonsFor(t.db, [])).toEqual({});
  });
});
