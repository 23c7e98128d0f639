// A reporting period (the KPIs, the benefits calculator): preset links (?days=7|30|90) and a custom
// range of calendar days (?from=&to=, a GET form) on the page's own path. The choice lives in the
// URL and works without JavaScript; the page validates it with the analytics period schema and
// shows refusals next to the fields.
import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, inputClass } from "@/components/ui/field";
import { KPI_PERIODS, type KpiPeriodChoice } from "@/lib/analytics/client";
import type { Translate } from "@/lib/i18n/client";

export function PeriodPicker({
  path = "/kpis",
  current,
  values,
  errors,
  t,
}: {
  /** The page the period applies to. */
  path?: "/kpis" | "/benefits";
  current: KpiPeriodChoice;
  /** The custom days as typed (kept on a refusal). */
  values: { from?: string; to?: string };
  errors: { from?: string; to?: string };
  t: Translate;
}) {
  return (
    <div className="flex flex-wrap items-end gap-4">
      <nav aria-label={t("kpis.presetsLabel")} className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 shadow-sm">
        {KPI_PERIODS.map((days) => {
          const active = current.kind === "preset" && current.days === days;
          return (
            <Link
              key={days}
              href={`${path}?days=${days}`}
              aria-current={active ? "page" : undefined}
              className={cn("rounded px-3 py-1.5 text-sm font-medium", active ? "bg-brand-700 text-white" : "text-slate-800 hover:bg-slate-100")}
            >
              {t("kpis.periodDays", { days })}
            </Link>
          );
        })}
      </nav>
      <Form key={`${values.from ?? ""}|${values.to ?? ""}`} action={path} aria-label={t("kpis.custom.legend")} className="flex flex-wrap items-start gap-2">
        <div className="w-44">
          <Field id="kpi-from" label={t("kpis.custom.from")} error={errors.from}>
            {(p) => <input {...p} name="from" type="date" defaultValue={values.from} className={inputClass(Boolean(errors.from))} />}
          </Field>
        </div>
        <div className="w-44">
          <Field id="kpi-to" label={t("kpis.custom.to")} error={errors.to}>
            {(p) => <input {...p} name="to" type="date" defaultValue={values.to} className={inputClass(Boolean(errors.to))} />}
          </Field>
        </div>
        <Button type="submit" variant={current.kind === "custom" ? "primary" : "secondary"} className="mt-6">
          {t("kpis.custom.submit")}
        </Button>
      </Form>
    </div>
  );
}
