"use client";
// One order at the returns counter: what the customer brings back against (an open RMA, or no RMA
// for a walk-in), each line to receive, and one button that says what it does ("Receive 2 units and
// refund 59,90 €", the refund as the server quotes it for the lines on screen). On success the parent
// shows the receipt; on a refusal everything typed stays.
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Alert, EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { formatDate, formatMoney, type Key } from "@/lib/i18n/client";
import { receiveReturnSchema, type ProposedDisposition, type ReturnResult } from "@/lib/returns/client";
import { commandResolver } from "@/components/returns/command-resolver";
import { StoreFetchError } from "../queries";
import { ActionAlertText } from "./action-alert-text";
import { destinations, dispositionLabel } from "./dispositions";
import { useProposedDispositions, useReceiptQuote, useReturnableOrder, type OrderForReturnJson, type ReturnableOrderJson } from "./queries";
import { ReceiptLine } from "./receipt-line";
import { chosenLines, formPath, initialForm, receiptLines, toQuoteRequest, toReceiveInput, type ReceiptLineView, type ReceiptSource, type ReceiveForm } from "./receive-form-model";
import { ChoiceButtons } from "./touch-controls";
import { useReceiveReturn } from "./use-receive-return";
import { receiveReturnAction } from "@/app/(app)/store/returns/actions";

/** What the receipt screen shows after success: the RMA, the money and where each unit went. */
export interface ReceiptDoneInfo {
  result: ReturnResult;
  orderNumber: string;
  currency: string;
  lines: Array<{ name: string; sku: string; qty: number; destinations: string[] }>;
}

interface CounterContext {
  nodeId: string;
  /** The buyer's reasons the policy offers for a walk-in. */
  reasons: readonly string[];
  /** The order as the search found it (its RMAs' authorised values), when it came from a search. */
  found?: OrderForReturnJson;
  onDone: (info: ReceiptDoneInfo) => void;
}

export function ReceivePanel({ orderId, onBack, ...context }: CounterContext & { orderId: string; onBack: () => void }) {
  const { t } = useI18n();
  const order = useReturnableOrder(orderId);
  const back = (
    <Button variant="secondary" size="touch" onClick={onBack}>
      <span aria-hidden="true">←</span> {t("store.returns.order.back")}
    </Button>
  );
  if (order.isPending) return <LoadingState label={t("store.returns.order.loading")} rows={4} />;
  if (order.isError) {
    const status = order.error instanceof StoreFetchError ? order.error.status : 0;
    return (
      <div className="space-y-3">
        {back}
        {status === 404 ? (
          <EmptyState title={t("store.returns.order.notFound")} />
        ) : status === 403 ? (
          <ErrorState title={t("store.work.forbiddenTitle")}>{t("store.errors.forbidden")}</ErrorState>
        ) : (
          <ErrorState title={t("store.returns.order.error")} action={<Button size="touch" onClick={() => void order.refetch()}>{t("common.retry")}</Button>} />
        )}
      </div>
    );
  }
  return <OrderReceipt order={order.data} back={back} {...context} />;
}

