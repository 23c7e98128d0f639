"use client";
// The user's benefits assumptions, validated with the save command's own zod schema before they are
// sent; the server's field errors land on the same fields. Saving or resetting re-reads the page so
// the figures above use the new values. Everything typed stays in the form on a refusal.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, type FieldPath } from "react-hook-form";
import { resetBenefitsAssumptionsAction, saveBenefitsAssumptionsAction } from "@/app/(app)/benefits/actions";
import { useErrorText } from "@/components/forms/error-text";
import { callAction, placeFieldErrors } from "@/components/forms/server-errors";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { RefusalAlert } from "@/components/ui/refusal-alert";
import { Alert } from "@/components/ui/states";
import { BENEFITS_DEFAULTS, benefitsAssumptionsSchema, type BenefitsAssumptions } from "@/lib/analytics/client";
import type { Key } from "@/lib/i18n/client";

type NumberField = Exclude<keyof BenefitsAssumptions, "categoryMargins">;

const BANNER_ID = "benefits-form-outcome";
const focusBanner = () => requestAnimationFrame(() => document.getElementById(BANNER_ID)?.focus());

/** An empty or non-numeric box goes as null, which the schema refuses as required. */
const asNumber = (v: unknown) => (v === "" || v === null || v === undefined || Number.isNaN(Number(v)) ? null : Number(v));

const SECTIONS: Array<{ legend: Key; fields: Array<{ name: NumberField; label: Key; hint?: Key; money?: boolean }> }> = [
  {
    legend: "benefits.form.bopis",
    fields: [
      { name: "bopisAddOnRatePercent", label: "benefits.form.bopisAddOnRate" },
      { name: "bopisAddOnBasket", label: "benefits.form.bopisAddOnBasket", money: true },
      { name: "bopisAddOnMarginPercent", label: "benefits.form.bopisAddOnMargin" },
      { name: "bopisIncrementalSalesPercent", label: "benefits.form.bopisIncrementalSales" },
    ],
  },
  {
    legend: "benefits.form.boris",
    fields: [
      { name: "borisMailReturnCost", label: "benefits.form.borisMailReturnCost", hint: "benefits.form.borisMailReturnCostHint", money: true },
      { name: "borisStoreReturnCost", label: "benefits.form.borisStoreReturnCost", hint: "benefits.form.borisStoreReturnCostHint", money: true },
      { name: "borisRepurchasePercent", label: "benefits.form.borisRepurchase" },
    ],
  },
  {
    legend: "benefits.form.sfs",
    fields: [
      { name: "sfsMarkdownPercent", label: "benefits.form.sfsMarkdown" },
      { name: "sfsUnknownExcessPercent", label: "benefits.form.sfsUnknownExcess", hint: "benefits.form.sfsUnknownExcessHint" },
      { name: "sfsSavedSalesPercent", label: "benefits.form.sfsSavedSales" },
    ],
  },
];

