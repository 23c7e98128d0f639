"use client";
// The RMA page's actions: "Refund now" for an agent before the units arrive, and "Receive" for a
// mail return at its DC. One status region confirms what was done.
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ReceiveDialog, type ReceiveTarget } from "./receive-dialog";
import { RefundNowDialog, type RefundTarget } from "./refund-now-dialog";

export function ReturnActions({ refund, refundLimitMinor, receive }: { refund: RefundTarget | null; refundLimitMinor: number | null; receive: ReceiveTarget | null }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<"refund" | "receive" | null>(null);
  const [message, setMessage] = useState<{ text: string; at: number } | null>(null);
  const close = () => setOpen(null);
  const done = (text: string) => {
    setOpen(null);
    setMessage({ text, at: Date.now() });
  };
  if (!refund && !receive && !message) return null;
  return (
    <section aria-labelledby="return-actions-title" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="return-actions-title" className="sr-only">
        {t("returns.detail.actions")}
      </h2>
      <div role="status" aria-live="polite" className={message ? "mb-3 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900" : "sr-only"}>
        {message ? <span key={message.at}>{message.text}</span> : null}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {refund ? <Button onClick={() => setOpen("refund")}>{t("returns.refundNow.button")}</Button> : null}
        {receive ? (
          <Button variant={refund ? "secondary" : "primary"} onClick={() => setOpen("receive")}>
            {t("returns.receive.button")}
          </Button>
        ) : null}
      </div>
      {open === "refund" && refund ? <RefundNowDialog target={refund} limitMinor={refundLimitMinor} onClose={close} onDone={done} /> : null}
      {open === "receive" && receive ? <ReceiveDialog target={receive} onClose={close} onDone={done} /> : null}
    </section>
  );
}