function OrderReceipt({ order, back, ...context }: CounterContext & { order: ReturnableOrderJson; back: React.ReactNode }) {
  const { t, locale } = useI18n();
  const firstRma = order.openReturns.find((r) => r.lines.some((l) => l.qty > l.receivedQty));
  const [source, setSource] = useState<ReceiptSource>(firstRma ? { kind: "rma", returnId: firstRma.returnId } : { kind: "walkIn" });
  const sourceKey = source.kind === "rma" ? source.returnId : "walkIn";
  const expected = (r: ReturnableOrderJson["openReturns"][number]) => r.lines.reduce((s, l) => s + Math.max(0, l.qty - l.receivedQty), 0);
  const openRmas = order.openReturns.filter((r) => expected(r) > 0);
  // The RMA chosen may stop expecting units while the screen is open (received elsewhere, closed).
  const [rmaNumbers] = useState(() => new Map(order.openReturns.map((r) => [r.returnId, r.number])));
  const gone = source.kind === "rma" && !openRmas.some((r) => r.returnId === source.returnId) ? source.returnId : null;

  return (
    <section aria-labelledby="return-order-title" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="return-order-title" className="text-2xl font-semibold text-slate-900">
            {t("store.returns.order.title", { number: order.number })}
          </h2>
          <p className="text-lg text-slate-900">
            {order.customerName}
            <span className="text-base text-slate-700">
              {" · "}
              {t(`orders.channel.${order.channel}` as Key)} · {t("store.returns.result.placed", { date: formatDate(order.placedAt, locale) })}
            </span>
          </p>
        </div>
        {back}
      </div>

      {gone ? <Alert tone="warning">{t("store.returns.order.rmaGone", { number: rmaNumbers.get(gone) ?? "" })}</Alert> : null}
      {openRmas.length === 0 && !gone ? (
        <p className="rounded-md bg-slate-100 px-4 py-3 text-base text-slate-900">
          <span className="font-semibold">{t("store.returns.order.walkIn")}</span> · {t("store.returns.order.walkInHint")}
        </p>
      ) : (
        <ChoiceButtons<string>
          name="return-source"
          legend={t("store.returns.order.source")}
          legendClassName="text-base"
          columns="grid-cols-1 md:grid-cols-2"
          choices={[
            ...openRmas.map((r) => ({
              value: r.returnId,
              label: r.number,
              detail: `${t(`store.returns.method.${r.method}`)} · ${t("store.returns.order.expected", { count: expected(r) })}${refundedEarly(context.found, r.returnId) ? ` · ${t("store.returns.order.refundedEarly")}` : ""}`,
            })),
            { value: "walkIn", label: t("store.returns.order.walkIn"), detail: t("store.returns.order.walkInHint") },
          ]}
          value={sourceKey}
          onChange={(v) => setSource(v === "walkIn" ? { kind: "walkIn" } : { kind: "rma", returnId: v })}
        />
      )}

      {gone ? null : <ReceiptForm key={sourceKey} order={order} source={source} {...context} />}
    </section>
  );
}

const refundedEarly = (found: OrderForReturnJson | undefined, returnId: string) => Boolean(found?.openReturns.find((r) => r.returnId === returnId)?.refundedEarly);

