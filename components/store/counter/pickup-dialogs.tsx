"use client";
// The counter's two dialogs. Hand over: the buyer proves the pickup is theirs with the pickup code,
// or (no code) with an ID whose name is recorded; the customer may take only some units. Cancel:
// an uncollected pickup goes back on the shelf, with a reason. Both send the version the associate
// saw when opening them, so a pickup changed meanwhile is refused and the list refreshes.
import { useMemo } from "react";
import { useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";
import { expirePickupAction, handOverAction } from "@/app/(app)/store/actions";
import { localisedZodResolver, useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { expirePickupSchema, HANDOVER_CHECKS, handOverSchema, ID_DOCUMENTS, PICKUP_CODE_LENGTH, type ExpirePickupInput, type HandOverInput } from "@/lib/fulfillment/client";
import type { FulfillmentWork } from "@/lib/fulfillment/client";
import type { Locale } from "@/lib/i18n/client";
import { ActionAlert } from "../action-alert";
import { useStoreAction } from "../use-store-action";

/**
 * The form holds every waiting line's units under `collect.<lineId>` (0 allowed, so a line can be
 * left for later); what is sent, and validated by the command's schema, is `lines` without the
 * zeros, and only when the customer takes part of the pickup.
 */
export type HandOverForm = Omit<HandOverInput, "lines"> & { partial: boolean; collect: Record<string, number> };

function linesToSend(values: HandOverForm): Array<{ lineId: string; qty: number }> {
  return Object.entries(values.collect ?? {})
    .filter(([, qty]) => qty !== 0)
    .map(([lineId, qty]) => ({ lineId, qty }));
}

export function toInput(values: HandOverForm): HandOverInput {
  const { partial, collect: _collect, ...rest } = values;
  return { ...rest, ...(rest.check === "PICKUP_CODE" ? { buyerName: undefined, idDocument: undefined } : { pickupCode: undefined }), lines: partial ? linesToSend(values) : undefined };
}

/**
 * Validates what will be sent with handOverSchema, said in `locale`, and puts each `lines.i`
 * problem on its line's field and a problem with the list itself on the partial choice.
 */
export function handOverResolver(locale: Locale): Resolver<HandOverForm> {
  const schema = localisedZodResolver(handOverSchema, locale);
  return async (values, context, options) => {
    const input = toInput(values);
    const result = await schema(input, context, options as never);
    if (!Object.keys(result.errors).length) return { values, errors: {} };
    const errors = { ...result.errors } as FieldErrors<HandOverForm> & { lines?: unknown };
    const sent = input.lines ?? [];
    const lineErrors = errors.lines as (Array<{ qty?: { message?: string; type?: string } }> & { message?: string; type?: string }) | undefined;
    delete errors.lines;
    const mapped: FieldErrors<HandOverForm> = { ...errors };
    if (lineErrors) {
      const collect: Record<string, { type: string; message?: string }> = {};
      sent.forEach((line, i) => {
        const e = lineErrors[i]?.qty;
        if (e) collect[line.lineId] = { type: e.type ?? "validate", message: e.message };
      });
      if (Object.keys(collect).length) mapped.collect = collect as never;
      // No unit chosen at all: said on the partial choice itself.
      const listError = lineErrors.message ?? (lineErrors as { root?: { message?: string } }).root?.message;
      if (listError) mapped.partial = { type: "too_small", message: listError };
    }
    return { values: {}, errors: mapped };
  };
}

export function HandOverDialog({ pickup, code, onClose, onDone }: { pickup: FulfillmentWork; code?: string; onClose: () => void; onDone: (notice: string) => void }) {
  const { t, locale } = useI18n();
  const waiting = pickup.lines.filter((l) => l.qty > l.handedOverQty);
  const action = useStoreAction(handOverAction);
  const resolver = useMemo(() => handOverResolver(locale), [locale]);
  const form = useForm<HandOverForm>({
    resolver,
    defaultValues: {
      fulfillmentOrderId: pickup.id,
      expectedVersion: pickup.version,
      check: "PICKUP_CODE",
      pickupCode: code ?? "",
      buyerName: "",
      idDocument: undefined,
      partial: false,
      collect: Object.fromEntries(waiting.map((l) => [l.id, l.qty - l.handedOverQty])),
    },
  });
  const check = useWatch({ control: form.control, name: "check" });
  const partial = useWatch({ control: form.control, name: "partial" });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    const input = toInput(values);
    const sent = input.lines ?? [];
    const result = await action.run(input, {
      setError: form.setError,
      fields: ["pickupCode", "buyerName", "idDocument", "collect"],
      version: { id: pickup.id, set: (v) => form.setValue("expectedVersion", v) },
      mapPath: (path) => {
        const m = path.match(/^lines\.(\d+)\.(qty|lineId)$/);
        return m && sent[Number(m[1])] ? `collect.${sent[Number(m[1])].lineId}` : null;
      },
    });
    if (result.ok) onDone(t(result.data.complete ? "store.counter.handOver.done" : "store.counter.handOver.donePartial", { number: pickup.order.number }));
  });

  return (
    <Dialog open onClose={onClose} touch wide title={t("store.counter.handOver.title", { number: pickup.order.number })} description={pickup.order.customerName}>
      <form noValidate onSubmit={onSubmit} className="space-y-4">
        <ActionAlert error={action.error} />
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-800">{t("store.counter.handOver.check")}</legend>
          <div className="grid grid-cols-2 gap-2">
            {HANDOVER_CHECKS.map((kind) => (
              <label
                key={kind}
                className="flex min-h-12 cursor-pointer items-center gap-3 rounded-md border border-slate-300 bg-white px-4 text-base font-medium has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-700"
              >
                <input type="radio" value={kind} {...form.register("check")} className="h-5 w-5" />
                {kind === "PICKUP_CODE" ? t("store.counter.handOver.withCode") : t("store.counter.handOver.withId")}
              </label>
            ))}
          </div>
        </fieldset>

        {check === "PICKUP_CODE" ? (
          <Field id="handover-code" label={t("store.counter.handOver.code")} hint={t("store.counter.handOver.codeHint")} error={errors.pickupCode?.message}>
            {(props) => (
              <input
                {...props}
                {...form.register("pickupCode")}
                data-autofocus
                inputMode="numeric"
                autoComplete="off"
                maxLength={PICKUP_CODE_LENGTH}
                className={inputClass(!!props["aria-invalid"], "min-h-12 w-48 font-mono text-2xl tracking-widest")}
              />
            )}
          </Field>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            <Field id="handover-name" label={t("store.counter.handOver.buyerName")} error={errors.buyerName?.message}>
              {(props) => <input {...props} {...form.register("buyerName")} autoComplete="off" className={inputClass(!!props["aria-invalid"], "min-h-12 text-lg")} />}
            </Field>
            <Field id="handover-id" label={t("store.counter.handOver.idDocument")} error={errors.idDocument?.message}>
              {(props) => (
                <select {...props} {...form.register("idDocument", { setValueAs: (v) => (v === "" ? undefined : v) })} className={inputClass(!!props["aria-invalid"], "min-h-12 text-lg")}>
                  <option value="">{t("store.counter.handOver.chooseId")}</option>
                  {ID_DOCUMENTS.map((d) => (
                    <option key={d} value={d}>
                      {t(`store.counter.idDocuments.${d}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        )}

        <div>
          <label className="flex min-h-12 cursor-pointer items-center gap-3 text-base text-slate-900">
            <input
              type="checkbox"
              {...form.register("partial", {
                // Back to "everything": forget the per-line numbers so a hidden one cannot block the form.
                onChange: (e) => {
                  if (!e.target.checked) form.resetField("collect");
                },
              })}
              aria-invalid={errors.partial ? true : undefined}
              aria-describedby={errors.partial ? "handover-partial-error" : undefined}
              className="h-6 w-6"
            />
            {t("store.counter.handOver.partial")}
          </label>
          {errors.partial ? (
            <p id="handover-partial-error" className="text-sm text-red-700">
              {errors.partial.message}
            </p>
          ) : null}
          {partial ? (
            <div className={cn("mt-2 grid gap-3", waiting.length > 1 && "md:grid-cols-2")}>
              {waiting.map((line) => {
                const max = line.qty - line.handedOverQty;
                return (
                  <Field key={line.id} id={`collect-${line.id}`} label={t("store.counter.handOver.qtyFor", { name: line.name, max })} error={errors.collect?.[line.id]?.message}>
                    {(props) => (
                      <input
                        {...props}
                        {...form.register(`collect.${line.id}`, { setValueAs: (v) => (v === "" ? 0 : Number(v)) })}
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={max}
                        className={inputClass(!!props["aria-invalid"], "min-h-12 w-32 text-lg")}
                      />
                    )}
                  </Field>
                );
              })}
            </div>
          ) : null}
        </div>

        <div className="flex flex-wrap justify-end gap-3 pt-2">
          <Button variant="secondary" size="touch" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" size="touch" className="min-w-40 text-lg" disabled={action.pending}>
            {t("store.counter.handOver.submit")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export function ExpirePickupDialog({ pickup, onClose, onDone }: { pickup: FulfillmentWork; onClose: () => void; onDone: (notice: string) => void }) {
  const { t } = useI18n();
  const action = useStoreAction(expirePickupAction);
  const form = useZodForm<typeof expirePickupSchema, ExpirePickupInput>(expirePickupSchema, { defaultValues: { fulfillmentOrderId: pickup.id, expectedVersion: pickup.version, reason: "" } });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await action.run(values, { setError: form.setError, fields: ["reason"], version: { id: pickup.id, set: (v) => form.setValue("expectedVersion", v) } });
    if (result.ok) onDone(t("store.counter.expire.done", { number: pickup.order.number }));
  });
  return (
    <Dialog open onClose={onClose} touch title={t("store.counter.expire.title", { number: pickup.order.number })} description={t("store.counter.expire.description")}>
      <form noValidate onSubmit={onSubmit} className="space-y-4">
        <ActionAlert error={action.error} />
        <Field id="expire-reason" label={t("store.counter.expire.reason")} hint={t("store.counter.expire.reasonHint")} error={form.formState.errors.reason?.message}>
          {(props) => <textarea {...props} {...form.register("reason")} rows={3} className={inputClass(!!props["aria-invalid"], "text-lg")} />}
        </Field>
        <div className="flex flex-wrap justify-end gap-3 pt-2">
          <Button variant="secondary" size="touch" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" variant="danger" size="touch" disabled={action.pending}>
            {t("store.counter.expire.submit")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
