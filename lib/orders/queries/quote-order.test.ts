// What the read-back promises is what the order gets: the quote and the capture, on the same cart
// at the same moment, give each line the same date and the order the same amounts, for ship and
// pickup lines, on both sides of midnight and of the stores' closing in Europe/Paris.
import { afterAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/db/testing";
import { ValidationError } from "@/lib/errors";
import { captureOrder } from "../commands/capture-order";
import { captureOrderSchema, quoteOrderSchema } from "../schemas";
import { buildWorld, LEA, PARIS_ADDRESS, TEST_AGENT } from "../testing";
import { getDeliveryOptions } from "./delivery-options";
import { quoteOrder } from "./quote-order";

let t: TestDb;
afterAll(() => t?.close());

async function world(stock: Record<string, number>) {
  await t?.close();
  t = await createTestDb();
  await buildWorld(t.db, { stock });
}

type Line = { sku: string; qty: number; mode: "SHIP" | "PICKUP"; pickupStore?: string };

async function quoteThenCapture(lines: Line[], now: Date, promoCode?: string) {
  const quote = await quoteOrder(t.db, quoteOrderSchema.parse({ lines, shippingAddress: PARIS_ADDRESS, promoCode }), { now });
  const { number } = await captureOrder(TEST_AGENT, captureOrderSchema.parse({ channel: "CALL_CENTER", customer: LEA, shippingAddress: PARIS_ADDRESS, lines, promoCode, payment: { method: "PAY_BY_LINK" } }), { now, db: t.db });
  const order = await t.db.order.findUniqueOrThrow({ where: { number }, select: { subtotalMinor: true, discountMinor: true, shippingMinor: true, totalMinor: true, lines: { orderBy: { lineNo: "asc" }, select: { promisedDate: true } } } });
  return { quote, order };
}

const MIXED: Line[] = [
  { sku: "JEANS-32", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-02" },
  { sku: "TSHIRT-M", qty: 2, mode: "SHIP" },
  { sku: "LAMP", qty: 1, mode: "PICKUP", pickupStore: "ST-PAR-01" },
];
const STOCK = { "ST-PAR-01|JEANS-32": 1, "DC-LYS|JEANS-32": 3, "DC-LYS|TSHIRT-M": 5, "ST-PAR-01|LAMP": 2 };

describe("the quote and the capture promise the same", { timeout: 240_000 }, () => {
  // Paris is UTC+1 in December; the test stores close at 20:00 and open at 08:00 (Sunday 10:00).
  const moments = {
    "just before midnight in Paris (22:50 UTC)": "2026-12-01T22:50:00Z",
    "just after midnight in Paris (23:10 UTC)": "2026-12-01T23:10:00Z",
    "before the stores' last pick (17:30 Paris)": "2026-12-02T16:30:00Z",
    "after it (18:30 Paris)": "2026-12-02T17:30:00Z",
  };
  for (const [when, at] of Object.entries(moments)) {
    it(`dates ship and pickup lines alike ${when}`, async () => {
      await world(STOCK);
      const now = new Date(at);
      const { quote, order } = await quoteThenCapture(MIXED, now);
      expect(quote.lines.map((l) => l.promisedDate)).toEqual(order.lines.map((l) => l.promisedDate?.toISOString() ?? null));
      expect(quote.lines.every((l) => l.promisedDate)).toBe(true);
    });
  }

  it("prices like the capture: subtotal, promo code, shipping and total", async () => {
    await world(STOCK);
    const { quote, order } = await quoteThenCapture(MIXED, new Date("2026-12-02T09:00:00Z"), "WELCOME10");
    expect(quote).toMatchObject({ subtotalMinor: order.subtotalMinor, discountMinor: order.discountMinor, shippingMinor: order.shippingMinor, totalMinor: order.totalMinor, promoCode: "WELCOME10", issues: {} });
    expect(quote.discountMinor).toBeGreaterThan(0);
  });

  it("plans the cart as placed: lines together, each with its own delivery", async () => {
    // The bug this guards: the read-back showed the delivery options' date, planned as if every line
    // of the cart were collected at Bastille. Sourced that way the jeans were promised for 4 Dec;
    // the order as placed (one line shipped, one collected at Rivoli) sources them otherwise and
    // promised 3 Dec. The quote plans the cart as it will be placed.
    await world(STOCK);
    const now = new Date("2026-12-02T09:00:00Z");
    const options = await getDeliveryOptions(t.db, { lines: MIXED.map(({ sku, qty }) => ({ sku, qty })), shippingAddress: PARIS_ADDRESS, pickupStore: "ST-PAR-02" }, { now });
    const { quote, order } = await quoteThenCapture(MIXED, now);
    expect(options.lines[0].options.find((o) => o.mode === "PICKUP" && o.node === "ST-PAR-02")?.promisedDate).toBe("2026-12-04T08:00:00.000Z");
    expect(quote.lines[0].promisedDate).toBe("2026-12-03T08:00:00.000Z");
    expect(order.lines[0].promisedDate?.toISOString()).toBe("2026-12-03T08:00:00.000Z");
  });
});

describe("quoting a cart still being built", { timeout: 240_000 }, () => {
  it("prices lines whose delivery is not chosen, without a date or a shipping fee", async () => {
    await world(STOCK);
    const quote = await quoteOrder(t.db, quoteOrderSchema.parse({ lines: [{ sku: "TSHIRT-M", qty: 1 }, { sku: "LAMP", qty: 1, mode: "PICKUP" }] }), { now: new Date("2026-12-02T09:00:00Z") });
    expect(quote).toMatchObject({ subtotalMinor: 1999 + 3499, shippingMinor: 0, totalMinor: 1999 + 3499 });
    expect(quote.lines.map((l) => l.promisedDate)).toEqual([null, null]);
  });

  it("prices without a promo code the order cannot use, and says why", async () => {
    const quote = await quoteOrder(t.db, quoteOrderSchema.parse({ lines: [{ sku: "TSHIRT-M", qty: 1, mode: "SHIP" }], shippingAddress: PARIS_ADDRESS, promoCode: "old5" }), { now: new Date("2026-12-02T09:00:00Z") });
    expect(quote).toMatchObject({ subtotalMinor: 1999, discountMinor: 0, shippingMinor: 499, totalMinor: 1999 + 499, promoCode: null, issues: { promoCode: { code: "PROMO_EXPIRED" } } });
  });

  it("refuses unknown SKUs by field", async () => {
    const err = await quoteOrder(t.db, quoteOrderSchema.parse({ lines: [{ sku: "NOPE", qty: 1 }] })).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.fields).toEqual({ "lines.0.sku": { code: "SKU_UNKNOWN", params: { sku: "NOPE" } } });
  });
});
