"use client";
// The receipt: which RMA the units came back on, what the customer gets back, and where each unit
// goes, then one big button to serve the next customer.
import { useEffect, useRef } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/i18n/client";
import type { ReceiptDoneInfo } from "./receive-panel";

export function ReceiptDone({ info, onNext }: { info: ReceiptDoneInfo; onNext: () => void }) {
  const { t, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { result } = info;
  const money = (minor: number) => formatMoney(minor, info.currency, locale);
  const toFollow = result.expectedRefundMinor - result.refundedMinor;
  return (
    <section aria-labelledby="return-done-title" className="space-y-4 rounded-lg border-2 border-green-700 bg-green-50 p-5">
      <div role="status">
        <h2 id="return-done-title" ref={heading} tabIndex={-1} className="text-2xl font-semibold text-green-950 outline-none">
          <span aria-hidden="true">✓ </span>
          {t("store.returns.done.title", { number: result.number })}
        </h2>
        <p className="text-base text-green-950">{t("store.returns.done.order", { number: info.orderNumber })}</p>
      </div>
      <dl className="grid gap-3 sm:grid-cols-2">
        <div className="rounded-md bg-white p-3">
          <dt className="text-sm font-medium text-slate-800">{t("store.returns.done.refund")}</dt>
          <dd className="text-2xl font-semibold tabular-nums text-slate-900">{result.refundedMinor > 0 ? money(result.refundedMinor) : t("store.returns.done.noRefund")}</dd>
          {toFollow > 0 ? <dd className="text-base text-slate-800">{t("store.returns.done.refundToFollow", { amount: money(toFollow) })}</dd> : null}
        </div>
        {result.exchangeOrderNumber ? (
          <div className="rounded-md bg-white p-3">
            <dt className="text-sm font-medium text-slate-800">{t("store.returns.done.exchange")}</dt>
            <dd className="text-2xl font-semibold text-slate-900">{result.exchangeOrderNumber}</dd>
          </div>
        ) : null}
      </dl>
      <div>
        <h3 className="text-lg font-semibold text-slate-900">{t("store.returns.done.where")}</h3>
        <ul className="mt-2 divide-y divide-slate-200 rounded-md bg-white">
          {info.lines.map((l, i) => (
            <li key={`${l.sku}-${i}`} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-3 py-2 text-base">
              <span className="text-slate-900">
                <span className="font-semibold tabular-nums">{l.qty} ×</span> {l.name} <span className="font-mono text-sm text-slate-700">{l.sku}</span>
              </span>
              <span className="font-semibold text-slate-900">{l.destinations.length ? l.destinations.join(" · ") : t("store.returns.done.asProposed")}</span>
            </li>
          ))}
        </ul>
      </div>
      <Button size="touch" className="min-h-14 w-full text-xl" onClick={onNext}>
        {t("store.returns.done.next")}
      </Button>
    </section>
  );
}
