"use client";
// "Return or exchange": the agent picks the units coming back from what each line may still return
// (lines that cannot are listed with the reason), why, how they come back, and optionally another
// size or colour instead of a refund, or a refund at once. What is sent is validated with the
// command's schema on both sides; the server's field refusals land on the same fields.
import { useForm, useWatch } from "react-hook-form";
import { authoriseReturnAction } from "@/app/(app)/returns/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ReturnErrorAlert } from "@/components/returns/action-error";
import { commandResolver } from "@/components/returns/command-resolver";
import { useReturnAction } from "@/components/returns/use-return-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert, LoadingState } from "@/components/ui/states";
import { formatDate, formatMoney, formatNumber, type Locale, type Translate } from "@/lib/i18n/client";
import { RETURN_REASONS } from "@/lib/rules/client";
import { authoriseReturnSchema, type AuthoriseReturnInput, type ReturnableLine, type ReturnableOrder } from "@/lib/returns/client";
import { ActionDialog } from "./action-dialog";
import { useOrderActions } from "./order-actions-context";
import type { DialogProps } from "./order-dialogs";
import { NO_LIMIT, useReturnableOrder } from "./returnable-query";

interface ItemForm {
  orderLineId: string;
  include: boolean;
  qty: number;
  reason: string;
  exchangeSku: string;
}
export interface AuthoriseForm {
  method: "MAIL" | "STORE";
  items: ItemForm[];
  refundNow: boolean;
  refundReason: string;
  note: string;
}

function included(values: AuthoriseForm): Array<{ index: number; item: ItemForm }> {
  return values.items.map((item, index) => ({ index, item })).filter(({ item }) => item.include);
}

export function toAuthoriseInput(orderId: string, values: AuthoriseForm): AuthoriseReturnInput {
  return {
    orderId,
    method: values.method,
    lines: included(values).map(({ item }) => ({ orderLineId: item.orderLineId, qty: item.qty, reason: item.reason, ...(item.exchangeSku ? { exchangeSku: item.exchangeSku } : {}) })),
    ...(values.refundNow ? { refundNow: { reason: values.refundReason } } : {}),
    ...(values.note.trim() ? { note: values.note.trim() } : {}),
  };
}

/** Where a problem of the input shows on the form: `lines.i` are the included lines, in order. */
function placeOf(values: AuthoriseForm): (path: string) => string | null {
  const sent = included(values);
  return (path) => {
    const m = path.match(/^lines\.(\d+)\.(qty|orderLineId|reason|exchangeSku)$/);
    if (m) {
      const at = sent[Number(m[1])];
      return at ? `items.${at.index}.${m[2] === "orderLineId" ? "qty" : m[2]}` : null;
    }
    if (path === "lines") return "items.root";
    if (path === "refundNow" || path === "refundNow.reason") return "refundReason";
    return path === "method" || path === "note" ? path : null;
  };
}

function refusalText(line: ReturnableLine, t: Translate, locale: Locale): string {
  switch (line.refusal) {
    case "OUTSIDE_WINDOW":
      return line.windowEndsAt ? t("returns.refusal.OUTSIDE_WINDOW", { date: formatDate(new Date(line.windowEndsAt), locale, "Europe/Paris") }) : t("returns.refusal.OUTSIDE_WINDOW_NO_DATE");
    case null:
      return "";
    default:
      return t(`returns.refusal.${line.refusal}`);
  }
}

export function ReturnDialog({ open, onClose, canRefund }: DialogProps & { canRefund: boolean }) {
  const { t } = useI18n();
  const { orderId, version, number } = useOrderActions();
  const returnable = useReturnableOrder(orderId, version);
  return (
    <ActionDialog open={open} onClose={onClose} wide title={t("returns.authorise.title", { number })} description={t("returns.authorise.description")}>
      {returnable.isPending ? (
        <LoadingState label={t("returns.authorise.loading")} rows={3} />
      ) : returnable.isError ? (
        <div role="alert" className="space-y-3 text-sm text-red-900">
          <p>{t("returns.authorise.loadError")}</p>
          <Button variant="secondary" size="sm" onClick={() => void returnable.refetch()}>
            {t("returns.authorise.retry")}
          </Button>
        </div>
      ) : (
        <ReturnForm order={returnable.data} canRefund={canRefund} onClose={onClose} />
      )}
    </ActionDialog>
  );
}

