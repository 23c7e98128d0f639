"use client";
// The "new purchase order or transfer" form. Alerts link here with the transfer already filled in
// (?type=TRANSFER&sku=&to=&qty=): the form suggests nodes with free units of the first line's SKU
// and one click makes a node the source. Validated with the command's own schema; a refusal from
// the server lands on its field (a line asking for more than the source has free, for "ship now").
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { createInboundAction } from "@/app/(app)/inventory/inbound/actions";
import { useErrorText } from "@/components/forms/error-text";
import { callAction, placeFieldErrors } from "@/components/forms/server-errors";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { optionalNumber } from "@/components/store/form-values";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { RefusalAlert } from "@/components/ui/refusal-alert";
import { formatNumber } from "@/lib/i18n/client";
import { createInboundSchema, type CreateInboundInput } from "@/lib/inventory/client";
import { useTransferSources } from "./queries";

export interface InboundPrefill {
  type: "PURCHASE_ORDER" | "TRANSFER";
  sku?: string;
  to?: string;
  from?: string;
  qty?: number;
}

interface Values {
  type: "PURCHASE_ORDER" | "TRANSFER";
  supplier: string;
  fromNode: string;
  toNode: string;
  eta: string;
  lines: Array<{ sku: string; qty: number | undefined }>;
  note: string;
  shipNow: boolean;
}

/** What the action is sent: only the fields of the chosen kind. */
function toInput(v: Values): CreateInboundInput {
  const lines = (v.lines ?? []).map((l) => ({ sku: l.sku, qty: l.qty as number }));
  return v.type === "PURCHASE_ORDER"
    ? { type: "PURCHASE_ORDER", supplier: v.supplier, toNode: v.toNode, eta: v.eta, lines, note: v.note }
    : { type: "TRANSFER", fromNode: v.fromNode, toNode: v.toNode, eta: v.eta, lines, note: v.note, shipNow: v.shipNow };
}

const FIELDS = ["type", "supplier", "fromNode", "toNode", "eta", "lines", "note", "shipNow"];

