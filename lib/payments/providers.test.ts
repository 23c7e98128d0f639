// The payment providers on their own: the built-in test provider's test cards and idempotency,
// the Stripe adapter against recorded Stripe exchanges (the requests it sends and how it reads
// the answers; nothing leaves the machine), and choosing a provider by configuration.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { luhnValid, expiryValid } from "./card";
import { stableReference } from "./provider";
import { channelProvider, paymentProvider } from "./registry";
import { createStripeProvider, type FetchLike } from "./stripe-provider";
import { createTestProvider } from "./test-provider";
import { paymentInputSchema } from "./schemas";

const move = { amountMinor: 4497, currency: "EUR", orderNumber: "OMS-1042", method: "CARD" };

describe("the test provider", () => {
  it.each([
    ["4242 4242 4242 4242", "APPROVED", undefined],
    ["4000 0000 0000 0002", "DECLINED", "card_declined"],
    ["4000 0000 0000 9995", "DECLINED", "insufficient_funds"],
    ["4000 0000 0000 0119", "FAILED", "processing_error"],
    ["5555 5555 5555 4444", "APPROVED", undefined],
    ["4242 4242 4242 4241", "DECLINED", "incorrect_number"],
  ])("answers card %s with %s", async (card, status, code) => {
    const outcome = await createTestProvider().authorise({ ...move, idempotencyKey: `k-${card}`, card });
    expect(outcome.status).toBe(status);
    if (code) expect(outcome).toMatchObject({ code });
    else expect(outcome).toEqual({ status: "APPROVED", reference: stableReference("AUTH", `k-${card}`) });
  });

  it("gives the same answer to the same key, whatever is sent with it", async () => {
    const p = createTestProvider();
    const first = await p.authorise({ ...move, idempotencyKey: "same", card: "4000000000000002" });
    expect(await p.authorise({ ...move, idempotencyKey: "same", card: "4242424242424242" })).toEqual(first);
    const refund = await p.refund({ amountMinor: 100, currency: "EUR", idempotencyKey: "r1", authorisation: "AUTH-1" });
    expect(await p.refund({ amountMinor: 100, currency: "EUR", idempotencyKey: "r1", authorisation: "AUTH-1" })).toEqual(refund);
  });

  it("captures, voids and refunds unless the amount is invalid", async () => {
    const p = createTestProvider();
    const base = { currency: "EUR", authorisation: "AUTH-1" };
    expect(await p.capture({ ...base, amountMinor: 100, idempotencyKey: "c" })).toEqual({ status: "APPROVED", reference: stableReference("CAPT", "c") });
    expect(await p.void({ ...base, amountMinor: 100, idempotencyKey: "v" })).toEqual({ status: "APPROVED", reference: stableReference("VOID", "v") });
    expect(await p.refund({ ...base, amountMinor: 0, idempotencyKey: "r0" })).toMatchObject({ status: "DECLINED", code: "invalid_amount" });
    expect(await p.capture({ ...base, amountMinor: 1.5, idempotencyKey: "c2" })).toMatchObject({ status: "DECLINED", code: "invalid_amount" });
  });
});

describe("card checks", () => {
  it("checks card numbers with Luhn and expiry dates against the month", () => {
    expect(luhnValid("4242 4242 4242 4242")).toBe(true);
    expect(luhnValid("4242-4242-4242-4241")).toBe(false);
    expect(luhnValid("1234")).toBe(false);
    const now = new Date("2026-11-25T09:00:00Z");
    expect(expiryValid("11/26", now)).toBe(true);
    expect(expiryValid("10/26", now)).toBe(false);
    expect(expiryValid("13/30", now)).toBe(false);
  });

  it("accepts a card, a payment link or a channel's reference, and nothing half-given", () => {
    expect(paymentInputSchema.safeParse({ method: "PAY_BY_LINK" }).success).toBe(true);
    expect(paymentInputSchema.safeParse({ method: "paypal", reference: "PAYID-1" }).data).toEqual({ method: "PAYPAL", reference: "PAYID-1" });
    expect(paymentInputSchema.safeParse({ method: "PAYPAL" }).error?.issues[0].path).toEqual(["reference"]);
    expect(paymentInputSchema.safeParse({ method: "PAYPAL", card: { number: "4242424242424242", expiry: "12/34", cvc: "123" } }).success).toBe(false);
  });
});

interface Exchange {
  request: { method: string; path: string; idempotencyKey: string | null; form: Record<string, string> | null };
  response: { status: number; body: unknown };
}

/** A fetch that plays a recorded exchange back, checking each request against the recording. */
function replay(fixture: string): { fetch: FetchLike; done(): void } {
  const { exchanges } = JSON.parse(readFileSync(join(__dirname, "fixtures", "stripe", fixture), "utf8")) as { exchanges: Exchange[] };
  let i = 0;
  return {
    fetch: async (url, init) => {
      const want = exchanges[i++];
      expect(want, `unexpected request ${init.method} ${url}`).toBeDefined();
      const u = new URL(url);
      expect(u.origin).toBe("https://api.stripe.com");
      expect({ method: init.method, path: u.pathname }).toEqual({ method: want.request.method, path: want.request.path });
      expect(init.headers.Authorization).toBe("Bearer sk_test_fixture");
      expect(init.headers["Idempotency-Key"] ?? null).toBe(want.request.idempotencyKey);
      if (want.request.form) {
        expect(init.headers["Content-Type"]).toBe("application/x-www-form-urlencoded");
        expect(Object.fromEntries(new URLSearchParams(init.body ?? ""))).toEqual(want.request.form);
      } else {
        expect(init.body).toBeUndefined();
      }
      return { status: want.response.status, json: async () => want.response.body };
    },
    done: () => expect(i, "every recorded request was sent").toBe(exchanges.length),
  };
}