function ReturnForm({ order, canRefund, onClose }: { order: ReturnableOrder; canRefund: boolean; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { announce } = useOrderActions();
  const money = (minor: number) => formatMoney(minor, order.currency, locale);
  const open = order.lines.filter((l) => l.returnableQty > 0);
  const refused = order.lines.filter((l) => l.returnableQty === 0);
  const action = useReturnAction(authoriseReturnAction, {
    onSuccess: (r) => {
      announce(r.exchangeOrderNumber ? t("returns.authorise.doneExchange", { number: r.number, exchange: r.exchangeOrderNumber }) : t("returns.authorise.done", { number: r.number }));
      onClose();
    },
  });
  const form = useForm<AuthoriseForm>({
    resolver: commandResolver(authoriseReturnSchema, locale, (v) => ({ input: toAuthoriseInput(order.orderId, v), place: placeOf(v) })),
    defaultValues: {
      method: "MAIL",
      items: open.map((l) => ({ orderLineId: l.orderLineId, include: open.length === 1, qty: l.returnableQty, reason: "", exchangeSku: "" })),
      refundNow: false,
      refundReason: "",
      note: "",
    },
  });
  const values = useWatch({ control: form.control }) as AuthoriseForm;
  const errors = form.formState.errors;
  const items = values.items ?? [];
  const anyExchange = items.some((i) => i.include && i.exchangeSku);
  const valueMinor = items.reduce((sum, item, i) => (item.include && !item.exchangeSku && Number.isInteger(item.qty) && item.qty > 0 ? sum + open[i].unitValueMinor * item.qty : sum), 0);

  const onSubmit = form.handleSubmit(async (v) => {
    await action.run(toAuthoriseInput(order.orderId, v), { setError: form.setError, mapPath: placeOf(v) });
  });

  if (!open.length) {
    return (
      <div className="space-y-3">
        <Alert tone="info">{t("returns.authorise.nothingReturnable")}</Alert>
        <RefusedLines lines={refused} t={t} locale={locale} />
        <div className="flex justify-end">
          <Button variant="secondary" onClick={onClose}>
            {t("returns.cancel")}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <ReturnErrorAlert error={action.error} />
      {order.openReturns.length ? <p className="text-sm text-slate-700">{t("returns.authorise.openReturns", { numbers: order.openReturns.map((r) => r.number).join(", ") })}</p> : null}
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("returns.authorise.linesLegend")}</legend>
        {errors.items?.root?.message || errors.root?.message ? (
          <p role="alert" className="mb-2 text-sm text-red-700">
            {errors.items?.root?.message ?? errors.root?.message}
          </p>
        ) : null}
        <ul className="space-y-3">
          {open.map((line, i) => {
            const item = items[i];
            const e = errors.items?.[i];
            const id = `return-line-${i}`;
            const option = item?.exchangeSku ? line.exchangeOptions.find((o) => o.sku === item.exchangeSku) : undefined;
            const diff = option && Number.isInteger(item.qty) ? (option.priceMinor - line.unitValueMinor) * item.qty : 0;
            return (
              <li key={line.orderLineId} className="rounded-md border border-slate-200 p-3">
                <label className="flex items-start gap-2 text-sm font-medium text-slate-900">
                  <input type="checkbox" {...form.register(`items.${i}.include`)} className="mt-0.5 h-4 w-4" />
                  <span>
                    {t("returns.authorise.include", { lineNo: line.lineNo, name: line.sku.name })}
                    <span className="block text-xs font-normal text-slate-600">
                      <span className="font-mono">{line.sku.code}</span> · {t("returns.authorise.returnable", { qty: formatNumber(line.returnableQty, locale) })}
                      {line.pendingQty ? ` · ${t("returns.authorise.pending", { qty: formatNumber(line.pendingQty, locale) })}` : ""} · {money(line.unitValueMinor)}
                    </span>
                  </span>
                </label>
                {item?.include ? (
                  <div className="mt-3 grid gap-3 sm:grid-cols-[6rem_1fr]">
                    <Field id={`${id}-qty`} label={t("returns.authorise.qty")} error={e?.qty?.message}>
                      {(props) => <input {...props} {...form.register(`items.${i}.qty`, { valueAsNumber: true })} type="number" min={1} max={line.returnableQty} inputMode="numeric" className={inputClass(!!props["aria-invalid"])} />}
                    </Field>
                    <Field id={`${id}-reason`} label={t("returns.authorise.reason")} error={e?.reason?.message}>
                      {(props) => (
                        <select {...props} {...form.register(`items.${i}.reason`)} className={inputClass(!!props["aria-invalid"])}>
                          <option value="">{t("returns.authorise.chooseReason")}</option>
                          {RETURN_REASONS.map((r) => (
                            <option key={r} value={r}>
                              {t(`admin.rules.reasons.codes.${r}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                    {line.exchangeOptions.length ? (
                      <div className="sm:col-span-2">
                        <Field id={`${id}-exchange`} label={t("returns.authorise.exchange")} error={e?.exchangeSku?.message}>
                          {(props) => (
                            <select {...props} {...form.register(`items.${i}.exchangeSku`)} className={inputClass(!!props["aria-invalid"])}>
                              <option value="">{t("returns.authorise.noExchange")}</option>
                              {line.exchangeOptions.map((o) => (
                                <option key={o.sku} value={o.sku} disabled={o.available < (item.qty || 1)}>
                                  {t("returns.authorise.exchangeOption", { name: o.name, price: money(o.priceMinor), available: formatNumber(o.available, locale) })}
                                </option>
                              ))}
                            </select>
                          )}
                        </Field>
                      </div>
                    ) : null}
                  </div>
                ) : null}
                {item?.include && option ? (
                  <p className="mt-2 text-sm text-slate-800" aria-live="polite">
                    {diff > 0
                      ? t("returns.authorise.difference", { amount: money(diff) })
                      : diff < 0
                        ? t("returns.authorise.differenceBack", { amount: money(-diff) })
                        : t("returns.authorise.differenceEven")}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <RefusedLines lines={refused} t={t} locale={locale} />

      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("returns.authorise.method")}</legend>
        <div className="flex flex-wrap gap-2">
          {(["MAIL", "STORE"] as const).map((m) => (
            <label key={m} className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" value={m} {...form.register("method")} className="h-4 w-4" />
              {m === "MAIL" ? t("returns.authorise.methodMail") : t("returns.authorise.methodStore")}
            </label>
          ))}
        </div>
      </fieldset>

      {valueMinor > 0 ? <p className="text-sm text-slate-800">{t("returns.authorise.value", { amount: money(valueMinor) })}</p> : null}

      {canRefund && !anyExchange ? (
        <div className="space-y-2">
          <label className="flex items-center gap-2 text-sm text-slate-900">
            <input type="checkbox" {...form.register("refundNow")} className="h-4 w-4" />
            {t("returns.authorise.refundNow")}
          </label>
          {values.refundNow ? (
            <>
              <p className="text-xs text-slate-600">
                {order.limits.earlyRefundMinor >= NO_LIMIT ? t("returns.refundNow.noLimit") : t("returns.authorise.refundNowHint", { amount: money(order.limits.earlyRefundMinor) })}
              </p>
              <Field id="return-refund-reason" label={t("returns.authorise.refundReason")} error={errors.refundReason?.message}>
                {(props) => <textarea {...props} {...form.register("refundReason")} rows={2} maxLength={500} className={inputClass(!!props["aria-invalid"])} />}
              </Field>
            </>
          ) : null}
        </div>
      ) : null}

      <Field id="return-note" label={t("returns.authorise.note")} error={errors.note?.message}>
        {(props) => <textarea {...props} {...form.register("note")} rows={2} maxLength={500} className={inputClass(!!props["aria-invalid"])} />}
      </Field>

      <div className="mt-5 flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {t("returns.cancel")}
        </Button>
        <Button type="submit" disabled={action.pending}>
          {action.pending ? t("returns.saving") : anyExchange ? t("returns.authorise.submitExchange") : t("returns.authorise.submit")}
        </Button>
      </div>
    </form>
  );
}

function RefusedLines({ lines, t, locale }: { lines: ReturnableLine[]; t: Translate; locale: Locale }) {
  if (!lines.length) return null;
  return (
    <ul className="space-y-1 text-sm text-slate-700">
      {lines.map((l) => (
        <li key={l.orderLineId}>
          <span className="font-medium text-slate-900">
            {l.lineNo}. {l.sku.name}
          </span>{" "}
          <span className="font-mono text-xs">{l.sku.code}</span> — {refusalText(l, t, locale)}
        </li>
      ))}
    </ul>
  );
}
