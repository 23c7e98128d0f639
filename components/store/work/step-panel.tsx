"use client";
// The next step for a fulfilment order, only the ones the state machine allows and this node
// does: start picking, pack (parcels and optional weights), ship (carrier and tracking number),
// receive a transfer, put a pickup on the shelf, confirm a carrier's delivery (DC console); a
// ready pickup is handed over at the counter.
import { useFieldArray } from "react-hook-form";
import { markDeliveredAction, markReadyAction, packAction, receiveAtStoreAction, shipAction, startPickingAction } from "@/app/(app)/store/actions";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button, LinkButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { CARRIERS, MAX_PARCEL_GRAMS, MAX_PARCELS, packSchema, shipSchema, type FulfillmentStep, type PackInput, type ShipInput, type FulfillmentWork } from "@/lib/fulfillment/client";
import type { ActionResult } from "@/lib/actions";
import type { Key } from "@/lib/i18n/client";
import { ActionAlert } from "../action-alert";
import { optionalNumber } from "../form-values";
import { useStoreAction } from "../use-store-action";

export function StepPanel({ work, steps, announce }: { work: FulfillmentWork; steps: FulfillmentStep[]; announce: (text: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="space-y-4">
      {steps.includes("START_PICKING") ? (
        <OneTapStep work={work} action={startPickingAction} title="store.work.steps.startPicking" hint="store.work.steps.startPickingHint" submit="store.work.steps.startPicking" done="store.work.done.started" announce={announce} secondary />
      ) : null}
      {steps.includes("RECEIVE_AT_STORE") ? (
        <OneTapStep work={work} action={receiveAtStoreAction} title="store.work.receive.title" hint="store.work.receive.hint" submit="store.work.receive.submit" done="store.work.done.received" announce={announce} />
      ) : null}
      {steps.includes("MARK_READY") ? (
        <OneTapStep work={work} action={markReadyAction} title="store.work.ready.title" hint="store.work.ready.hint" submit="store.work.ready.submit" done="store.work.done.ready" announce={announce} />
      ) : null}
      {steps.includes("PACK") ? <PackForm work={work} announce={announce} /> : null}
      {steps.includes("SHIP") ? <ShipForm work={work} announce={announce} /> : null}
      {steps.includes("MARK_DELIVERED") ? (
        <OneTapStep work={work} action={markDeliveredAction} title="store.work.delivered.title" hint="store.work.delivered.hint" submit="store.work.delivered.submit" done="store.work.done.delivered" announce={announce} />
      ) : null}
      {steps.includes("HAND_OVER") || steps.includes("EXPIRE_PICKUP") ? (
        <StepCard title={t("store.work.steps.counter")}>
          <p className="text-base text-slate-800">{t("store.work.steps.counterHint")}</p>
          <LinkButton href={`/store/counter?q=${encodeURIComponent(work.order.number)}`} size="touch" className="mt-3 w-full text-lg">
            {t("store.work.steps.counter")}
          </LinkButton>
        </StepCard>
      ) : null}
    </div>
  );
}

function StepCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <h3 className="mb-2 text-xl font-semibold text-slate-900">{title}</h3>
      {children}
    </section>
  );
}

type WorkRefAction = (input: { fulfillmentOrderId: string; expectedVersion?: number }) => Promise<ActionResult<unknown>>;

/** A step with nothing to fill in: one big button, sent with the version on screen. */
function OneTapStep({ work, action, title, hint, submit, done, announce, secondary }: { work: FulfillmentWork; action: WorkRefAction; title: Key; hint: Key; submit: Key; done: Key; announce: (text: string) => void; secondary?: boolean }) {
  const { t } = useI18n();
  const run = useStoreAction(action);
  return (
    <StepCard title={t(title)}>
      <p className="text-base text-slate-800">{t(hint)}</p>
      <ActionAlert error={run.error} className="mt-3" />
      <Button
        size="touch"
        variant={secondary ? "secondary" : "primary"}
        className="mt-3 w-full text-lg"
        disabled={run.pending}
        onClick={async () => {
          const result = await run.run({ fulfillmentOrderId: work.id, expectedVersion: work.version });
          if (result.ok) announce(t(done));
        }}
      >
        {t(submit)}
      </Button>
    </StepCard>
  );
}

