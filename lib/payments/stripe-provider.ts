// Stripe PaymentIntents as a payment provider, over fetch. Authorising creates and confirms an
// intent with capture_method=manual; capturing sends amount_to_capture; voiding the whole open
// amount cancels the intent (a smaller void is released when the rest is captured, as Stripe
// cannot shrink an authorisation); refunding creates a refund on the intent. Every call carries
// the OMS's idempotency key. Card errors (402) and refusals are DECLINED; 5xx, 429 and network
// errors are FAILED (retry with the same key).
import type { MoneyMove, PaymentOutcome, PaymentProvider } from "./provider";

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<{ status: number; json(): Promise<unknown> }>;

export interface StripeProviderOptions {
  secretKey: string;
  /** Injectable for tests, which replay recorded responses; the global fetch by default. */
  fetch?: FetchLike;
  baseUrl?: string;
}

/** Stripe's test payment methods for the test card numbers the OMS's forms list. */
const TEST_CARD_TOKENS: Record<string, string> = {
  "4242424242424242": "pm_card_visa",
  "4000000000000002": "pm_card_chargeDeclined",
  "4000000000009995": "pm_card_chargeDeclinedInsufficientFunds",
  "4000000000000119": "pm_card_chargeDeclinedProcessingError",
};

interface StripeError {
  type?: string;
  code?: string;
  decline_code?: string;
  message?: string;
}

type Form = Record<string, string | number | boolean>;

function encodeForm(form: Form): string {
  return new URLSearchParams(Object.entries(form).map(([k, v]) => [k, String(v)])).toString();
}

export function createStripeProvider(options: StripeProviderOptions): PaymentProvider {
  const base = options.baseUrl ?? "https://api.stripe.com";
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));

  async function call(method: "GET" | "POST", path: string, idempotencyKey: string | null, form?: Form): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; outcome: PaymentOutcome }> {
    const headers: Record<string, string> = { Authorization: `Bearer ${options.secretKey}` };
    if (form) headers["Content-Type"] = "application/x-www-form-urlencoded";
    if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
    let status: number;
    let body: Record<string, unknown>;
    try {
      const res = await doFetch(`${base}${path}`, { method, headers, ...(form ? { body: encodeForm(form) } : {}) });
      status = res.status;
      body = ((await res.json().catch(() => ({}))) ?? {}) as Record<string, unknown>;
    } catch (e) {
      return { ok: false, outcome: { status: "FAILED", code: "network_error", message: `Stripe could not be reached: ${e instanceof Error ? e.message : String(e)}` } };
    }
    if (status >= 200 && status < 300) return { ok: true, body };
    const error = (body.error ?? {}) as StripeError;
    const message = error.message ?? `Stripe answered ${status}.`;
    if (status >= 500 || status === 429 || status === 409 || error.type === "api_error") {
      return { ok: false, outcome: { status: "FAILED", code: error.code ?? (status === 429 ? "rate_limit" : "api_error"), message } };
    }
    // A card error says what the bank answered; processing_error is the bank failing to answer.
    const code = error.decline_code ?? error.code ?? error.type ?? "declined";
    if (code === "processing_error") return { ok: false, outcome: { status: "FAILED", code, message } };
    return { ok: false, outcome: { status: "DECLINED", code, message } };
  }

  const answered = (r: Awaited<ReturnType<typeof call>>, reference: (body: Record<string, unknown>) => string): PaymentOutcome => (r.ok ? { status: "APPROVED", reference: reference(r.body) } : r.outcome);
  const currency = (move: MoneyMove) => move.currency.toLowerCase();

  return {
    name: "stripe",

    async authorise(input) {
      if (!input.card) {
        return { status: "DECLINED", code: "payment_method_required", message: "Stripe cannot add to an existing authorisation: take a new payment from the buyer." };
      }
      const digits = input.card.replace(/[\s-]/g, "");
      let paymentMethod = input.card;
      if (/^\d+$/.test(digits)) {
        // Raw card numbers never go to Stripe; the test numbers stand for Stripe's test methods.
        const token = TEST_CARD_TOKENS[digits];
        if (!token) return { status: "DECLINED", code: "raw_card_number", message: "Card numbers are not sent to Stripe: use a Stripe payment method." };
        paymentMethod = token;
      }
      const r = await call("POST", "/v1/payment_intents", input.idempotencyKey, {
        amount: input.amountMinor,
        currency: currency(input),
        capture_method: "manual",
        confirm: true,
        payment_method: paymentMethod,
        "payment_method_types[]": "card",
        description: `Order ${input.orderNumber}`,
        "metadata[order_number]": input.orderNumber,
      });
      if (r.ok && r.body.status !== "requires_capture") {
        return { status: "DECLINED", code: String(r.body.status ?? "unexpected_status"), message: `The payment was not authorised (Stripe status ${String(r.body.status)}).` };
      }
      return answered(r, (b) => String(b.id));
    },

    async capture(input) {
      const r = await call("POST", `/v1/payment_intents/${encodeURIComponent(input.authorisation)}/capture`, input.idempotencyKey, { amount_to_capture: input.amountMinor });
      return answered(r, (b) => String((b.latest_charge as string | undefined) ?? b.id));
    },

    async void(input) {
      const intent = await call("GET", `/v1/payment_intents/${encodeURIComponent(input.authorisation)}`, null);
      if (!intent.ok) return intent.outcome;
      const capturable = Number(intent.body.amount_capturable ?? 0);
      // Stripe cannot shrink an authorisation: a part of it is released when the rest is captured.
      if (input.amountMinor < capturable) return { status: "APPROVED", reference: String(intent.body.id) };
      const r = await call("POST", `/v1/payment_intents/${encodeURIComponent(input.authorisation)}/cancel`, input.idempotencyKey, { cancellation_reason: "requested_by_customer" });
      return answered(r, (b) => String(b.id));
    },

    async refund(input) {
      const r = await call("POST", "/v1/refunds", input.idempotencyKey, { payment_intent: input.authorisation, amount: input.amountMinor });
      if (r.ok && (r.body.status === "failed" || r.body.status === "canceled")) {
        return { status: "DECLINED", code: String(r.body.failure_reason ?? r.body.status), message: "Stripe could not refund the payment method." };
      }
      return answered(r, (b) => String(b.id));
    },
  };
}
