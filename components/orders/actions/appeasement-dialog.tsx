"use client";
// "Appeasement": a goodwill refund of an amount in euros or a percentage, of the whole order or one
// line, with a reason. Shows the agent's limit and says when the amount will wait for a
// supervisor's approval; the server decides, with the same schema.
import { useForm, useWatch } from "react-hook-form";
import { requestAppeasementAction } from "@/app/(app)/returns/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ReturnErrorAlert } from "@/components/returns/action-error";
import { commandResolver } from "@/components/returns/command-resolver";
import { useReturnAction } from "@/components/returns/use-return-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { formatMoney } from "@/lib/i18n/client";
import { appeasementSchema, type AppeasementInput } from "@/lib/returns/client";
import { ActionDialog } from "./action-dialog";
import { useOrderActions } from "./order-actions-context";
import type { DialogProps } from "./order-dialogs";
import { NO_LIMIT, useReturnableOrder } from "./returnable-query";

export interface AppeasementLine {
  id: string;
  lineNo: number;
  sku: string;
  /** What the buyer paid for the line (its share of the discount taken): a percentage is of this. */
  valueMinor: number;
}

interface AppeasementForm {
  kind: "amount" | "percent";
  amount: string;
  percent: string;
  orderLineId: string;
  reason: string;
}

/** "12,50" or "12.50" → 1250; anything else is not a number (the schema then refuses it). */
export function eurosToMinor(text: string): number {
  const clean = text.replace(/\s/g, "").replace(",", ".");
  return /^\d+(\.\d{1,2})?$/.test(clean) ? Math.round(Number(clean) * 100) : Number.NaN;
}

function toInput(orderId: string, v: AppeasementForm): AppeasementInput {
  return {
    orderId,
    ...(v.orderLineId ? { orderLineId: v.orderLineId } : {}),
    ...(v.kind === "amount" ? { amountMinor: eurosToMinor(v.amount) } : { percent: v.percent.trim() ? Number(v.percent) : Number.NaN }),
    reason: v.reason,
  };
}

/** Where a problem of the input shows on the form: the amount or the percentage is the one the agent chose. */
function placeOf(values: AppeasementForm): (path: string) => string | null {
  return (path) => (path === "amountMinor" ? (values.kind === "amount" ? "amount" : "percent") : path === "percent" || path === "orderLineId" || path === "reason" ? path : null);
}