function PackForm({ work, announce }: { work: FulfillmentWork; announce: (text: string) => void }) {
  const { t } = useI18n();
  const action = useStoreAction(packAction);
  const form = useZodForm<typeof packSchema, PackInput>(packSchema, { defaultValues: { fulfillmentOrderId: work.id, parcels: [{}] } });
  const parcels = useFieldArray({ control: form.control, name: "parcels" });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await action.run({ ...values, expectedVersion: work.version }, { setError: form.setError, fields: ["parcels"] });
    if (result.ok) announce(t("store.work.done.packed"));
  });
  const listError = errors.parcels?.root?.message ?? errors.parcels?.message;
  return (
    <StepCard title={t("store.work.pack.title")}>
      <form noValidate onSubmit={onSubmit} className="space-y-3">
        <ActionAlert error={action.error} />
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("store.work.pack.parcels")}</legend>
          <div className="mt-1 flex items-center gap-3">
            <Button variant="secondary" size="touch" className="w-14" disabled={parcels.fields.length <= 1} onClick={() => parcels.remove(parcels.fields.length - 1)} aria-label={t("store.work.pack.remove")}>
              <span aria-hidden="true" className="text-2xl leading-none">
                −
              </span>
            </Button>
            <output aria-live="polite" className="min-w-24 text-center text-xl font-semibold tabular-nums text-slate-900">
              {t("store.work.pack.count", { count: parcels.fields.length })}
            </output>
            <Button variant="secondary" size="touch" className="w-14" disabled={parcels.fields.length >= MAX_PARCELS} onClick={() => parcels.append({})} aria-label={t("store.work.pack.add")}>
              <span aria-hidden="true" className="text-2xl leading-none">
                +
              </span>
            </Button>
          </div>
          {listError ? <p className="mt-1 text-sm text-red-700">{listError}</p> : null}
        </fieldset>
        {parcels.fields.map((p, i) => (
          <Field key={p.id} id={`parcel-${i}-weight`} label={t("store.work.pack.weight", { n: i + 1 })} error={errors.parcels?.[i]?.weightGrams?.message}>
            {(props) => (
              <input
                {...props}
                // An empty weight is "not weighed".
                {...form.register(`parcels.${i}.weightGrams`, { setValueAs: optionalNumber })}
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_PARCEL_GRAMS}
                className={inputClass(!!props["aria-invalid"], "min-h-12 text-lg")}
              />
            )}
          </Field>
        ))}
        <Button type="submit" size="touch" className="w-full text-lg" disabled={action.pending}>
          {t("store.work.pack.submit")}
        </Button>
      </form>
    </StepCard>
  );
}

function ShipForm({ work, announce }: { work: FulfillmentWork; announce: (text: string) => void }) {
  const { t } = useI18n();
  const action = useStoreAction(shipAction);
  const form = useZodForm<typeof shipSchema, ShipInput>(shipSchema, { defaultValues: { fulfillmentOrderId: work.id, carrier: "", trackingNumber: "" } });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await action.run({ ...values, expectedVersion: work.version }, { setError: form.setError, fields: ["carrier", "trackingNumber"] });
    if (result.ok) announce(t("store.work.done.shipped"));
  });
  return (
    <StepCard title={t("store.work.ship.title")}>
      <form noValidate onSubmit={onSubmit} className="space-y-3">
        <ActionAlert error={action.error} />
        <Field id="ship-carrier" label={t("store.work.ship.carrier")} error={errors.carrier?.message}>
          {(props) => (
            <select {...props} {...form.register("carrier")} className={inputClass(!!props["aria-invalid"], "min-h-12 text-lg")}>
              <option value="">{t("store.work.ship.chooseCarrier")}</option>
              {CARRIERS.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="ship-tracking" label={t("store.work.ship.tracking")} hint={t("store.work.ship.trackingHint")} error={errors.trackingNumber?.message}>
          {(props) => <input {...props} {...form.register("trackingNumber")} autoComplete="off" autoCapitalize="characters" spellCheck={false} className={inputClass(!!props["aria-invalid"], "min-h-12 font-mono text-lg")} />}
        </Field>
        <Button type="submit" size="touch" className="w-full text-lg" disabled={action.pending}>
          {t("store.work.ship.submit")}
        </Button>
      </form>
    </StepCard>
  );
}
