"use client";
// The buyer's card form on the payment page. Each try carries its own attempt id, so a double
// submit pays once and a new card after a decline is asked afresh. A decline shows on the card
// number; success shows the confirmation in place.
import Link from "next/link";
import { useRef, useState } from "react";
import { payLinkAction } from "@/app/pay/[token]/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/states";
import { CardFields, checkCard, declineErrors, EMPTY_CARD, type CardValues } from "./card-fields";

const newAttempt = () => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

export function PayLinkForm({ token, amount, orderNumber, testCards }: { token: string; amount: string; orderNumber: string; testCards: boolean }) {
  const { t } = useI18n();
  const [card, setCard] = useState<CardValues>(EMPTY_CARD);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [paying, setPaying] = useState(false);
  const [paid, setPaid] = useState(false);
  const attempt = useRef(newAttempt());
  const alertRef = useRef<HTMLDivElement>(null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (paying) return;
    const problems = checkCard(card, "card", t);
    setMessage(null);
    if (Object.keys(problems).length) {
      setErrors(problems);
      return;
    }
    setPaying(true);
    try {
      const result = await payLinkAction({ token, attemptId: attempt.current, card });
      if (result.ok) {
        setPaid(true);
        return;
      }
      // Any refusal ends this try: the next one is a new attempt.
      attempt.current = newAttempt();
      const declined = declineErrors(result.error, "card", t, "buyer");
      if (declined) setErrors(declined);
      else if (result.error.code === "PAYMENT_LINK_USED") setMessage(t("payments.page.usedTitle"));
      else if (result.error.code === "PAYMENT_LINK_EXPIRED") setMessage(t("payments.page.expiredTitle"));
      else if (result.error.code === "PAYMENT_LINK_CANCELLED") setMessage(t("payments.page.cancelledTitle"));
      else if (result.error.code === "VALIDATION_FAILED") setErrors(checkCard(card, "card", t));
      else setMessage(t("payments.page.error"));
    } catch {
      setMessage(t("payments.page.network"));
    } finally {
      setPaying(false);
      requestAnimationFrame(() => alertRef.current?.focus());
    }
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
    <form onSubmit={submit} noValidate className="space-y-4">
      <CardFields
        idPrefix="pay-card"
        value={card}
        errors={errors}
        errorPrefix="card"
        large
        showTestCards={testCards}
        onChange={(v, k) => {
          setCard(v);
          setErrors((x) => ({ ...x, [`card.${k}`]: undefined }));
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