const stripe = (r: { fetch: FetchLike }) => createStripeProvider({ secretKey: "sk_test_fixture", fetch: r.fetch });
const PI = "pi_3QabcDEF2ghIJ3kl0a1b2c3d";

describe("the Stripe adapter", () => {
  it("authorises by creating and confirming a manual-capture PaymentIntent", async () => {
    const r = replay("authorise-approved.json");
    expect(await stripe(r).authorise({ ...move, idempotencyKey: "ord_1:AUTHORIZATION:0", card: "4242 4242 4242 4242" })).toEqual({ status: "APPROVED", reference: PI });
    r.done();
  });

  it.each([
    ["authorise-declined.json", "4000000000000002", "generic_decline"],
    ["authorise-insufficient-funds.json", "4000000000009995", "insufficient_funds"],
  ])("reads a card error as DECLINED (%s)", async (fixture, card, code) => {
    const r = replay(fixture);
    expect(await stripe(r).authorise({ ...move, idempotencyKey: "ord_1:AUTHORIZATION:0", card })).toMatchObject({ status: "DECLINED", code });
    r.done();
  });

  it("never sends a card number that is not one of the test cards", async () => {
    const r = replay("void-part.json");
    expect(await stripe(r).authorise({ ...move, idempotencyKey: "k", card: "5555 5555 5555 4444" })).toMatchObject({ status: "DECLINED", code: "raw_card_number" });
  });

  it("captures with amount_to_capture", async () => {
    const r = replay("capture.json");
    expect(await stripe(r).capture({ amountMinor: 2499, currency: "EUR", idempotencyKey: "ord_1:CAPTURE:0", authorisation: PI })).toEqual({ status: "APPROVED", reference: "ch_3QabcDEF2ghIJ3kl0x9y8z7w" });
    r.done();
  });

  it("cancels the intent to void all that is left, and leaves it for a partial void", async () => {
    const whole = replay("void-whole.json");
    expect(await stripe(whole).void({ amountMinor: 4497, currency: "EUR", idempotencyKey: "ord_1:VOID:0", authorisation: PI })).toEqual({ status: "APPROVED", reference: PI });
    whole.done();
    const part = replay("void-part.json");
    expect(await stripe(part).void({ amountMinor: 1000, currency: "EUR", idempotencyKey: "ord_1:VOID:0", authorisation: PI })).toEqual({ status: "APPROVED", reference: PI });
    part.done();
  });

  it("refunds on the intent, and reads a refused refund as DECLINED", async () => {
    const ok = replay("refund.json");
    expect(await stripe(ok).refund({ amountMinor: 1000, currency: "EUR", idempotencyKey: "ord_1:REFUND:0", authorisation: PI })).toEqual({ status: "APPROVED", reference: "re_3QabcDEF2ghIJ3kl0r1s2t3u" });
    ok.done();
    const big = replay("refund-exceeds.json");
    expect(await stripe(big).refund({ amountMinor: 999999, currency: "EUR", idempotencyKey: "ord_1:REFUND:1", authorisation: PI })).toMatchObject({ status: "DECLINED", code: "amount_too_large" });
    big.done();
  });

  it("reads a 5xx or a network error as FAILED", async () => {
    const r = replay("server-error.json");
    expect(await stripe(r).capture({ amountMinor: 1998, currency: "EUR", idempotencyKey: "ord_1:CAPTURE:1", authorisation: PI })).toMatchObject({ status: "FAILED", code: "api_error" });
    r.done();
    const down = createStripeProvider({ secretKey: "sk_test_fixture", fetch: () => Promise.reject(new TypeError("fetch failed")) });
    expect(await down.refund({ amountMinor: 100, currency: "EUR", idempotencyKey: "x", authorisation: PI })).toMatchObject({ status: "FAILED", code: "network_error" });
  });
});

describe("choosing a provider", () => {
  const saved = { provider: process.env.PAYMENT_PROVIDER, key: process.env.STRIPE_SECRET_KEY };
  afterEach(() => {
    for (const [k, v] of [["PAYMENT_PROVIDER", saved.provider], ["STRIPE_SECRET_KEY", saved.key]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it("uses the test provider unless configured, Stripe with its key, and records a channel's own provider", async () => {
    delete process.env.PAYMENT_PROVIDER;
    expect(paymentProvider().name).toBe("test");
    process.env.PAYMENT_PROVIDER = "stripe";
    delete process.env.STRIPE_SECRET_KEY;
    expect(() => paymentProvider()).toThrow(/STRIPE_SECRET_KEY/);
    process.env.STRIPE_SECRET_KEY = "sk_test_fixture";
    expect(paymentProvider().name).toBe("stripe");
    expect(paymentProvider("test").name).toBe("test");
    const paypal = paymentProvider("paypal");
    expect(paypal.name).toBe("paypal");
    expect(await channelProvider("paypal").refund({ amountMinor: 1, currency: "EUR", idempotencyKey: "k", authorisation: "PAYID-1" })).toEqual({ status: "APPROVED", reference: stableReference("REFU", "k") });
  });
});
