"use client";
// One order line at the counter: how many units came back (a stepper), their condition (three big
// buttons), the customer's reason for a walk-in, and where the units go: the returns router's
// proposal for this store, or the associate's override with a reason.
import { Controller, useWatch, type UseFormReturn } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, inputClass } from "@/components/ui/field";
import { formatDate, formatMoney, type Key } from "@/lib/i18n/client";
import { DISPOSITIONS, RETURN_CONDITIONS, type ProposedDisposition } from "@/lib/returns/client";
import { destinations, dispositionLabel } from "./dispositions";
import type { ReceiptLineView, ReceiveForm } from "./receive-form-model";
import { ChoiceButtons, QtyStepper } from "./touch-controls";

export function ReceiptLine({
  index,
  view,
  form,
  walkIn,
  reasons,
  proposals,
  proposalState,
  currency,
}: {
  index: number;
  view: ReceiptLineView;
  form: UseFormReturn<ReceiveForm>;
  walkIn: boolean;
  reasons: readonly string[];
  /** The router's proposal for this line's units, when known for the condition on screen. */
  proposals: ProposedDisposition[] | null;
  proposalState: "idle" | "loading" | "error" | "ready";
  currency: string;
}) {
  const { t, locale } = useI18n();
  const { control } = form;
  const line = useWatch({ control, name: `lines.${index}` });
  const errors = form.formState.errors.lines?.[index];
  const base = `return-line-${index}`;
  const active = line.qty > 0;
  const err = (e: { message?: string } | undefined) => e?.message;
  const headingId = `${base}-title`;
  const qtyError = err(errors?.qty);

  if (view.max <= 0) {
    return (
      <article aria-labelledby={headingId} className="rounded-lg border border-slate-300 bg-slate-50 p-4">
        <LineHeading id={headingId} view={view} currency={currency} />
        <p className="mt-2 text-base text-slate-800">{t(`store.returns.line.refusals.${view.refusal ?? "NOT_SHIPPED"}` as Key, { date: view.windowEndsAt ? formatDate(view.windowEndsAt, locale) : "" })}</p>
      </article>
    );
  }

  return (
    <article aria-labelledby={headingId} className={cn("rounded-lg border-2 bg-white p-4 shadow-sm", active ? "border-brand-700" : "border-slate-300")}>
      <LineHeading id={headingId} view={view} currency={currency} />
      <div className="mt-3 grid gap-4 md:grid-cols-[auto_1fr] md:items-start">
        <div>
          <p id={`${base}-qty-label`} className="mb-1 text-sm font-medium text-slate-800">
            {t("store.returns.line.qty")} <span className="font-normal text-slate-700">{t("store.returns.line.max", { max: view.max })}</span>
          </p>
          <Controller
            control={control}
            name={`lines.${index}.qty`}
            render={({ field }) => (
              <QtyStepper
                id={`${base}-qty`}
                inputRef={field.ref}
                value={field.value}
                max={view.max}
                onChange={(v) => {
                  field.onChange(v);
                  if (errors?.qty) form.clearErrors(`lines.${index}.qty`);
                }}
                label={t("store.returns.line.qtyFor", { name: view.name, max: view.max })}
                decreaseLabel={t("store.returns.line.decrease", { name: view.name })}
                increaseLabel={t("store.returns.line.increase", { name: view.name })}
                invalid={Boolean(qtyError)}
                describedBy={qtyError ? `${base}-qty-error` : undefined}
              />
            )}
          />
          {qtyError ? (
            <p id={`${base}-qty-error`} className="mt-1 text-sm font-medium text-red-700">
              {qtyError}
            </p>
          ) : null}
        </div>
        <Controller
          control={control}
          name={`lines.${index}.condition`}
          render={({ field }) => (
            <ChoiceButtons
              name={`${base}-condition`}
              legend={t("store.returns.line.condition")}
              tone="condition"
              inputRef={field.ref}
              choices={RETURN_CONDITIONS.map((c) => ({ value: c, label: t(`store.returns.line.conditions.${c}`) }))}
              value={field.value}
              onChange={(v) => {
                field.onChange(v);
                // Choosing the condition is the moment to count the unit, if it was not counted yet.
                if (line.qty === 0) form.setValue(`lines.${index}.qty`, 1);
                form.clearErrors(`lines.${index}.condition`);
              }}
              error={err(errors?.condition)}
              errorId={`${base}-condition-error`}
            />
          )}
        />
      </div>

      {active && walkIn ? (
        <div className="mt-4 max-w-md">
          <Field id={`${base}-reason`} label={t("store.returns.line.reason")} error={err(errors?.reason)}>
            {(props) => (
              <select {...props} {...form.register(`lines.${index}.reason`, { onChange: () => form.clearErrors(`lines.${index}.reason`) })} className={inputClass(Boolean(props["aria-invalid"]), "min-h-12 scroll-mb-40 text-base")}>
                <option value="">{t("store.returns.line.chooseReason")}</option>
                {reasons.map((r) => (
                  <option key={r} value={r}>
                    {t(`admin.rules.reasons.codes.${r}` as Key)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      ) : null}

      {active ? (
        <div className="mt-4 rounded-md bg-slate-50 p-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div aria-live="polite">
              <p className="text-sm font-medium text-slate-800">{t("store.returns.line.destination")}</p>
              {line.override ? (
                <p className="text-base text-slate-800">
                  {proposals ? t("store.returns.line.proposed", { destination: destinations(t, line.qty, proposals).join(" · ") }) : t("store.returns.line.overridden")}
                </p>
              ) : !line.condition ? (
                <p className="text-base text-slate-800">{t("store.returns.line.chooseConditionFirst")}</p>
              ) : proposalState === "loading" || (proposalState === "ready" && !proposals) ? (
                <p className="text-base text-slate-800">{t("store.returns.line.proposing")}</p>
              ) : proposalState === "error" || !proposals ? (
                <p className="text-base text-amber-900">{t("store.returns.line.proposalError")}</p>
              ) : (
                <ul className="text-lg font-semibold text-slate-900">
                  {destinations(t, line.qty, proposals).map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </div>
            <Button
              variant="secondary"
              size="touch"
              aria-expanded={line.override}
              aria-controls={`${base}-override`}
              onClick={() => {
                const next = !line.override;
                form.setValue(`lines.${index}.override`, next);
                if (!next) form.clearErrors([`lines.${index}.disposition`, `lines.${index}.overrideReason`]);
              }}
            >
              {line.override ? t("store.returns.line.cancelOverride") : t("store.returns.line.override")}
            </Button>
          </div>
          {line.override ? (
            <div id={`${base}-override`} className="mt-3 space-y-3">
              <Controller
                control={control}
                name={`lines.${index}.disposition`}
                render={({ field }) => (
                  <ChoiceButtons
                    name={`${base}-disposition`}
                    inputRef={field.ref}
                    legend={t("store.returns.line.overrideChoice")}
                    choices={DISPOSITIONS.map((d) => ({ value: d, label: dispositionLabel(t, d, d === "SEND_TO_DC" ? proposals?.find((p) => p.disposition === "SEND_TO_DC")?.node : null) }))}
                    value={field.value}
                    onChange={(v) => {
                      field.onChange(v);
                      form.clearErrors(`lines.${index}.disposition`);
                    }}
                    error={err(errors?.disposition)}
                    errorId={`${base}-disposition-error`}
                  />
                )}
              />
              <Field id={`${base}-override-reason`} label={t("store.returns.line.overrideReason")} hint={t("store.returns.line.overrideReasonHint")} error={err(errors?.overrideReason)}>
                {(props) => <input {...props} {...form.register(`lines.${index}.overrideReason`)} autoComplete="off" className={inputClass(Boolean(props["aria-invalid"]), "min-h-12 scroll-mb-40 text-base")} />}
              </Field>
            </div>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

function LineHeading({ id, view, currency }: { id: string; view: ReceiptLineView; currency: string }) {
  const { t, locale } = useI18n();
  return (
    <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
      <h3 id={id} className="text-lg font-semibold text-slate-900">
        {view.name} <span className="font-mono text-sm font-normal text-slate-700">{view.sku}</span>
      </h3>
      <p className="text-base text-slate-800">
        {t("store.returns.line.unitValue", { amount: formatMoney(view.unitValueMinor, currency, locale) })}
        {view.windowEndsAt && view.max > 0 ? <span className="text-slate-700"> · {t("store.returns.line.windowEnds", { date: formatDate(view.windowEndsAt, locale) })}</span> : null}
      </p>
    </header>
  );
}