export function AppeasementDialog({ open, onClose, lines, totalMinor, currency }: DialogProps & { lines: AppeasementLine[]; totalMinor: number; currency: string }) {
  const { t, locale } = useI18n();
  const { orderId, version, number, announce } = useOrderActions();
  const returnable = useReturnableOrder(orderId, version);
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const action = useReturnAction(requestAppeasementAction, {
    onSuccess: (r) => {
      announce(r.status === "PENDING_APPROVAL" ? t("returns.appeasement.donePending", { amount: money(r.amountMinor) }) : t("returns.appeasement.done", { amount: money(r.amountMinor) }));
      onClose();
    },
  });
  const form = useForm<AppeasementForm>({ resolver: commandResolver(appeasementSchema, locale, (values) => ({ input: toInput(orderId, values), place: placeOf(values) })), defaultValues: { kind: "amount", amount: "", percent: "", orderLineId: "", reason: "" } });
  const v = useWatch({ control: form.control }) as AppeasementForm;
  const errors = form.formState.errors;
  const base = v.orderLineId ? (lines.find((l) => l.id === v.orderLineId)?.valueMinor ?? 0) : totalMinor;
  const pct = Number(v.percent);
  // The preview follows the schema: a percentage it would refuse has no amount.
  const estimate = v.kind === "amount" ? eurosToMinor(v.amount ?? "") : appeasementSchema.shape.percent.safeParse(pct).success ? Math.round((base * pct) / 100) : Number.NaN;
  const known = Number.isFinite(estimate) && estimate > 0;
  const limit = returnable.data?.limits.appeasementMinor;
  const needsApproval = known && limit !== undefined && estimate > limit;

  const onSubmit = form.handleSubmit(async (values) => {
    await action.run(toInput(orderId, values), { setError: form.setError, mapPath: placeOf(values) });
  });

  return (
    <ActionDialog open={open} onClose={onClose} title={t("returns.appeasement.title", { number })} description={t("returns.appeasement.description")}>
      <form noValidate onSubmit={onSubmit} className="space-y-4">
        <ReturnErrorAlert error={action.error} />
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-800">{t("returns.appeasement.kind")}</legend>
          <div className="flex flex-wrap gap-2">
            {(["amount", "percent"] as const).map((k) => (
              <label key={k} className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                <input type="radio" value={k} {...form.register("kind")} className="h-4 w-4" />
                {k === "amount" ? t("returns.appeasement.amount") : t("returns.appeasement.percent")}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
          {v.kind === "amount" ? (
            <Field id="appeasement-amount" label={t("returns.appeasement.amountLabel")} hint={t("returns.appeasement.amountHint")} error={errors.amount?.message}>
              {(props) => <input {...props} {...form.register("amount")} inputMode="decimal" autoComplete="off" placeholder="12,50" className={inputClass(!!props["aria-invalid"])} />}
            </Field>
          ) : (
            <Field id="appeasement-percent" label={t("returns.appeasement.percentLabel")} error={errors.percent?.message}>
              {(props) => <input {...props} {...form.register("percent")} type="number" min={1} max={100} inputMode="numeric" className={inputClass(!!props["aria-invalid"])} />}
            </Field>
          )}
          <Field id="appeasement-scope" label={t("returns.appeasement.scope")} error={errors.orderLineId?.message}>
            {(props) => (
              <select {...props} {...form.register("orderLineId")} className={inputClass(!!props["aria-invalid"])}>
                <option value="">{t("returns.appeasement.wholeOrder", { amount: money(totalMinor) })}</option>
                {lines.map((l) => (
                  <option key={l.id} value={l.id}>
                    {t("returns.appeasement.lineOption", { lineNo: l.lineNo, sku: l.sku, amount: money(l.valueMinor) })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field id="appeasement-reason" label={t("returns.appeasement.reason")} error={errors.reason?.message}>
          {(props) => <textarea {...props} {...form.register("reason")} rows={2} maxLength={500} className={inputClass(!!props["aria-invalid"])} />}
        </Field>
        <div className="space-y-1 text-sm" aria-live="polite">
          {returnable.isPending ? (
            <p className="text-slate-600">{t("returns.appeasement.limitLoading")}</p>
          ) : limit === undefined ? null : limit >= NO_LIMIT ? (
            <p className="text-slate-700">{t("returns.appeasement.noLimit")}</p>
          ) : (
            <p className="text-slate-700">{t("returns.appeasement.limit", { amount: money(limit) })}</p>
          )}
          {returnable.data ? <p className="text-slate-600">{t("returns.appeasement.refundable", { amount: money(returnable.data.refundableMinor) })}</p> : null}
          {known ? (
            needsApproval ? (
              <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-900">{t("returns.appeasement.needsApproval", { amount: money(estimate) })}</p>
            ) : limit !== undefined ? (
              <p className="text-slate-800">{t("returns.appeasement.withinLimit", { amount: money(estimate) })}</p>
            ) : null
          ) : null}
        </div>
        <div className="mt-5 flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("returns.cancel")}
          </Button>
          <Button type="submit" disabled={action.pending}>
            {action.pending
              ? t("returns.saving")
              : !known
                ? t("returns.appeasement.submitPlain")
                : needsApproval
                  ? t("returns.appeasement.submitApproval", { amount: money(estimate) })
                  : t("returns.appeasement.submit", { amount: money(estimate) })}
          </Button>
        </div>
      </form>
    </ActionDialog>
  );
}