export function NewInboundForm({ nodes, prefill, defaultEta }: { nodes: Array<{ code: string; name: string; type: string }>; prefill: InboundPrefill; defaultEta: string }) {
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const router = useRouter();
  const [refusal, setRefusal] = useState<{ headline: string; problems: Array<[string, string]> } | null>(null);
  const form = useZodForm<typeof createInboundSchema, Values>(
    createInboundSchema,
    {
      defaultValues: {
        type: prefill.type,
        supplier: "",
        fromNode: prefill.from ?? "",
        toNode: prefill.to ?? "",
        eta: defaultEta,
        lines: [{ sku: prefill.sku ?? "", qty: prefill.qty }],
        note: "",
        shipNow: false,
      },
    },
    { toInput },
  );
  const { control, register, setValue, formState } = form;
  const errors = formState.errors;
  const lines = useFieldArray({ control, name: "lines" });
  const type = useWatch({ control, name: "type" });
  const toNode = useWatch({ control, name: "toNode" });
  const fromNode = useWatch({ control, name: "fromNode" });
  const firstSku = useWatch({ control, name: "lines.0.sku" }) ?? "";
  const transfer = type === "TRANSFER";
  const sources = useTransferSources(transfer ? firstSku : "", toNode ?? "");

  const onSubmit = form.handleSubmit(async (input) => {
    setRefusal(null);
    const result = await callAction(createInboundAction, input);
    if (result.ok) {
      router.push(`/inventory/inbound/${encodeURIComponent(result.data.reference)}`);
      return;
    }
    const unplaced = placeFieldErrors(result.error.fields, {
      text: (issue) => errorText(issue),
      place: (path) => (FIELDS.some((f) => path === f || path.startsWith(`${f}.`)) ? path : null),
      setError: form.setError,
    });
    setRefusal({ headline: errorText({ code: result.error.code, params: result.error.params }), problems: Object.entries(unplaced) });
  });

  const nodeOptions = (exclude?: string) =>
    nodes
      .filter((n) => n.code !== exclude)
      .map((n) => (
        <option key={n.code} value={n.code}>
          {n.name} ({n.code})
        </option>
      ));

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        {refusal ? <RefusalAlert headline={refusal.headline} detail={t("inbound.form.refused")} problems={refusal.problems} /> : null}
        <Card className="space-y-4">
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t("inbound.form.typeLegend")}</legend>
            <div className="mt-2 flex flex-wrap gap-4">
              {(["PURCHASE_ORDER", "TRANSFER"] as const).map((k) => (
                <label key={k} className="flex items-center gap-2 text-sm text-slate-900">
                  <input type="radio" value={k} {...register("type")} className="h-4 w-4" />
                  {t(`inbound.type.${k}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-2">
            {transfer ? (
              <Field id="inbound-from" label={t("inbound.form.fromNode")} error={errors.fromNode?.message}>
                {(props) => (
                  <select {...props} {...register("fromNode")} className={inputClass(!!props["aria-invalid"])}>
                    <option value="">{t("inbound.form.choose")}</option>
                    {nodeOptions(toNode)}
                  </select>
                )}
              </Field>
            ) : (
              <Field id="inbound-supplier" label={t("inbound.form.supplier")} error={errors.supplier?.message}>
                {(props) => <input {...props} {...register("supplier")} autoComplete="organization" className={inputClass(!!props["aria-invalid"])} />}
              </Field>
            )}
            <Field id="inbound-to" label={t("inbound.form.toNode")} error={errors.toNode?.message}>
              {(props) => (
                <select {...props} {...register("toNode")} className={inputClass(!!props["aria-invalid"])}>
                  <option value="">{t("inbound.form.choose")}</option>
                  {nodeOptions()}
                </select>
              )}
            </Field>
            <Field id="inbound-eta" label={t("inbound.form.eta")} error={errors.eta?.message}>
              {(props) => <input {...props} {...register("eta")} type="date" className={inputClass(!!props["aria-invalid"], "w-48")} />}
            </Field>
          </div>
        </Card>

        <Card>
          <fieldset className="space-y-3">
            <legend className="text-base font-semibold text-slate-900">{t("inbound.form.linesLegend")}</legend>
            {errors.lines?.message ? <p className="text-sm text-red-700">{errors.lines.message}</p> : null}
            {lines.fields.map((line, i) => (
              <div key={line.id} className="grid items-start gap-3 sm:grid-cols-[1fr_10rem_auto]">
                <Field id={`inbound-line-${i}-sku`} label={t("inbound.form.sku", { n: i + 1 })} error={errors.lines?.[i]?.sku?.message}>
                  {(props) => <input {...props} {...register(`lines.${i}.sku`)} autoComplete="off" autoCapitalize="characters" spellCheck={false} className={inputClass(!!props["aria-invalid"], "font-mono")} />}
                </Field>
                <Field id={`inbound-line-${i}-qty`} label={t("inbound.form.qty", { n: i + 1 })} error={errors.lines?.[i]?.qty?.message}>
                  {(props) => <input {...props} {...register(`lines.${i}.qty`, { setValueAs: optionalNumber })} type="number" inputMode="numeric" min={1} className={inputClass(!!props["aria-invalid"])} />}
                </Field>
                <Button variant="secondary" size="sm" className="sm:mt-7" onClick={() => lines.remove(i)} disabled={lines.fields.length === 1} aria-label={t("inbound.form.removeLine", { n: i + 1 })}>
                  ✕
                </Button>
              </div>
            ))}
            <Button variant="secondary" size="sm" onClick={() => lines.append({ sku: "", qty: undefined })}>
              {t("inbound.form.addLine")}
            </Button>
          </fieldset>
        </Card>

        <Card className="space-y-4">
          <Field id="inbound-note" label={t("inbound.form.note")} error={errors.note?.message}>
            {(props) => <textarea {...props} {...register("note")} rows={2} className={inputClass(!!props["aria-invalid"])} />}
          </Field>
          {transfer ? (
            <div className="flex items-center gap-2">
              <input id="inbound-ship-now" type="checkbox" {...register("shipNow")} className="h-4 w-4 rounded border-slate-400" />
              <label htmlFor="inbound-ship-now" className="text-sm text-slate-900">
                {t("inbound.form.shipNow")}
              </label>
            </div>
          ) : null}
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t("inbound.form.submitting") : transfer ? t("inbound.form.submitTransfer") : t("inbound.form.submitPurchaseOrder")}
          </Button>
        </Card>
      </div>

      {transfer ? (
        <aside aria-labelledby="inbound-sources-title" className="lg:col-span-1">
          <Card className="space-y-3">
            <CardTitle id="inbound-sources-title">{firstSku.trim() ? t("inbound.form.sourcesTitle", { sku: firstSku.trim().toUpperCase() }) : t("inbound.form.sourcesTitle", { sku: "…" })}</CardTitle>
            <p className="text-xs text-slate-600">{t("inbound.form.sourcesHint")}</p>
            <div aria-live="polite">
              {sources.isFetching && !sources.data ? <p className="text-sm text-slate-700">{t("inbound.form.sourcesLoading")}</p> : null}
              {sources.data && sources.data.sources.length === 0 ? <p className="text-sm text-slate-700">{t("inbound.form.sourcesNone", { sku: firstSku.trim().toUpperCase() })}</p> : null}
              {sources.data && sources.data.sources.length ? (
                <ul className="divide-y divide-slate-100">
                  {sources.data.sources.map((s) => (
                    <li key={s.code} className="flex items-center justify-between gap-2 py-2 text-sm">
                      <span>
                        <span className="font-medium text-slate-900">{s.name}</span> <span className="text-slate-600">({s.code})</span>
                        <span className="block text-slate-700">{t("inbound.form.sourceFree", { free: formatNumber(s.free, locale) })}</span>
                      </span>
                      <Button variant={fromNode === s.code ? "primary" : "secondary"} size="sm" aria-pressed={fromNode === s.code} onClick={() => setValue("fromNode", s.code, { shouldValidate: formState.isSubmitted, shouldDirty: true })}>
                        {t("inbound.form.useSource", { node: s.code })}
                      </Button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </Card>
        </aside>
      ) : null}
    </form>
  );
}
