"use client";
// Starts a simulation of a sourcing draft over a period of past orders: a preset (last 7 or 30
// days, last calendar month, everything a run may cover) fills the first and last day, which the
// admin may also set by hand. Validated with the command's own schema; on success, opens the run.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useWatch } from "react-hook-form";
import { startSimulationAction } from "@/app/(app)/admin/rules/simulations/actions";
import { useErrorText } from "@/components/forms/error-text";
import { callAction, placeFieldErrors } from "@/components/forms/server-errors";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { SIMULATION_MAX_DAYS, startSimulationSchema, type StartSimulationInput } from "@/lib/simulation/client";
import { dayOf, PERIOD_PRESETS, periodInstants, presetDays, type PeriodPreset } from "./period";

interface Values {
  ruleSetId: string;
  lockVersion: number;
  preset: PeriodPreset | "custom";
  /** First and last day, "YYYY-MM-DD" in the display time zone. */
  from: string;
  to: string;
}

// Module-level, so the form's resolver stays the same between renders.
const toInput = (v: Values): StartSimulationInput => ({ ruleSetId: v.ruleSetId, lockVersion: v.lockVersion, ...periodInstants(v.from, v.to) });

/** `heading={false}` leaves out the form's own title and hint, for a page that gives its own. */
export function StartSimulationForm({ ruleSetId, lockVersion, heading = true }: { ruleSetId: string; lockVersion: number; heading?: boolean }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const router = useRouter();
  const uid = useId();
  const [today] = useState(() => dayOf(new Date()));
  const initial = presetDays("last30", today, SIMULATION_MAX_DAYS);
  const form = useZodForm<typeof startSimulationSchema, Values>(
    startSimulationSchema,
    { defaultValues: { ruleSetId, lockVersion, preset: "last30", from: initial.from, to: initial.to } },
    { toInput },
  );
  const errors = form.formState.errors;
  const preset = useWatch({ control: form.control, name: "preset" });
  const [refusal, setRefusal] = useState<string | null>(null);

  const choosePreset = (p: Values["preset"]) => {
    form.setValue("preset", p);
    if (p !== "custom") {
      const days = presetDays(p, today, SIMULATION_MAX_DAYS);
      form.setValue("from", days.from);
      form.setValue("to", days.to);
      form.clearErrors(["from", "to"]);
    }
  };

  const onSubmit = form.handleSubmit(async (data) => {
    setRefusal(null);
    const result = await callAction(startSimulationAction, { ruleSetId, lockVersion, from: data.from.toISOString(), to: data.to.toISOString() });
    if (result.ok) {
      router.push(`/admin/rules/simulations/${result.data.id}`);
      return;
    }
    const unplaced = placeFieldErrors<Values>(result.error.fields, {
      text: (issue) => errorText(issue),
      place: (path) => (path === "from" || path === "to" ? path : null),
      setError: form.setError,
    });
    setRefusal([errorText(result.error), ...Object.values(unplaced)].join(" "));
  });

  const pending = form.formState.isSubmitting;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-labelledby={heading ? `${uid}-title` : undefined} aria-label={heading ? undefined : t("simulation.start.title")}>
      {heading ? (
        <div>
          <h2 id={`${uid}-title`} className="text-base font-semibold text-slate-900">
            {t("simulation.start.title")}
          </h2>
          <p className="text-sm text-slate-600">{t("simulation.start.hint")}</p>
        </div>
      ) : null}
      {refusal ? (
        <Alert tone="danger">
          <span className="font-medium">{t("simulation.start.refused")}</span> {refusal}
        </Alert>
      ) : null}
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("simulation.start.period")}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {[...PERIOD_PRESETS, "custom" as const].map((p) => (
            <label key={p} className="inline-flex items-center gap-2 text-sm text-slate-800">
              <input type="radio" name={`${uid}-preset`} value={p} checked={preset === p} onChange={() => choosePreset(p)} className="h-4 w-4 accent-brand-700" />
              {p === "all" ? t("simulation.start.presets.all", { maxDays: SIMULATION_MAX_DAYS }) : t(`simulation.start.presets.${p}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid max-w-md grid-cols-1 gap-3 sm:grid-cols-2">
        <Field id={`${uid}-from`} label={t("simulation.start.from")} error={errors.from?.message}>
          {(p) => <input {...p} type="date" {...form.register("from", { onChange: () => form.setValue("preset", "custom") })} className={inputClass(!!p["aria-invalid"])} />}
        </Field>
        <Field id={`${uid}-to`} label={t("simulation.start.to")} error={errors.to?.message}>
          {(p) => <input {...p} type="date" max={today} {...form.register("to", { onChange: () => form.setValue("preset", "custom") })} className={inputClass(!!p["aria-invalid"])} />}
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("simulation.start.starting") : t("simulation.start.submit")}
      </Button>
    </form>
  );
}
