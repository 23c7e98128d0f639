"use client";
// The admin's node form, validated with the update-node command's own schema before it is sent.
// Everything typed stays in the form on any refusal (field errors next to their fields in the
// admin's language, a conflict explained at the top); success returns to the node's page. The
// form's fields are named like the command's input, so the server's field errors land on them as
// they are.
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { updateNodeAction } from "@/app/(app)/admin/nodes/actions";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button, LinkButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { CAPABILITIES, CAPABILITY_COLUMN, WEEKDAYS, updateNodeSchema, type Capability, type CapabilityFlags, type OpeningHours, type Weekday } from "@/lib/nodes/client";
import { useAdminAction } from "./action-errors";
import { errorsByPath } from "./error-paths";
import { FormRefusalAlert } from "./form-refusal";

export interface NodeFormValues {
  code: string;
  version: number;
  name: string;
  capabilities: Capability[];
  dailyCapacity: number;
  openingHours: OpeningHours;
  active: boolean;
  timeZone: string;
}

// An empty capacity box holds null, which the schema refuses as required.
type NodeForm = CapabilityFlags & { code: string; version: number; name: string; dailyCapacity: number | null; openingHours: OpeningHours; active: boolean };

// The opening hours are edited interval by interval; their problems (a day's, an interval's, a
// time's) are shown next to them by the server's path rather than as form fields.
const isHoursPath = (path: string) => path.startsWith("openingHours.");

