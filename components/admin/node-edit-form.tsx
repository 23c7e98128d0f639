"use client";
// The admin's node form. Everything typed stays in the form on any error (field errors next to
// their fields, a conflict explained at the top); success returns to the node's page.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { updateNodeAction } from "@/app/(app)/admin/nodes/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button, LinkButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import type { FieldErrors } from "@/lib/errors";
import { CAPABILITIES, CAPABILITY_COLUMN, WEEKDAYS, type Capability, type OpeningHours, type Weekday } from "@/lib/nodes/client";
import { actionErrorMessage, callAction, fieldMessage } from "./action-errors";

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

export function NodeEditForm({ initial }: { initial: NodeFormValues }) {
  const { t } = useI18n();
  const router = useRouter();
  const [name, setName] = useState(initial.name);
  const [caps, setCaps] = useState<Set<Capability>>(new Set(initial.capabilities));
  const [capacity, setCapacity] = useState(String(initial.dailyCapacity));
  const [hours, setHours] = useState<OpeningHours>(initial.openingHours);
  const [active, setActive] = useState(initial.active);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<{ text: string; conflict: boolean } | null>(null);
  const [pending, setPending] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const err = (path: string) => fieldMessage(t, errors[path]);

  function setTime(day: Weekday, index: number, part: 0 | 1, value: string) {
    setHours((h) => ({ ...h, [day]: h[day].map((iv, i) => (i === index ? ((part === 0 ? [value, iv[1]] : [iv[0], value]) as [string, string]) : iv)) }));
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    const trimmed = capacity.trim();
    const result = await callAction(() =>
      updateNodeAction({
        code: initial.code,
        version: initial.version,
        name,
        ...Object.fromEntries(CAPABILITIES.map((c) => [CAPABILITY_COLUMN[c], caps.has(c)])),
        // An empty or non-numeric entry goes as null so the server answers with a field error.
        dailyCapacity: trimmed === "" || Number.isNaN(Number(trimmed)) ? null : Number(trimmed),
        openingHours: hours,
        active,
      }),
    );
    setPending(false);
    if (result.ok) {
      router.push(`/admin/nodes/${encodeURIComponent(initial.code)}?saved=1`);
      return;
    }
    setErrors(result.error.fields ?? {});
    setFormError({ text: actionErrorMessage(t, result.error) ?? "", conflict: result.error.code === "CONFLICT" });
    // Re-reading the page brings the latest version number while the form keeps what was typed,
    // so a second, deliberate save replaces the other admin's change.
    if (result.error.code === "CONFLICT") router.refresh();
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6">
      <div ref={alertRef} tabIndex={-1} className="outline-none">
        {formError ? (
          <Alert tone="danger">
            <p>{formError.text}</p>
            {formError.conflict ? (
              <p className="mt-2">
                <a href={`/admin/nodes/${encodeURIComponent(initial.code)}`} target="_blank" rel="noreferrer" className="font-medium underline">
                  {t("admin.common.latestVersion")}
                </a>
              </p>
            ) : null}
          </Alert>
        ) : null}
      </div>

      <Field id="node-name" label={t("admin.nodeForm.name")} error={err("name")}>
        {(p) => <input {...p} className={inputClass(!!err("name"))} value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />}
      </Field>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("admin.nodeForm.capabilities")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {CAPABILITIES.map((c) => (
            <label key={c} className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                className="size-5"
                checked={caps.has(c)}
                onChange={(e) =>
                  setCaps((prev) => {
                    const next = new Set(prev);
                    if (e.target.checked) next.add(c);
                    else next.delete(c);
                    return next;
                  })
                }
              />
              {t(`admin.capabilities.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <Field id="node-capacity" label={t("admin.nodeForm.dailyCapacity")} hint={t("admin.nodeForm.dailyCapacityHint")} error={err("dailyCapacity")}>
        {(p) => <input {...p} type="number" inputMode="numeric" min={0} step={1} className={inputClass(!!err("dailyCapacity"), "max-w-48")} value={capacity} onChange={(e) => setCapacity(e.target.value)} />}
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
                        onClick={() => setHours((h) => ({ ...h, [day]: h[day].filter((_, j) => j !== i) }))}
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
                  onClick={() => setHours((h) => ({ ...h, [day]: [...h[day], [h[day].at(-1)?.[1] ?? "09:00", "19:00"] as [string, string]] }))}
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
          <input type="checkbox" className="size-5" checked={active} onChange={(e) => setActive(e.target.checked)} aria-describedby="node-active-hint" />
          {t("admin.nodeForm.active")}
        </label>
        <p id="node-active-hint" className="text-xs text-slate-600">
          {t("admin.nodeForm.activeHint")}
        </p>
      </div>

      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("admin.common.saving") : t("admin.common.save")}
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
