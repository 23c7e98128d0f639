import { afterEach, describe, expect, it } from "vitest";
import { registerPaymentProvider, unregisterPaymentProvider, type PaymentProvider } from "@/lib/payments";
import { capturePayer } from "./authorise";

const NOW = new Date("2026-11-25T09:00:00Z");
const ORDER = { totalMinor: 4497, currency: "EUR", number: "OMS-1" };

/** The test provider's answers, counting what was asked of it. */
function spyProvider() {
  const calls: string[] = [];
  const approve = (kind: string) => (input: { idempotencyKey: string }) => {
    calls.push(`${kind}:${input.idempotencyKey}`);
    return Promise.resolve({ status: "APPROVED" as const, reference: `${kind}-ref` });
  };
  const provider: PaymentProvider = { name: "spy", authorise: approve("authorise"), capture: approve("capture"), void: approve("void"), refund: approve("refund") };
  registerPaymentProvider(provider);
  process.env.PAYMENT_PROVIDER = "spy";
  return calls;
}

afterEach(() => {
  unregisterPaymentProvider("spy");
  delete process.env.PAYMENT_PROVIDER;
});

describe("capture step: authorise", () => {
  it("authorises a card once, however often the capture retries, and voids it when the order is not written", async () => {
    const calls = spyProvider();
    const payer = capturePayer("order-1", { method: "CARD", card: { number: "4242424242424242", expiry: "12/40", cvc: "123" } } as never, NOW);
    const first = await payer.settle(ORDER);
    expect(first).toMatchObject({ kind: "authorised", method: "CARD", provider: "spy", reference: "authorise-ref", cardLast4: "4242" });
    expect(await payer.settle(ORDER)).toBe(first);
    await payer.compensate();
    expect(calls).toEqual(["authorise:order-1:AUTHORIZATION:0", "void:order-1:VOID:0"]);
  });

  it("refuses a retry whose total changed: the buyer was asked for another amount", async () => {
    spyProvider();
    const payer = capturePayer("order-1", { method: "CARD", card: { number: "4242424242424242", expiry: "12/40", cvc: "123" } } as never, NOW);
    await payer.settle(ORDER);
    await expect(payer.settle({ ...ORDER, totalMinor: 5000 })).rejects.toMatchObject({ code: "PRICE_CHANGED", status: 409 });
  });

  it("draws a payment link for pay-by-link and records a channel's own authorisation as it came", async () => {
    const calls = spyProvider();
    const link = await capturePayer("order-1", { method: "PAY_BY_LINK" } as never, NOW).settle(ORDER);
    expect(link).toMatchObject({ kind: "link", token: expect.any(String) });
    if (link.kind === "link") expect(link.expiresAt.getTime()).toBeGreaterThan(NOW.getTime());
    const channel = await capturePayer("order-1", { method: "PAYPAL", reference: "PP-1" } as never, NOW).settle(ORDER);
    expect(channel).toMatchObject({ kind: "authorised", method: "PAYPAL", provider: "channel", reference: "PP-1" });
    expect(calls).toEqual([]);
  });
});
