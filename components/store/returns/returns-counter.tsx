"use client";
// The returns counter (BORIS): find the customer's order from any channel by its number, an RMA
// number, an e-mail or a name; open it; receive the units against its RMA or as a walk-in; show the
// receipt, then start again for the next customer. The search stays in the URL (?q=) so a reload
// keeps it.
import { useRef, useState } from "react";
import { useErrorText } from "@/components/forms/error-text";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import type { FieldIssues } from "@/lib/errors";
import { formatDate, type Key } from "@/lib/i18n/client";
import { findOrdersForReturnSchema, ORDERS_FOR_RETURN_LIMIT } from "@/lib/returns/client";
import { StoreFetchError } from "../queries";
import { useReturnOrderSearch, type OrderForReturnJson } from "./queries";
import { ReceiptDone } from "./receipt-done";
import { ReceivePanel, type ReceiptDoneInfo } from "./receive-panel";

function setUrlQuery(q: string) {
  const url = new URL(window.location.href);
  if (q) url.searchParams.set("q", q);
  else url.searchParams.delete("q");
  window.history.replaceState(null, "", url);
}

export function ReturnsCounter({ nodeId, initialQuery, reasons }: { nodeId: string; initialQuery: string; reasons: readonly string[] }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [q, setQ] = useState(() => (findOrdersForReturnSchema.safeParse({ q: initialQuery }).success ? initialQuery.trim() : ""));
  const [orderId, setOrderId] = useState<string | null>(null);
  const [done, setDone] = useState<ReceiptDoneInfo | null>(null);
  const searchInput = useRef<HTMLInputElement | null>(null);
  const search = useReturnOrderSearch(q);
  const form = useZodForm(findOrdersForReturnSchema, { defaultValues: { q: initialQuery } });
  // The server checks the search with the same schema; its refusal of a typed URL shows on the box.
  const refusal = search.error instanceof StoreFetchError && search.error.status === 422 ? (search.error.body.error as { fields?: Record<string, string>; fieldCodes?: FieldIssues } | undefined) : undefined;
  const serverQIssue = refusal?.fieldCodes?.q ?? (refusal?.fields?.q ? { code: "INVALID_VALUE" } : undefined);
  const serverQError = serverQIssue ? errorText(serverQIssue) : undefined;
  const qError = form.formState.errors.q?.message ?? serverQError;

  const onSearch = form.handleSubmit(({ q: value }) => {
    const next = value.trim();
    setDone(null);
    setOrderId(null);
    setQ(next);
    setUrlQuery(next);
  });

  function nextCustomer() {
    setDone(null);
    setOrderId(null);
    setQ("");
    form.reset({ q: "" });
    setUrlQuery("");
    requestAnimationFrame(() => searchInput.current?.focus());
  }

  const { ref: registerRef, ...qField } = form.register("q");
  const results = search.data ?? [];

  return (
    <div className="space-y-6">
      <form role="search" noValidate onSubmit={onSearch} className="flex flex-wrap items-end gap-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
        <div className="min-w-64 flex-1">
          <Field id="returns-q" label={t("store.returns.search.label")} hint={t("store.returns.search.hint")} error={qError}>
            {(props) => (
              <input
                {...props}
                {...qField}
                ref={(el) => {
                  registerRef(el);
                  searchInput.current = el;
                }}
                type="search"
                // The counter starts with a search: the associate types or scans at once.
                autoFocus
                autoComplete="off"
                spellCheck={false}
                enterKeyHint="search"
                className={inputClass(!!props["aria-invalid"], "min-h-12 text-lg")}
              />
            )}
          </Field>
        </div>
        <Button type="submit" size="touch">
          {t("store.returns.search.submit")}
        </Button>
      </form>

      {done ? (
        <ReceiptDone info={done} onNext={nextCustomer} />
      ) : orderId ? (
        <ReceivePanel
          orderId={orderId}
          nodeId={nodeId}
          reasons={reasons}
          found={results.find((o) => o.orderId === orderId)}
          onBack={() => setOrderId(null)}
          onDone={(info) => {
            setDone(info);
            window.scrollTo({ top: 0 });
          }}
        />
      ) : (
        <section aria-labelledby="returns-results" className="space-y-3">
          <h2 id="returns-results" className="text-2xl font-semibold text-slate-900">
            {q && search.data ? t("store.returns.results", { count: results.length }) : t("store.returns.resultsTitle")}
          </h2>
          {!q || serverQError ? (
            <EmptyState title={t("store.returns.start")} />
          ) : search.isPending ? (
            <LoadingState label={t("store.returns.loading")} rows={3} />
          ) : search.isError && search.error instanceof StoreFetchError && search.error.status === 403 ? (
            <ErrorState title={t("store.work.forbiddenTitle")}>{t("store.errors.forbidden")}</ErrorState>
          ) : search.isError ? (
            <ErrorState title={t("store.returns.error")} action={<Button size="touch" onClick={() => void search.refetch()}>{t("common.retry")}</Button>} />
          ) : results.length === 0 ? (
            <EmptyState title={t("store.returns.noResults", { q })} />
          ) : (
            <>
              <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
                {results.map((order) => (
                  <li key={order.orderId}>
                    <OrderCard order={order} onOpen={() => setOrderId(order.orderId)} />
                  </li>
                ))}
              </ul>
              {results.length >= ORDERS_FOR_RETURN_LIMIT ? <p className="text-base text-slate-800">{t("store.returns.resultsMax", { max: ORDERS_FOR_RETURN_LIMIT })}</p> : null}
            </>
          )}
        </section>
      )}
    </div>
  );
}

function OrderCard({ order, onOpen }: { order: OrderForReturnJson; onOpen: () => void }) {
  const { t, locale } = useI18n();
  const titleId = `return-order-${order.orderId}`;
  return (
    <article aria-labelledby={titleId} className="flex h-full flex-col rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={titleId} className="text-xl font-semibold text-slate-900">
            {t("store.returns.result.order", { number: order.number })}
          </h3>
          <p className="text-lg text-slate-900">{order.customerName}</p>
        </div>
        <Badge tone="neutral" className="px-3 py-1 text-sm">
          {t(`orders.channel.${order.channel}` as Key)}
        </Badge>
      </header>
      <p className="mt-1 text-base text-slate-800">
        {t("store.returns.result.placed", { date: formatDate(order.placedAt, locale) })} · {t(order.deliveredQty === 1 ? "store.returns.result.deliveredOne" : "store.returns.result.delivered", { count: order.deliveredQty })}
      </p>
      {order.openReturns.length ? (
        <ul className="mt-2 space-y-1">
          {order.openReturns.map((r) => (
            <li key={r.returnId} className="rounded-md bg-amber-50 px-3 py-2 text-base text-amber-950">
              <span className="font-semibold">{r.number}</span> · {t(`store.returns.method.${r.method}`)} · {t("store.returns.order.expected", { count: r.lines.reduce((s, l) => s + l.qty - l.receivedQty, 0) })}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-auto pt-4">
        <Button size="touch" className="w-full text-lg" onClick={onOpen} aria-label={t("store.returns.result.openLabel", { number: order.number })}>
          {t("store.returns.result.open")}
        </Button>
      </div>
    </article>
  );
}
