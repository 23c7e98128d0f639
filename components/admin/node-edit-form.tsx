"use client";
// The admin's node form, one for both jobs: creating a node (code, type, address, coordinates,
// time zone, franchise, then the rest) and editing one (name, capabilities, capacity, hours,
// holidays, active). It validates with the command's own schema (create-node or update-node)
// before it is sent. Everything typed stays in the form on any refusal (field errors next to their
// fields in the admin's language, a conflict explained at the top); success opens the node's page.
// The form's fields are named like the commands' input, so the server's field errors land on them
// as they are.
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { createNodeAction, updateNodeAction } from "@/app/(app)/admin/nodes/actions";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button, LinkButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import {
  CAPABILITIES,
  CAPABILITY_COLUMN,
  MAX_HOLIDAYS,
  NODE_TYPES,
  WEEKDAYS,
  createNodeSchema,
  updateNodeSchema,
  type Capability,
  type CapabilityFlags,
  type Holiday,
  type NodeType,
  type OpeningHours,
} from "@/lib/nodes/client";
import { useAdminAction } from "./action-errors";
import { errorsByPath } from "./error-paths";
import { FormRefusalAlert } from "./form-refusal";

export interface NodeFormValues {
  code: string;
  version: number;
  name: string;
  type: NodeType;
  capabilities: Capability[];
  dailyCapacity: number;
  openingHours: OpeningHours;
  holidays: Holiday[];
  active: boolean;
  timeZone: string;
}

/** What a new node's form starts with. */
export const NEW_NODE: NodeFormValues & Omit<NewNodeFields, "lat" | "lng"> = {
  code: "",
  version: 1,
  name: "",
  type: "STORE",
  capabilities: ["ship", "pickup", "shipFromStore", "returns"],
  dailyCapacity: 100,
  openingHours: { mon: [["09:00", "19:00"]], tue: [["09:00", "19:00"]], wed: [["09:00", "19:00"]], thu: [["09:00", "19:00"]], fri: [["09:00", "19:00"]], sat: [["10:00", "18:00"]], sun: [] },
  holidays: [],
  active: true,
  timeZone: "Europe/Paris",
  addressLine1: "",
  city: "",
  postalCode: "",
  country: "FR",
  franchise: false,
};

interface NewNodeFields {
  addressLine1: string;
  city: string;
  postalCode: string;
  country: string;
  lat: number | null;
  lng: number | null;
  franchise: boolean;
}

// An empty number box holds null, which the schemas refuse as required.
type NodeForm = CapabilityFlags &
  NewNodeFields & {
    code: string;
    version: number;
    name: string;
    type: NodeType;
    timeZone: string;
    dailyCapacity: number | null;
    openingHours: OpeningHours;
    holidays: Holiday[];
    active: boolean;
  };

// The opening hours and holidays are edited row by row; their problems (a day's, an interval's, a
// time's, a holiday's date) are shown next to them by the server's path rather than as form fields.
const isByPath = (path: string) => path.startsWith("openingHours.") || path.startsWith("holidays.");
const toNumber = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number.isNaN(Number(v)) ? v : Number(v));

type Mode = { kind: "create"; timeZones: string[] } | { kind: "edit" };

