"use client";
// Receiving units of a shipment in transit: one field per line (0 for a line that did not come
// this time, up to what it still expects), a note, and "close short" to stop waiting for the rest.
// Sent with the version on screen, so a receipt recorded meanwhile by someone else is a conflict,
// not a double count.
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { optionalNumber } from "@/components/store/form-values";
import { receiveInboundAction } from "@/app/(app)/inventory/inbound/actions";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { RefusalAlert } from "@/components/ui/refusal-alert";
import { formatNumber } from "@/lib/i18n/client";
import { receiveInboundSchema, type InboundDetail, type InboundReceiptResult, type ReceiveInboundInput } from "@/lib/inventory/client";
import { useInboundAction } from "./use-inbound-action";

export function ReceiveForm({ detail, onReload, onDone }: { detail: InboundDetail; onReload: () => void; onDone: (result: InboundReceiptResult) => void }) {
  const { t, locale } = useI18n();
  const action = useInboundAction(receiveInboundAction);
  const open = detail.lines.filter((l) => l.remaining > 0);
  const form = useZodForm<typeof receiveInboundSchema, ReceiveInboundInput>(receiveInboundSchema, {
    defaultValues: { reference: detail.reference, expectedVersion: detail.version, lines: open.map((l) => ({ sku: l.sku, qty: 0 })), note: "", close: false },
  });
  const errors = form.formState.errors;
  const fill = (all: boolean) => open.forEach((l, i) => form.setValue(`lines.${i}.qty`, all ? l.remaining : 0, { shouldDirty: true }));

  const onSubmit = form.handleSubmit(async (input) => {
    const result = await action.run(input, { setError: form.setError, place: (p) => (p.startsWith("lines") || p === "note" ? p : null) });
    if (result.ok) onDone(result.data);
  });

  return (
    <Card>
      <CardTitle>{t("inbound.receive.title")}</CardTitle>
      {action.error ? (
        <div className="mb-3">
          <RefusalAlert headline={action.error.headline} problems={action.error.problems} />
          {action.error.code === "CONFLICT" ? (
            <Button variant="secondary" size="sm" onClick={onReload}>
              {t("inbound.receive.reload")}
            </Button>
          ) : null}
        </div>
      ) : null}
      <p className="mb-3 text-sm text-slate-700">{t("inbound.receive.hint")}</p>
      <form noValidate onSubmit={onSubmit} className="space-y-4">
        {errors.lines?.message ? <p className="text-sm text-red-700">{errors.lines.message}</p> : null}
        <div className="grid gap-3 sm:grid-cols-2">
          {open.map((l, i) => (
            <Field key={l.sku} id={`receive-${i}`} label={t("inbound.receive.qty", { sku: l.sku, remaining: formatNumber(l.remaining, locale) })} error={errors.lines?.[i]?.qty?.message ?? errors.lines?.[i]?.sku?.message}>
              {(props) => <input {...props} {...form.register(`lines.${i}.qty`, { setValueAs: optionalNumber })} type="number" inputMode="numeric" min={0} max={l.remaining} className={inputClass(!!props["aria-invalid"], "w-32")} />}
            </Field>
          ))}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" onClick={() => fill(true)}>
            {t("inbound.receive.all")}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => fill(false)}>
            {t("inbound.receive.none")}
          </Button>
        </div>
        <Field id="receive-note" label={t("inbound.receive.note")} error={errors.note?.message}>
          {(props) => <input {...props} {...form.register("note")} className={inputClass(!!props["aria-invalid"])} />}
        </Field>
        <div className="flex items-center gap-2">
          <input id="receive-close" type="checkbox" {...form.register("close")} className="h-4 w-4 rounded border-slate-400" />
          <label htmlFor="receive-close" className="text-sm text-slate-900">
            {t("inbound.receive.close")}
          </label>
        </div>
        <Button type="submit" disabled={action.pending}>
          {action.pending ? t("inbound.receive.submitting") : t("inbound.receive.submit")}
        </Button>
      </form>
    </Card>
  );
}
