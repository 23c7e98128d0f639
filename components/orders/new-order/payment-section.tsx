"use client";
// How the customer on the phone pays: a card taken now (authorised when the order is placed; a
// decline shows on the card number and nothing is placed) or a payment link sent by e-mail (the
// order waits, its items reserved, until the customer pays).
import { useI18n } from "@/components/i18n/i18n-provider";
import { CardFields, EMPTY_CARD, type CardValues } from "@/components/payments/card-fields";
import type { Translate } from "@/lib/i18n/client";
import { cardDigits } from "@/lib/payments/client";

export interface PaymentValues {
  method: "" | "CARD" | "PAY_BY_LINK";
  card: CardValues;
}

export const EMPTY_PAYMENT: PaymentValues = { method: "", card: EMPTY_CARD };

/** The capture input's `payment`; none until a method is chosen (the schema says so on the method). */
export function paymentInput(p: PaymentValues) {
  if (p.method === "") return undefined;
  return p.method === "CARD" ? { method: "CARD", card: p.card } : { method: "PAY_BY_LINK" };
}

/** The read-back's words for the payment. */
export function paymentSummary(p: PaymentValues, t: Translate): string {
  return p.method === "CARD" ? t("payments.review.card", { last4: cardDigits(p.card.number).slice(-4) }) : t("payments.review.link");
}

export function PaymentSection({
  value,
  onChange,
  errors,
  testCards,
}: {
  value: PaymentValues;
  onChange: (v: PaymentValues, clear: string[]) => void;
  errors: Record<string, string | undefined>;
  /** The test provider takes the payments: list its test cards. */
  testCards: boolean;
}) {
  const { t } = useI18n();
  const choose = (method: PaymentValues["method"]) => onChange({ ...value, method }, ["payment"]);
  const methodError = errors["payment.method"];
  return (
    <div className="space-y-4">
      <fieldset aria-describedby={methodError ? "payment-method-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("payments.method.legend")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {(
            [
              ["CARD", t("payments.method.card"), t("payments.method.cardHint")],
              ["PAY_BY_LINK", t("payments.method.link"), t("payments.method.linkHint")],
            ] as const
          ).map(([method, label, hint]) => (
            <label key={method} className={`flex cursor-pointer items-start gap-2 rounded-md border p-3 text-sm ${value.method === method ? "border-brand-700 bg-brand-50" : "border-slate-300 bg-white"}`}>
              <input type="radio" name="payment-method" className="mt-1" value={method} checked={value.method === method} onChange={() => choose(method)} />
              <span>
                <span className="block font-medium text-slate-900">{label}</span>
                <span className="block text-slate-700">{hint}</span>
              </span>
            </label>
          ))}
        </div>
        {methodError ? (
          <p id="payment-method-error" className="mt-2 text-sm text-red-700">
            {methodError}
          </p>
        ) : null}
      </fieldset>
      {value.method === "CARD" ? (
        <CardFields idPrefix="payment-card" value={value.card} errors={errors} errorPrefix="payment.card" showTestCards={testCards} onChange={(card, k) => onChange({ ...value, card }, [`payment.card.${k}`])} />
      ) : null}
    </div>
  );
}
