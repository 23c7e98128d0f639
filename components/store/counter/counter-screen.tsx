"use client";
// The counter: find a ready pickup by its 6-digit code, the order number or the customer's name,
// then hand it over in two taps ("Hand over", then confirm with the code already filled in when the
// search was the code), or check the buyer's ID when there is no code; or cancel an uncollected
// pickup with a reason. The search stays in the URL (?q=) so a reload keeps it.
import { useState } from "react";
import { useErrorText } from "@/components/forms/error-text";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { formatDateTime } from "@/lib/i18n/client";
import { findPickupsSchema, PICKUP_CODE_PATTERN, type FulfillmentWork } from "@/lib/fulfillment/client";
import { StoreFetchError, usePickupSearch } from "../queries";
import { ExpirePickupDialog, HandOverDialog } from "./pickup-dialogs";

const searchSchema = findPickupsSchema.pick({ q: true });

export function CounterScreen({ storeCode, initialQuery, overdueAfterDays }: { storeCode?: string; initialQuery: string; overdueAfterDays: number }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [q, setQ] = useState(initialQuery.trim());
  const [notice, setNotice] = useState("");
  const [dialog, setDialog] = useState<{ kind: "handOver" | "expire"; pickup: FulfillmentWork } | null>(null);
  const search = usePickupSearch(q, storeCode);
  // The query's own schema checks the search here first; the server checks it again.
  const form = useZodForm(searchSchema, { defaultValues: { q: initialQuery } });
  const serverQIssue = search.error instanceof StoreFetchError && search.error.status === 422 ? search.error.body.error?.fieldCodes?.q : undefined;
  const qError = form.formState.errors.q?.message ?? (serverQIssue ? errorText(serverQIssue) : undefined);

  const onSearch = form.handleSubmit(({ q: value }) => {
    const next = value.trim();
    setNotice("");
    setQ(next);
    const url = new URL(window.location.href);
    if (next) url.searchParams.set("q", next);
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
  });

  const results = search.data ?? [];
  const codeSearch = PICKUP_CODE_PATTERN.test(q) ? q : undefined;

  return (
    <div className="space-y-6">
      <form role="search" noValidate onSubmit={onSearch} className="flex flex-wrap items-end gap-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
        <div className="min-w-64 flex-1">
          <Field id="counter-q" label={t("store.counter.search.label")} hint={t("store.counter.search.hint")} error={qError}>
            {(props) => (
              <input
                {...props}
                {...form.register("q")}
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
          {t("store.counter.search.submit")}
        </Button>
      </form>

      <div role="status" aria-live="polite">
        {notice ? <p className="rounded-md border border-green-300 bg-green-50 p-3 text-base font-medium text-green-900">{notice}</p> : null}
      </div>

      <section aria-labelledby="counter-results" className="space-y-3">
        <h2 id="counter-results" className="text-2xl font-semibold text-slate-900">
          {q && search.data ? t("store.counter.results", { count: results.length }) : t("store.counter.title")}
        </h2>
        {!q || serverQIssue ? (
          <EmptyState title={t("store.counter.start")} />
        ) : search.isPending ? (
          <LoadingState label={t("store.counter.loading")} rows={3} />
        ) : search.isError && search.error instanceof StoreFetchError && search.error.status === 403 ? (
          <ErrorState title={t("store.work.forbiddenTitle")}>{errorText({ code: search.error.body.error?.code ?? "FORBIDDEN", params: search.error.body.error?.params })}</ErrorState>
        ) : search.isError ? (
          <ErrorState title={t("store.counter.error")} action={<Button size="touch" onClick={() => void search.refetch()}>{t("common.retry")}</Button>} />
        ) : results.length === 0 ? (
          <EmptyState title={t("store.counter.noResults", { q })} />
        ) : (
          <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {results.map((pickup) => (
              <li key={pickup.id}>
                <PickupCard pickup={pickup} overdue={isOverdue(pickup, search.dataUpdatedAt, overdueAfterDays)} onHandOver={() => setDialog({ kind: "handOver", pickup })} onExpire={() => setDialog({ kind: "expire", pickup })} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {dialog?.kind === "handOver" ? (
        <HandOverDialog
          pickup={dialog.pickup}
          code={codeSearch}
          onClose={() => setDialog(null)}
          onDone={(text) => {
            setDialog(null);
            setNotice(text);
          }}
        />
      ) : null}
      {dialog?.kind === "expire" ? (
        <ExpirePickupDialog
          pickup={dialog.pickup}
          onClose={() => setDialog(null)}
          onDone={(text) => {
            setDialog(null);
            setNotice(text);
          }}
        />
      ) : null}
    </div>
  );
}

/** Ready for longer than the PICKUP rules' reminder days (as of the search's answer). */
function isOverdue(pickup: FulfillmentWork, asOf: number, days: number): boolean {
  return pickup.readyAt !== null && asOf - Date.parse(pickup.readyAt) > days * 86_400_000;
}

function PickupCard({ pickup, overdue, onHandOver, onExpire }: { pickup: FulfillmentWork; overdue: boolean; onHandOver: () => void; onExpire: () => void }) {
  const { t, locale } = useI18n();
  const zone = pickup.pickupStore?.timeZone ?? pickup.node.timeZone;
  const waiting = pickup.lines.filter((l) => l.qty > l.handedOverQty);
  return (
    <article aria-labelledby={`pickup-${pickup.id}`} className={`flex h-full flex-col rounded-lg border bg-white p-4 shadow-sm ${overdue ? "border-amber-500 ring-2 ring-amber-400" : "border-slate-300"}`}>
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`pickup-${pickup.id}`} className="text-xl font-semibold text-slate-900">
            {t("store.counter.pickup.order", { number: pickup.order.number })}
          </h3>
          <p className="text-lg text-slate-900">
            <span className="sr-only">{t("store.counter.pickup.customer")}: </span>
            {pickup.order.customerName}
          </p>
        </div>
        {overdue ? (
          <Badge tone="warning" className="px-3 py-1 text-sm">
            {t("store.counter.pickup.overdue")}
          </Badge>
        ) : null}
      </header>
      <ul className="mt-2 space-y-1 text-base">
        {waiting.map((line) => (
          <li key={line.id} className="flex gap-3">
            <span className="min-w-10 font-semibold tabular-nums text-slate-900">{line.qty - line.handedOverQty} ×</span>
            <span className="text-slate-900">
              {line.name}
              <span className="block font-mono text-sm text-slate-700">{line.sku}</span>
            </span>
          </li>
        ))}
      </ul>
      <div className="mt-2 text-base text-slate-800">
        {pickup.readyAt ? <p>{t("store.counter.pickup.readySince", { date: formatDateTime(pickup.readyAt, locale, zone) })}</p> : null}
        {pickup.pickupExpiresAt ? <p>{t("store.counter.pickup.expires", { date: formatDateTime(pickup.pickupExpiresAt, locale, zone) })}</p> : null}
      </div>
      <div className="mt-auto flex flex-wrap gap-2 pt-4">
        <Button size="touch" className="flex-1 text-lg" onClick={onHandOver} aria-label={t("store.counter.handOver.openLabel", { number: pickup.order.number })}>
          {t("store.counter.handOver.open")}
        </Button>
        <Button variant={overdue ? "danger" : "secondary"} size="touch" onClick={onExpire} aria-label={t("store.counter.expire.openLabel", { number: pickup.order.number })}>
          {t("store.counter.expire.open")}
        </Button>
      </div>
    </article>
  );
}