function ReceiptForm({ order, source, nodeId, reasons, found, onDone }: CounterContext & { order: ReturnableOrderJson; source: ReceiptSource }) {
  const { t, locale } = useI18n();
  const lines = useMemo(() => receiptLines(order, source, found), [order, source, found]);
  const rma = source.kind === "rma" ? order.openReturns.find((r) => r.returnId === source.returnId) : undefined;
  const sendContext = { nodeId, orderId: order.orderId, rmaVersion: rma?.version };
  const form = useForm<ReceiveForm>({
    defaultValues: initialForm(lines, source),
    // The receive command's own schema checks what would be sent; each problem lands on its line.
    resolver: commandResolver(receiveReturnSchema, locale, (v) => {
      const { input, sentIndex } = toReceiveInput(v, source, sendContext);
      return { input, place: (path) => formPath(path, sentIndex) };
    }),
    shouldFocusError: true,
  });
  const values = useWatch({ control: form.control, name: "lines" }) ?? [];
  const receive = useReceiveReturn(receiveReturnAction);

  const asked = values.filter((l) => l.qty > 0 && l.condition).map((l) => ({ orderLineId: l.orderLineId, qty: l.qty, condition: l.condition as Exclude<typeof l.condition, ""> }));
  const proposal = useProposedDispositions(nodeId, asked);
  const proposalsFor = (i: number): ProposedDisposition[] | null => {
    const l = values[i];
    if (!l || !proposal.data) return null;
    const mine = proposal.data.filter((p) => p.orderLineId === l.orderLineId && p.condition === l.condition);
    return mine.length && mine.reduce((s, p) => s + p.qty, 0) === l.qty ? mine : null;
  };
  const proposalState = proposal.isError ? "error" : proposal.isFetching && !proposal.data ? "loading" : proposal.data ? "ready" : "idle";

  const units = chosenLines({ lines: values }).reduce((s, l) => s + l.qty, 0);
  const early = rma ? refundedEarly(found, rma.returnId) : false;
  // The refund is the server's answer for exactly these lines; until it comes (or if it cannot), the
  // button names the units only and the receipt shows what was refunded.
  const quote = useReceiptQuote(toQuoteRequest({ lines: values }, source, { nodeId, orderId: order.orderId }));
  const refund = quote.state === "ready" ? quote.quote.refundMinor : 0;
  const submitLabel =
    units === 0
      ? t("store.returns.submit.none")
      : refund > 0
        ? t(units === 1 ? "store.returns.submit.one" : "store.returns.submit.many", { count: units, amount: formatMoney(refund, order.currency, locale) })
        : t(units === 1 ? "store.returns.submit.oneNoRefund" : "store.returns.submit.manyNoRefund", { count: units });

  const onSubmit = form.handleSubmit(async (data) => {
    const { input, sentIndex } = toReceiveInput(data, source, sendContext);
    // Where each unit goes, as the associate confirmed it, for the receipt.
    const sent = chosenLines(data).map((l) => {
      const view = lines[l.formIndex] as ReceiptLineView;
      const proposals = proposalsFor(l.formIndex);
      const where = l.override && l.disposition ? [dispositionLabel(t, l.disposition, l.disposition === "SEND_TO_DC" ? proposals?.find((p) => p.disposition === "SEND_TO_DC")?.node : null)] : proposals ? destinations(t, l.qty, proposals) : [];
      return { name: view.name, sku: view.sku, qty: l.qty, destinations: where };
    });
    const result = await receive.run(input, { setError: form.setError, sentIndex });
    if (result.ok) onDone({ result: result.data, orderNumber: order.number, currency: order.currency, lines: sent });
  });

  if (lines.length === 0) return <EmptyState title={t(source.kind === "rma" ? "store.returns.order.rmaComplete" : "store.returns.order.nothingReturnable")} />;
  const formError = form.formState.errors.lines?.root?.message ?? form.formState.errors.root?.message;

  return (
    <form noValidate onSubmit={onSubmit} aria-label={t("store.returns.order.formLabel", { number: order.number })} className="space-y-4">
      {early ? (
        <Badge tone="info" className="px-3 py-1 text-sm">
          {t("store.returns.order.refundedEarly")}
        </Badge>
      ) : null}
      <ul className="space-y-3">
        {lines.map((view, i) => (
          <li key={view.orderLineId}>
            <ReceiptLine index={i} view={view} form={form} walkIn={source.kind === "walkIn"} reasons={reasons} proposals={proposalsFor(i)} proposalState={proposalState} currency={order.currency} />
          </li>
        ))}
      </ul>
      <div className="sticky bottom-0 z-10 -mx-4 space-y-2 border-t border-slate-200 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgba(15,23,42,0.08)] backdrop-blur">
        {receive.error ? <ActionAlertText error={receive.error} /> : null}
        {formError ? (
          <p role="alert" className="text-base font-medium text-red-700">
            {formError}
          </p>
        ) : null}
        {units > 0 && !receive.pending ? <QuoteStatus quote={quote} /> : null}
        <Button type="submit" size="touch" className="min-h-14 w-full text-xl" disabled={receive.pending || units === 0} aria-busy={quote.state === "loading" || receive.pending} aria-describedby={units > 0 ? "receipt-quote-status" : undefined}>
          {quote.state === "loading" && units > 0 && !receive.pending ? <span aria-hidden="true" className="size-5 animate-spin rounded-full border-2 border-white/40 border-t-white" /> : null}
          {receive.pending ? t("store.returns.submit.sending") : submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** What the button's amount rests on: being worked out, nothing to refund, or no answer (receiving still works). */
function QuoteStatus({ quote }: { quote: ReturnType<typeof useReceiptQuote> }) {
  const { t } = useI18n();
  const text = quote.state === "loading" ? t("store.returns.submit.quoting") : quote.state === "error" ? t("store.returns.submit.quoteFailed") : quote.state === "ready" && quote.quote.refundMinor === 0 ? t("store.returns.submit.noRefund") : null;
  return (
    <div id="receipt-quote-status" role="status" className="flex min-h-6 items-center gap-3 text-base leading-snug text-slate-800">
      {text ? <span className={cn("flex-1", quote.state === "error" && "font-medium text-amber-900")}>{text}</span> : null}
      {quote.state === "error" ? (
        <Button variant="secondary" size="touch" className="shrink-0" onClick={quote.retry}>
          {t("common.retry")}
        </Button>
      ) : null}
    </div>
  );
}
