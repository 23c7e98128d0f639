"use client";
// "Refund now": an agent refunds an authorised return before its units arrive, with a reason, up to
// the role's limit (shown, and said plainly when the amount is above it). Sends the version seen.
import { refundReturnAction } from "@/app/(app)/returns/actions";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { formatMoney } from "@/lib/i18n/client";
import { refundReturnSchema } from "@/lib/returns/client";
import { ReturnErrorAlert } from "./action-error";
import { useReturnAction } from "./use-return-action";

export interface RefundTarget {
  returnId: string;
  number: string;
  version: number;
  currency: string;
  /** Expected refund not refunded yet. */
  amountMinor: number;
}

export function RefundNowDialog({ target, limitMinor, onClose, onDone }: { target: RefundTarget; limitMinor: number | null; onClose: () => void; onDone: (message: string) => void }) {
  const { t, locale } = useI18n();
  const amount = formatMoney(target.amountMinor, target.currency, locale);
  const action = useReturnAction(refundReturnAction, { onSuccess: (r) => onDone(t("returns.refundNow.done", { amount: formatMoney(r.refundedMinor, target.currency, locale), number: r.number })) });
  const form = useZodForm(refundReturnSchema, { defaultValues: { returnId: target.returnId, expectedVersion: target.version, reason: "" } });
  const overLimit = limitMinor !== null && target.amountMinor > limitMinor;
  const onSubmit = form.handleSubmit(async (values) => {
    await action.run(values, { setError: form.setError, mapPath: (p) => (p === "reason" ? "reason" : null) });
  });
  return (
    <Dialog open onClose={onClose} title={t("returns.refundNow.title", { number: target.number })} description={t("returns.refundNow.description", { amount })}>
      <form noValidate onSubmit={onSubmit} className="space-y-3">
        <ReturnErrorAlert error={action.error} />
        {limitMinor !== null ? (
          <p className={overLimit ? "rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" : "text-sm text-slate-700"}>
            {t("returns.refundNow.limit", { amount: formatMoney(limitMinor, target.currency, locale) })}
            {overLimit ? <span className="block font-medium">{t("returns.refundNow.overLimit")}</span> : null}
          </p>
        ) : null}
        <Field id="refund-now-reason" label={t("returns.refundNow.reason")} error={form.formState.errors.reason?.message}>
          {(props) => <textarea {...props} {...form.register("reason")} rows={3} maxLength={500} className={inputClass(!!props["aria-invalid"])} />}
        </Field>
        <div className="mt-5 flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("returns.cancel")}
          </Button>
          <Button type="submit" disabled={action.pending}>
            {action.pending ? t("returns.saving") : t("returns.refundNow.submit", { amount })}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
