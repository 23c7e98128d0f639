// The buyer's lookup form: order number + e-mail, posted (never in the URL); field errors next to each field.
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { Translate } from "@/lib/i18n/client";

export function TrackForm({
  action,
  values,
  errors,
  pending = false,
  t,
}: {
  action: (form: FormData) => void;
  values: { number?: string; email?: string };
  errors: { number?: string; email?: string };
  pending?: boolean;
  t: Translate;
}) {
  return (
    <form action={action} aria-label={t("track.form.label")} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
      <Field id="track-number" label={t("track.form.number")} hint={t("track.form.numberHint")} error={errors.number}>
        {(p) => <input {...p} name="number" type="text" defaultValue={values.number} autoComplete="off" spellCheck={false} className={inputClass(Boolean(errors.number), "min-h-11")} />}
      </Field>
      <Field id="track-email" label={t("track.form.email")} error={errors.email}>
        {(p) => <input {...p} name="email" type="email" defaultValue={values.email} autoComplete="email" className={inputClass(Boolean(errors.email), "min-h-11")} />}
      </Field>
      <Button type="submit" className="min-h-11 w-full sm:w-auto" disabled={pending} aria-disabled={pending}>
        {pending ? t("track.form.submitting") : t("track.form.submit")}
      </Button>
    </form>
  );
}