export function NodeEditForm({ initial }: { initial: NodeFormValues }) {
  const { t } = useI18n();
  const router = useRouter();
  const form = useZodForm<typeof updateNodeSchema, NodeForm>(updateNodeSchema, {
    defaultValues: {
      code: initial.code,
      version: initial.version,
      name: initial.name,
      ...(Object.fromEntries(CAPABILITIES.map((c) => [CAPABILITY_COLUMN[c], initial.capabilities.includes(c)])) as unknown as CapabilityFlags),
      dailyCapacity: initial.dailyCapacity,
      openingHours: initial.openingHours,
      active: initial.active,
    },
  });
  const errors = form.formState.errors;
  const hours = useWatch({ control: form.control, name: "openingHours" });
  const { run, pending: sending, refusal: serverRefusal, bannerRef: actionBanner } = useAdminAction(form, (path) => (isHoursPath(path) ? null : path));
  // The schema's problems with the hours (a bad time, an overlap) show next to their day on the
  // first try, like the server's.
  const localHours = errorsByPath(errors.openingHours, "openingHours");
  const hoursProblems = {
    ...Object.fromEntries((serverRefusal?.problems ?? []).filter(([path]) => isHoursPath(path))),
    ...localHours,
  };
  const err = (path: string): string | undefined => hoursProblems[path];

  function setDay(day: Weekday, next: Array<[string, string]>) {
    form.setValue(`openingHours.${day}`, next, { shouldDirty: true });
  }
  function setTime(day: Weekday, index: number, part: 0 | 1, value: string) {
    setDay(day, hours[day].map((iv, i) => (i === index ? ((part === 0 ? [value, iv[1]] : [iv[0], value]) as [string, string]) : iv)));
  }

  const submit = form.handleSubmit(
    async (values) => {
      const result = await run(updateNodeAction, { ...values, code: initial.code, version: initial.version });
      if (result.ok) router.push(`/admin/nodes/${encodeURIComponent(initial.code)}?saved=1`);
    },
    (invalid) => {
      // A field with an input takes the focus itself; otherwise the first problem's time box does
      // (a day's problem: its first interval's).
      if (invalid.name || invalid.dailyCapacity) return;
      const [, day, i = "0", part = "0"] = (Object.keys(errorsByPath(invalid.openingHours, "openingHours"))[0] ?? "").split(".");
      if (day) requestAnimationFrame(() => document.getElementById(`hours-${day}-${i}-${part === "1" ? "close" : "open"}`)?.focus());
    },
  );
  const refusal = serverRefusal ? { ...serverRefusal, problems: serverRefusal.problems.filter(([path]) => !isHoursPath(path)) } : null;

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6">
      <div ref={actionBanner} tabIndex={-1} className="outline-none">
        <FormRefusalAlert refusal={refusal} latestHref={`/admin/nodes/${encodeURIComponent(initial.code)}`} />
      </div>

      <Field id="node-name" label={t("admin.nodeForm.name")} error={errors.name?.message}>
        {(p) => <input {...p} {...form.register("name")} className={inputClass(!!p["aria-invalid"])} maxLength={120} aria-required />}
      </Field>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("admin.nodeForm.capabilities")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {CAPABILITIES.map((c) => (
            <label key={c} className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" className="size-5" {...form.register(CAPABILITY_COLUMN[c])} />
              {t(`admin.capabilities.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <Field id="node-capacity" label={t("admin.nodeForm.dailyCapacity")} hint={t("admin.nodeForm.dailyCapacityHint")} error={errors.dailyCapacity?.message}>
        {(p) => (
          <input
            {...p}
            // An empty or non-numeric entry goes as null so the server answers with a field error.
            {...form.register("dailyCapacity", { setValueAs: (v: unknown) => (v === "" || v === null || Number.isNaN(Number(v)) ? null : Number(v)) })}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            className={inputClass(!!p["aria-invalid"], "max-w-48")}
          />
        )}
      </Field>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("admin.nodeForm.hours")}</legend>
        <p className="text-xs text-slate-600">{t("admin.nodeForm.hoursHint", { zone: initial.timeZone })}</p>
        {WEEKDAYS.map((day) => {
          const dayLabel = t(`admin.weekdays.${day}`);
          const dayError = err(`openingHours.${day}`);
          return (
            <fieldset key={day} className="flex flex-wrap items-end gap-x-6 gap-y-2 rounded-md border border-slate-200 px-3 pb-3 pt-1" aria-describedby={dayError ? `hours-${day}-error` : undefined}>
              <legend className="px-1 text-sm font-semibold text-slate-900">{dayLabel}</legend>
              {hours[day].length === 0 ? <p className="py-2 text-sm text-slate-600">{t("admin.nodeForm.closedDay")}</p> : null}
              <ul className="flex flex-wrap gap-x-6 gap-y-2">
                {hours[day].map(([open, close], i) => {
                  const ivError = err(`openingHours.${day}.${i}`);
                  const openError = err(`openingHours.${day}.${i}.0`);
                  const closeError = err(`openingHours.${day}.${i}.1`);
                  const n = i + 1;
                  return (
                    <li key={i} className="flex flex-wrap items-end gap-3" aria-label={t("admin.nodeForm.intervalLabel", { day: dayLabel, n })}>
                      <TimeField id={`hours-${day}-${i}-open`} label={t("admin.nodeForm.opens")} error={openError} invalid={!!ivError} value={open} onChange={(v) => setTime(day, i, 0, v)} />
                      <TimeField
                        id={`hours-${day}-${i}-close`}
                        label={t("admin.nodeForm.closes")}
                        error={closeError}
                        invalid={!!ivError}
                        describedBy={ivError ? `hours-${day}-${i}-error` : undefined}
                        value={close}
                        onChange={(v) => setTime(day, i, 1, v)}
                      />
                      <Button
                        variant="secondary"
                        aria-label={t("admin.nodeForm.removeIntervalFor", { day: dayLabel, n })}
                        onClick={() => setDay(day, hours[day].filter((_, j) => j !== i))}
                      >
                        {t("admin.nodeForm.removeInterval")}
                      </Button>
                      {ivError ? (
                        <p id={`hours-${day}-${i}-error`} className="basis-full text-sm text-red-700">
                          {ivError}
                        </p>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
              {dayError ? (
                <p id={`hours-${day}-error`} className="basis-full text-sm text-red-700">
                  {dayError}
                </p>
              ) : null}
              {hours[day].length < 4 ? (
                <Button
                  variant="ghost"
                  size="sm"
                  className="min-h-11"
                  aria-label={t("admin.nodeForm.addIntervalFor", { day: dayLabel })}
                  onClick={() => setDay(day, [...hours[day], [hours[day].at(-1)?.[1] ?? "09:00", "19:00"]])}
                >
                  + {t("admin.nodeForm.addInterval")}
                </Button>
              ) : null}
            </fieldset>
          );
        })}
      </fieldset>

      <div>
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
          <input type="checkbox" className="size-5" {...form.register("active")} aria-describedby="node-active-hint" />
          {t("admin.nodeForm.active")}
        </label>
        <p id="node-active-hint" className="text-xs text-slate-600">
          {t("admin.nodeForm.activeHint")}
        </p>
      </div>

      <div className="flex gap-3">
        <Button type="submit" disabled={sending}>
          {sending ? t("admin.common.saving") : t("admin.common.save")}
        </Button>
        <LinkButton variant="secondary" href={`/admin/nodes/${encodeURIComponent(initial.code)}`}>
          {t("admin.common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}

/** A 24-hour "HH:MM" text box: a native time input would show AM/PM in some browser locales. */
function TimeField({ id, label, error, invalid, describedBy, value, onChange }: { id: string; label: string; error?: string; invalid: boolean; describedBy?: string; value: string; onChange: (v: string) => void }) {
  return (
    <div className="w-32">
      <Field id={id} label={label} error={error}>
        {(p) => (
          <input
            {...p}
            type="text"
            inputMode="numeric"
            placeholder="HH:MM"
            maxLength={5}
            autoComplete="off"
            className={inputClass(!!error || invalid, "tabular-nums")}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={error || invalid ? true : undefined}
            aria-describedby={[p["aria-describedby"], describedBy].filter(Boolean).join(" ") || undefined}
          />
        )}
      </Field>
    </div>
  );
}