export function AssumptionsForm({ initial, categories }: { initial: BenefitsAssumptions; categories: Array<{ code: string; name: string }> }) {
  const { t } = useI18n();
  const router = useRouter();
  const errorText = useErrorText();
  const form = useZodForm(benefitsAssumptionsSchema, { defaultValues: initial });
  const margins = useFieldArray({ control: form.control, name: "categoryMargins" });
  const errors = form.formState.errors;
  const [pending, setPending] = useState<"save" | "reset" | null>(null);
  const [outcome, setOutcome] = useState<{ kind: "saved" | "reset" } | { kind: "refused"; headline: string; problems: Array<[string, string]> } | null>(null);

  const used = new Set((form.watch("categoryMargins") ?? []).map((m) => m.category));
  const options = [...categories, ...initial.categoryMargins.filter((m) => !categories.some((c) => c.code === m.category)).map((m) => ({ code: m.category, name: m.category }))];

  const submit = form.handleSubmit(async (values) => {
    setPending("save");
    setOutcome(null);
    const result = await callAction(saveBenefitsAssumptionsAction, values);
    setPending(null);
    if (result.ok) {
      setOutcome({ kind: "saved" });
      form.reset(result.data);
      router.refresh();
      return;
    }
    const unplaced = placeFieldErrors(result.error.fields, { text: (issue) => errorText(issue), place: (p) => p, setError: form.setError });
    setOutcome({ kind: "refused", headline: t("benefits.form.refused"), problems: [["code", errorText({ code: result.error.code, params: result.error.params })], ...Object.entries(unplaced)] });
    focusBanner();
  });

  async function reset() {
    setPending("reset");
    setOutcome(null);
    const result = await callAction(resetBenefitsAssumptionsAction, undefined as never);
    setPending(null);
    if (result.ok) {
      form.reset(BENEFITS_DEFAULTS);
      setOutcome({ kind: "reset" });
      router.refresh();
    } else setOutcome({ kind: "refused", headline: t("benefits.form.refused"), problems: [["code", errorText({ code: result.error.code, params: result.error.params })]] });
    focusBanner();
  }

  const numberInput = (name: FieldPath<BenefitsAssumptions>, money: boolean | undefined, invalid: boolean, p: object) => (
    <input
      {...p}
      {...form.register(name, { setValueAs: asNumber })}
      type="number"
      inputMode="decimal"
      min={0}
      max={money ? undefined : 100}
      step={0.01}
      className={inputClass(invalid, "max-w-40")}
    />
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-6" aria-labelledby="assumptions-title">
      <div>
        <h2 id="assumptions-title" className="text-lg font-semibold text-slate-900">
          {t("benefits.form.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("benefits.form.intro")}</p>
      </div>
      <div id={BANNER_ID} tabIndex={-1} className="outline-none">
        {outcome?.kind === "refused" ? <RefusalAlert headline={outcome.headline} problems={outcome.problems} /> : null}
        {outcome?.kind === "saved" ? <Alert tone="success">{t("benefits.form.saved")}</Alert> : null}
        {outcome?.kind === "reset" ? <Alert tone="success">{t("benefits.form.resetDone")}</Alert> : null}
      </div>

      <div className="grid gap-6 lg:grid-cols-2 2xl:grid-cols-4">
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold text-slate-900">{t("benefits.form.margins")}</legend>
          <Field id="benefits-defaultMarginPercent" label={t("benefits.form.defaultMargin")} error={errors.defaultMarginPercent?.message}>
            {(p) => numberInput("defaultMarginPercent", false, !!p["aria-invalid"], p)}
          </Field>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">{t("benefits.form.categoryMargins")}</legend>
            {margins.fields.length === 0 ? <p className="text-xs text-slate-600">{t("benefits.form.noCategories")}</p> : null}
            <ul className="space-y-2">
              {margins.fields.map((row, i) => {
                const e = errors.categoryMargins?.[i];
                const current = form.watch(`categoryMargins.${i}.category`);
                return (
                  <li key={row.id} className="flex flex-wrap items-start gap-2">
                    <div className="w-40">
                      <Field id={`benefits-cat-${i}`} label={t("benefits.form.category")} error={e?.category?.message}>
                        {(p) => (
                          <select {...p} {...form.register(`categoryMargins.${i}.category`)} className={inputClass(!!p["aria-invalid"])}>
                            {options.map((c) => (
                              <option key={c.code} value={c.code} disabled={c.code !== current && used.has(c.code)}>
                                {c.code === c.name ? c.code : `${c.code} · ${c.name}`}
                              </option>
                            ))}
                          </select>
                        )}
                      </Field>
                    </div>
                    <div className="w-32">
                      <Field id={`benefits-cat-margin-${i}`} label={t("benefits.form.marginPercent")} error={e?.marginPercent?.message}>
                        {(p) => numberInput(`categoryMargins.${i}.marginPercent`, false, !!p["aria-invalid"], p)}
                      </Field>
                    </div>
                    <Button variant="ghost" size="sm" className="mt-6 min-h-9" aria-label={t("benefits.form.removeCategory", { category: current || String(i + 1) })} onClick={() => margins.remove(i)}>
                      ×
                    </Button>
                  </li>
                );
              })}
            </ul>
            {options.some((c) => !used.has(c.code)) ? (
              <Button
                variant="secondary"
                size="sm"
                onClick={() => margins.append({ category: options.find((c) => !used.has(c.code))!.code, marginPercent: form.getValues("defaultMarginPercent") ?? BENEFITS_DEFAULTS.defaultMarginPercent })}
              >
                + {t("benefits.form.addCategory")}
              </Button>
            ) : null}
          </fieldset>
        </fieldset>

        {SECTIONS.map((s) => (
          <fieldset key={s.legend} className="space-y-3 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold text-slate-900">{t(s.legend)}</legend>
            {s.fields.map((fd) => (
              <Field key={fd.name} id={`benefits-${fd.name}`} label={t(fd.label)} hint={fd.hint ? t(fd.hint) : undefined} error={errors[fd.name]?.message}>
                {(p) => numberInput(fd.name, fd.money, !!p["aria-invalid"], p)}
              </Field>
            ))}
          </fieldset>
        ))}
      </div>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending !== null}>
          {pending === "save" ? t("benefits.form.saving") : t("benefits.form.save")}
        </Button>
        <Button variant="secondary" disabled={pending !== null} onClick={reset}>
          {pending === "reset" ? t("benefits.form.resetting") : t("benefits.form.reset")}
        </Button>
      </div>
    </form>
  );
}
