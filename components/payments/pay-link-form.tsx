"use client";
// The buyer's card form on the payment page, checked with the schema the server parses (its card
// part). Each try carries its own attempt id, so a double submit pays once and a new card after a
// decline is asked afresh. A decline shows on the card number, in the buyer's language; success
// shows the confirmation in place.
import Link from "next/link";
import { useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { payLinkAction } from "@/app/pay/[token]/actions";
import { useErrorText } from "@/components/forms/error-text";
import { callAction, placeFieldErrors } from "@/components/forms/server-errors";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/states";
import { payPaymentLinkSchema } from "@/lib/payments/client";
import { CardFields, EMPTY_CARD, type CardValues } from "./card-fields";

const newAttempt = () => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

/** What the buyer types: the card of the action's input (the token and the attempt are the page's). */
const cardFormSchema = payPaymentLinkSchema.pick({ card: true });
const CARD_FIELD = /^card\.(number|expiry|cvc)$/;

export function PayLinkForm({ token, amount, orderNumber, testCards }: { token: string; amount: string; orderNumber: string; testCards: boolean }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const form = useZodForm(cardFormSchema, { defaultValues: { card: EMPTY_CARD } });
  const card = (useWatch({ control: form.control, name: "card" }) ?? EMPTY_CARD) as CardValues;
  const [message, setMessage] = useState<string | null>(null);
  const [paid, setPaid] = useState(false);
  const attempt = useRef(newAttempt());
  const alertRef = useRef<HTMLDivElement>(null);
  const paying = form.formState.isSubmitting;
  const cardErrors = form.formState.errors.card;

  const pay = async (values: { card: CardValues }) => {
    setMessage(null);
    const result = await callAction(payLinkAction, { token, attemptId: attempt.current, card: values.card });
    if (result.ok) {
      setPaid(true);
    } else {
      // Any refusal ends this try: the next one is a new attempt.
      attempt.current = newAttempt();
      const fields = result.error.fields ?? {};
      const unplaced = placeFieldErrors(fields, { text: (issue) => errorText(issue), place: (path) => (CARD_FIELD.test(path) ? path : null), setError: form.setError });
      // A refusal a card field says (a decline, a mistyped number) needs no second message.
      const onFields = Object.keys(fields).length > Object.keys(unplaced).length;
      if (!onFields || Object.keys(unplaced).length) setMessage(errorText({ code: result.error.code, params: result.error.params }));
    }
    requestAnimationFrame(() => alertRef.current?.focus());
  };

  if (paid) {
    return (
      <div ref={alertRef} tabIndex={-1} className="outline-none">
        <Alert tone="success">
          <p className="font-semibold">{t("payments.page.paidTitle")}</p>
          <p>{t("payments.page.paidBody", { number: orderNumber })}</p>
          <p className="mt-2">
            <Link className="text-brand-700 underline" href={`/track?number=${encodeURIComponent(orderNumber)}`}>
              {t("payments.page.track")}
            </Link>
          </p>
        </Alert>
      </div>
    );
  }

  return (
    <form onSubmit={(e) => void form.handleSubmit(pay)(e)} noValidate className="space-y-4">
      <CardFields
        idPrefix="pay-card"
        value={card}
        errors={{ "card.number": cardErrors?.number?.message, "card.expiry": cardErrors?.expiry?.message, "card.cvc": cardErrors?.cvc?.message }}
        errorPrefix="card"
        large
        showTestCards={testCards}
        onChange={(v, k) => {
          form.setValue("card", v);
          form.clearErrors(`card.${k}`);
        }}
      />
      <div ref={alertRef} tabIndex={-1} className="outline-none">
        {message ? <Alert tone="danger">{message}</Alert> : null}
      </div>
      <p className="text-xs text-slate-600">{t("payments.page.secure")}</p>
      <Button type="submit" disabled={paying} className="w-full min-h-12 text-lg">
        {paying ? t("payments.page.paying") : t("payments.page.pay", { amount })}
      </Button>
    </form>
  );
}
