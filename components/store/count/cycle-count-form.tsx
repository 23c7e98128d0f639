"use client";
// The cycle count: scan or type the SKU, type the units counted on the shelf and why; the figure
// replaces the store's on hand. After saving, the form is ready for the next SKU and the last
// result stays on screen (before → after), so a count round goes shelf after shelf.
import { useState } from "react";
import { cycleCountAction } from "@/app/(app)/store/actions";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { cycleCountSchema, type CycleCountInput, type CycleCountResult } from "@/lib/fulfillment/client";
import { ActionAlert } from "../action-alert";
import { optionalNumber } from "../form-values";
import { useStoreAction } from "../use-store-action";


export function CycleCountForm({ node }: { node: string }) {
  const { t } = useI18n();
  const [last, setLast] = useState<CycleCountResult | null>(null);
  const action = useStoreAction(cycleCountAction);
  const form = useZodForm<typeof cycleCountSchema, CycleCountInput>(cycleCountSchema, { defaultValues: { node, sku: "", countedQty: undefined, reason: "" } });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await action.run(values, { setError: form.setError, fields: ["sku", "countedQty", "reason"] });
    if (result.ok) {
      setLast(result.data);
      // The reason usually holds for the whole round: keep it, clear the rest for the next shelf.
      form.reset({ node, sku: "", countedQty: undefined, reason: values.reason });
      form.setFocus("sku");
    }
  });

  return (
    <div className="max-w-2xl space-y-4">
      <div role="status" aria-live="polite">
        {last ? (
          <div className="rounded-md border border-green-300 bg-green-50 p-3 text-base text-green-900">
            <p className="font-medium">{t("store.count.done", { sku: last.sku, node: last.node, before: last.before.onHand, after: last.after.onHand, reserved: last.after.reserved })}</p>
            {last.resourcedUnits > 0 ? <p>{t("store.count.resourced", { units: last.resourcedUnits })}</p> : null}
          </div>
        ) : null}
      </div>
      <form noValidate onSubmit={onSubmit} className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
        <ActionAlert error={action.error} />
        <input type="hidden" {...form.register("node")} />
        <Field id="count-sku" label={t("store.count.sku")} hint={t("store.count.skuHint")} error={errors.sku?.message}>
          {(props) => (
            <input
              {...props}
              {...form.register("sku")}
              // A count round starts with a scan.
              autoFocus
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              className={inputClass(!!props["aria-invalid"], "min-h-12 font-mono text-lg")}
            />
          )}
        </Field>
        <Field id="count-qty" label={t("store.count.countedQty")} error={errors.countedQty?.message}>
          {(props) => <input {...props} {...form.register("countedQty", { setValueAs: optionalNumber })} type="number" inputMode="numeric" min={0} className={inputClass(!!props["aria-invalid"], "min-h-12 w-40 text-lg")} />}
        </Field>
        <Field id="count-reason" label={t("store.count.reason")} hint={t("store.count.reasonHint")} error={errors.reason?.message}>
          {(props) => <input {...props} {...form.register("reason")} className={inputClass(!!props["aria-invalid"], "min-h-12 text-lg")} />}
        </Field>
        <Button type="submit" size="touch" className="text-lg" disabled={action.pending}>
          {t("store.count.submit")}
        </Button>
      </form>
    </div>
  );
}