export function NodeForm({ mode, initial }: { mode: Mode; initial: NodeFormValues }) {
  const { t } = useI18n();
  const router = useRouter();
  const creating = mode.kind === "create";
  // One form, the command's schema: the create schema checks the identity and location fields too;
  // extra values (the address on an edit) are not part of the other schema and are left out by it.
  const schema = (creating ? createNodeSchema : updateNodeSchema) as unknown as typeof updateNodeSchema;
  const form = useZodForm<typeof updateNodeSchema, NodeForm>(schema, {
    defaultValues: {
      ...NEW_NODE,
      lat: null,
      lng: null,
      code: initial.code,
      version: initial.version,
      name: initial.name,
      type: initial.type,
      timeZone: initial.timeZone,
      ...(Object.fromEntries(CAPABILITIES.map((c) => [CAPABILITY_COLUMN[c], initial.capabilities.includes(c)])) as unknown as CapabilityFlags),
      dailyCapacity: initial.dailyCapacity,
      openingHours: initial.openingHours,
      holidays: initial.holidays,
      active: initial.active,
    },
  });
  const errors = form.formState.errors;
  const hours = useWatch({ control: form.control, name: "openingHours" });
  const holidays = useWatch({ control: form.control, name: "holidays" });
  const type = useWatch({ control: form.control, name: "type" });
  const zone = useWatch({ control: form.control, name: "timeZone" });
  const { run, pending: sending, refusal: serverRefusal, bannerRef: actionBanner } = useAdminAction(form, (path) => (isByPath(path) ? null : path));
  // The schema's problems with the hours and holidays show next to them on the first try, like the server's.
  const local = { ...errorsByPath(errors.openingHours, "openingHours"), ...errorsByPath(errors.holidays, "holidays") };
  const byPath = { ...Object.fromEntries((serverRefusal?.problems ?? []).filter(([path]) => isByPath(path))), ...local };
  const err = (path: string): string | undefined => byPath[path];

  function setHolidays(next: Holiday[]) {
    form.setValue("holidays", next, { shouldDirty: true });
  }
  function onTypeChange(next: NodeType) {
    // A DC never serves pickups, ships "from store" or is a franchise: untick what it cannot be.
    if (next === "DC") for (const field of ["canPickup", "canShipFromStore", "franchise"] as const) form.setValue(field, false, { shouldDirty: true });
  }

  const submit = form.handleSubmit(
    async (values) => {
      if (creating) {
        const result = await run(createNodeAction, values);
        if (result.ok) router.push(`/admin/nodes/${encodeURIComponent(result.data.code)}?created=1`);
        return;
      }
      const result = await run(updateNodeAction, { ...values, code: initial.code, version: initial.version, type: initial.type });
      if (result.ok) router.push(`/admin/nodes/${encodeURIComponent(initial.code)}?saved=1`);
    },
    (invalid) => {
      // A field with an input takes the focus itself; otherwise the first problem's box does (a
      // day's or a holiday's problem: its first interval's).
      const own = ["code", "name", "addressLine1", "city", "postalCode", "country", "lat", "lng", "timeZone", "dailyCapacity"] as const;
      if (own.some((f) => invalid[f])) return;
      const first = Object.keys({ ...errorsByPath(invalid.openingHours, "openingHours"), ...errorsByPath(invalid.holidays, "holidays") })[0] ?? "";
      requestAnimationFrame(() => document.getElementById(focusIdFor(first))?.focus());
    },
  );
  const refusal = serverRefusal ? { ...serverRefusal, problems: serverRefusal.problems.filter(([path]) => !isByPath(path)) } : null;
  const nameField = (
    <Field id="node-name" label={t("admin.nodeForm.name")} error={errors.name?.message}>
      {(p) => <input {...p} {...form.register("name")} className={inputClass(!!p["aria-invalid"])} maxLength={120} aria-required />}
    </Field>
  );
  const cancelHref = creating ? "/admin/nodes" : `/admin/nodes/${encodeURIComponent(initial.code)}`;

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6">
      <div ref={actionBanner} tabIndex={-1} className="outline-none">
        <FormRefusalAlert refusal={refusal} latestHref={creating ? undefined : cancelHref} />
      </div>

      {creating ? (
        <fieldset className="space-y-4">
          <legend className="text-base font-semibold text-slate-900">{t("nodesAdmin.form.identity")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="node-code" label={t("nodesAdmin.form.code")} hint={t("nodesAdmin.form.codeHint")} error={errors.code?.message}>
              {(p) => <input {...p} {...form.register("code")} className={inputClass(!!p["aria-invalid"], "font-mono")} maxLength={40} autoComplete="off" aria-required />}
            </Field>
            <Field id="node-type" label={t("nodesAdmin.form.type")} error={errors.type?.message}>
              {(p) => (
                <select {...p} {...form.register("type", { onChange: (e) => onTypeChange(e.target.value as NodeType) })} className={inputClass(!!p["aria-invalid"])}>
                  {NODE_TYPES.map((v) => (
                    <option key={v} value={v}>
                      {t(`admin.nodeTypes.${v}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          {nameField}
        </fieldset>
      ) : null}

      {creating ? null : nameField}

      {creating ? (
        <fieldset className="space-y-4">
          <legend className="text-base font-semibold text-slate-900">{t("nodesAdmin.form.location")}</legend>
          <Field id="node-address" label={t("nodesAdmin.form.addressLine1")} error={errors.addressLine1?.message}>
            {(p) => <input {...p} {...form.register("addressLine1")} className={inputClass(!!p["aria-invalid"])} maxLength={200} autoComplete="off" aria-required />}
          </Field>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field id="node-postcode" label={t("nodesAdmin.form.postalCode")} error={errors.postalCode?.message}>
              {(p) => <input {...p} {...form.register("postalCode")} className={inputClass(!!p["aria-invalid"])} maxLength={20} autoComplete="off" aria-required />}
            </Field>
            <Field id="node-city" label={t("nodesAdmin.form.city")} error={errors.city?.message}>
              {(p) => <input {...p} {...form.register("city")} className={inputClass(!!p["aria-invalid"])} maxLength={100} autoComplete="off" aria-required />}
            </Field>
            <Field id="node-country" label={t("nodesAdmin.form.country")} hint={t("nodesAdmin.form.countryHint")} error={errors.country?.message}>
              {(p) => <input {...p} {...form.register("country")} className={inputClass(!!p["aria-invalid"], "uppercase")} maxLength={2} autoComplete="off" aria-required />}
            </Field>
          </div>
          <p id="node-coordinates-hint" className="text-xs text-slate-600">
            {t("nodesAdmin.form.coordinatesHint")}
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            {(["lat", "lng"] as const).map((f) => (
              <Field key={f} id={`node-${f}`} label={t(`nodesAdmin.form.${f}`)} error={errors[f]?.message}>
                {(p) => (
                  <input
                    {...p}
                    {...form.register(f, { setValueAs: toNumber })}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    className={inputClass(!!p["aria-invalid"], "tabular-nums")}
                    aria-describedby={[p["aria-describedby"], "node-coordinates-hint"].filter(Boolean).join(" ")}
                    aria-required
                  />
                )}
              </Field>
            ))}
          </div>
          <Field id="node-time-zone" label={t("nodesAdmin.form.timeZone")} hint={t("nodesAdmin.form.timeZoneHint")} error={errors.timeZone?.message}>
            {(p) => <input {...p} {...form.register("timeZone")} list="node-time-zones" className={inputClass(!!p["aria-invalid"])} autoComplete="off" aria-required />}
          </Field>
          <datalist id="node-time-zones">
            {mode.timeZones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </fieldset>
      ) : null}

      <fieldset className="space-y-2" aria-describedby={type === "DC" ? "node-dc-capabilities" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("admin.nodeForm.capabilities")}</legend>
        {type === "DC" ? (
          <p id="node-dc-capabilities" className="text-xs text-slate-600">
            {t("nodesAdmin.form.dcCapabilities")}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {CAPABILITIES.map((c) => {
            const error = errors[CAPABILITY_COLUMN[c]]?.message;
            return (
              <div key={c}>
                <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
                  <input type="checkbox" className="size-5" {...form.register(CAPABILITY_COLUMN[c])} aria-invalid={error ? true : undefined} aria-describedby={error ? `cap-${c}-error` : undefined} />
                  {t(`admin.capabilities.${c}`)}
                </label>
                {error ? (
                  <p id={`cap-${c}-error`} className="max-w-xs text-sm text-red-700">
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>

      {creating ? (
        <div>
          <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
            <input type="checkbox" className="size-5" {...form.register("franchise")} aria-describedby={errors.franchise ? "node-franchise-hint node-franchise-error" : "node-franchise-hint"} aria-invalid={errors.franchise ? true : undefined} />
            {t("nodesAdmin.form.franchise")}
          </label>
          <p id="node-franchise-hint" className="text-xs text-slate-600">
            {t("nodesAdmin.form.franchiseHint")}
          </p>
          {errors.franchise?.message ? (
            <p id="node-franchise-error" className="text-sm text-red-700">
              {errors.franchise.message}
            </p>
          ) : null}
        </div>
      ) : null}

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
        <p className="text-xs text-slate-600">{t("admin.nodeForm.hoursHint", { zone })}</p>
        {WEEKDAYS.map((day) => {
          const dayLabel = t(`admin.weekdays.${day}`);
          const dayError = err(`openingHours.${day}`);
          return (
            <fieldset key={day} className="flex flex-wrap items-end gap-x-6 gap-y-2 rounded-md border border-slate-200 px-3 pb-3 pt-1" aria-describedby={dayError ? `hours-${day}-error` : undefined}>
              <legend className="px-1 text-sm font-semibold text-slate-900">{dayLabel}</legend>
              {hours[day].length === 0 ? <p className="py-2 text-sm text-slate-600">{t("admin.nodeForm.closedDay")}</p> : null}
              <Intervals
                idBase={`hours-${day}`}
                path={`openingHours.${day}`}
                label={dayLabel}
                intervals={hours[day]}
                onChange={(next) => form.setValue(`openingHours.${day}`, next, { shouldDirty: true })}
                err={err}
              />
              {dayError ? (
                <p id={`hours-${day}-error`} className="basis-full text-sm text-red-700">
                  {dayError}
                </p>
              ) : null}
            </fieldset>
          );
        })}
      </fieldset>

      <HolidaysEditor holidays={holidays} zone={zone} onChange={setHolidays} err={err} />

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
          {creating ? (sending ? t("nodesAdmin.create.creating") : t("nodesAdmin.create.submit")) : sending ? t("admin.common.saving") : t("admin.common.save")}
        </Button>
        <LinkButton variant="secondary" href={cancelHref}>
          {t("admin.common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}

/** The box to focus for a problem at this path: its own, or its row's first. */
function focusIdFor(path: string): string {
  const parts = path.split(".");
  if (parts[0] === "openingHours" && parts[1]) return `hours-${parts[1]}-${parts[2] ?? "0"}-${parts[3] === "1" ? "close" : "open"}`;
  if (parts[0] === "holidays" && parts[1]) {
    if (parts[2] === "name") return `holiday-${parts[1]}-name`;
    if (parts[2] === "hours") return parts[3] ? `holiday-${parts[1]}-${parts[3]}-${parts[4] === "1" ? "close" : "open"}` : `holiday-${parts[1]}-closed`;
    return `holiday-${parts[1]}-date`;
  }
  return "";
}

/** A day's intervals, each with its opening and closing times, removable; "Add hours" below. */
function Intervals({
  idBase,
  path,
  label,
  intervals,
  onChange,
  err,
}: {
  idBase: string;
  path: string;
  label: string;
  intervals: Array<[string, string]>;
  onChange: (next: Array<[string, string]>) => void;
  err: (path: string) => string | undefined;
}) {
  const { t } = useI18n();
  const setTime = (index: number, part: 0 | 1, value: string) => onChange(intervals.map((iv, i) => (i === index ? ((part === 0 ? [value, iv[1]] : [iv[0], value]) as [string, string]) : iv)));
  return (
    <>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {intervals.map(([open, close], i) => {
          const ivError = err(`${path}.${i}`);
          const n = i + 1;
          return (
            <li key={i} className="flex flex-wrap items-end gap-3" aria-label={t("admin.nodeForm.intervalLabel", { day: label, n })}>
              <TimeField id={`${idBase}-${i}-open`} label={t("admin.nodeForm.opens")} error={err(`${path}.${i}.0`)} invalid={!!ivError} value={open} onChange={(v) => setTime(i, 0, v)} />
              <TimeField
                id={`${idBase}-${i}-close`}
                label={t("admin.nodeForm.closes")}
                error={err(`${path}.${i}.1`)}
                invalid={!!ivError}
                describedBy={ivError ? `${idBase}-${i}-error` : undefined}
                value={close}
                onChange={(v) => setTime(i, 1, v)}
              />
              <Button variant="secondary" aria-label={t("admin.nodeForm.removeIntervalFor", { day: label, n })} onClick={() => onChange(intervals.filter((_, j) => j !== i))}>
                {t("admin.nodeForm.removeInterval")}
              </Button>
              {ivError ? (
                <p id={`${idBase}-${i}-error`} className="basis-full text-sm text-red-700">
                  {ivError}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {intervals.length < 4 ? (
        <Button variant="ghost" size="sm" className="min-h-11" aria-label={t("admin.nodeForm.addIntervalFor", { day: label })} onClick={() => onChange([...intervals, [intervals.at(-1)?.[1] ?? "09:00", "19:00"]])}>
          + {t("admin.nodeForm.addInterval")}
        </Button>
      ) : null}
    </>
  );
}

/** The node's holidays, one row each: date, name, closed all day or special hours. */
function HolidaysEditor({ holidays, zone, onChange, err }: { holidays: Holiday[]; zone: string; onChange: (next: Holiday[]) => void; err: (path: string) => string | undefined }) {
  const { t } = useI18n();
  const set = (index: number, patch: Partial<Holiday>) => onChange(holidays.map((h, i) => (i === index ? { ...h, ...patch } : h)));
  const listError = err("holidays");
  function add() {
    // The day after the last one, as a starting point the admin changes.
    const last = holidays.at(-1)?.date;
    const base = last && /^\d{4}-\d{2}-\d{2}$/.test(last) ? new Date(`${last}T12:00:00Z`) : new Date();
    if (last) base.setUTCDate(base.getUTCDate() + 1);
    onChange([...holidays, { date: base.toISOString().slice(0, 10), name: t("nodesAdmin.holidays.newName"), hours: [] }]);
    requestAnimationFrame(() => document.getElementById(`holiday-${holidays.length}-date`)?.focus());
  }
  return (
    <fieldset className="space-y-3" aria-describedby="holidays-hint">
      <legend className="text-sm font-medium text-slate-800">{t("nodesAdmin.holidays.title")}</legend>
      <p id="holidays-hint" className="text-xs text-slate-600">
        {t("nodesAdmin.holidays.hint", { zone })}
      </p>
      {holidays.length === 0 ? <p className="text-sm text-slate-600">{t("nodesAdmin.holidays.empty")}</p> : null}
      {holidays.map((h, i) => {
        const label = t("nodesAdmin.holidays.rowLabel", { n: i + 1 });
        const closed = h.hours.length === 0;
        const hoursError = err(`holidays.${i}.hours`);
        return (
          <fieldset key={i} className="space-y-3 rounded-md border border-slate-200 px-3 pb-3 pt-1">
            <legend className="px-1 text-sm font-semibold text-slate-900">{label}</legend>
            <div className="flex flex-wrap items-end gap-3">
              <div className="w-44">
                <Field id={`holiday-${i}-date`} label={t("nodesAdmin.holidays.date")} error={err(`holidays.${i}.date`)}>
                  {(p) => <input {...p} type="date" className={inputClass(!!p["aria-invalid"], "tabular-nums")} value={h.date} onChange={(e) => set(i, { date: e.target.value })} aria-required />}
                </Field>
              </div>
              <div className="min-w-48 flex-1">
                <Field id={`holiday-${i}-name`} label={t("nodesAdmin.holidays.name")} error={err(`holidays.${i}.name`)}>
                  {(p) => <input {...p} type="text" maxLength={80} className={inputClass(!!p["aria-invalid"])} value={h.name} onChange={(e) => set(i, { name: e.target.value })} aria-required />}
                </Field>
              </div>
              <Button variant="secondary" aria-label={t("nodesAdmin.holidays.removeFor", { date: h.date || label })} onClick={() => onChange(holidays.filter((_, j) => j !== i))}>
                {t("nodesAdmin.holidays.remove")}
              </Button>
            </div>
            <label className="flex min-h-11 items-center gap-2 text-sm text-slate-800">
              <input id={`holiday-${i}-closed`} type="checkbox" className="size-5" checked={closed} onChange={(e) => set(i, { hours: e.target.checked ? [] : [["09:00", "13:00"]] })} />
              {t("nodesAdmin.holidays.closed")}
            </label>
            {closed ? null : (
              <div className="flex flex-wrap items-end gap-x-6 gap-y-2" role="group" aria-label={t("nodesAdmin.holidays.specialHours")}>
                <Intervals idBase={`holiday-${i}`} path={`holidays.${i}.hours`} label={`${label} (${h.date})`} intervals={h.hours} onChange={(next) => set(i, { hours: next })} err={err} />
              </div>
            )}
            {hoursError ? <p className="text-sm text-red-700">{hoursError}</p> : null}
          </fieldset>
        );
      })}
      {listError ? <p className="text-sm text-red-700">{listError}</p> : null}
      {holidays.length < MAX_HOLIDAYS ? (
        <Button variant="ghost" size="sm" className="min-h-11" onClick={add}>
          + {t("nodesAdmin.holidays.add")}
        </Button>
      ) : null}
    </fieldset>
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
