"use client";
// Rolling back to an earlier version: a dialog asks why (kept with the new version and in the audit
// trail), the server publishes the earlier settings as a new version, and the page opens it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { rollbackRuleSetAction } from "@/app/(app)/admin/rules/actions";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { rollbackRuleSetSchema } from "@/lib/rules/client";
import { useAdminAction } from "./action-errors";
import { FormRefusalAlert } from "./form-refusal";

export function RollbackButton({ ruleSet }: { ruleSet: { id: string; version: number; kind: string } }) {
  const { t } = useI18n();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useZodForm(rollbackRuleSetSchema, { defaultValues: { id: ruleSet.id, reason: "" } });
  const { run, refusal, pending, bannerRef } = useAdminAction(form);
  const submit = form.handleSubmit(async (values) => {
    const result = await run(rollbackRuleSetAction, values);
    if (!result.ok) return;
    setOpen(false);
    router.push(`/admin/rules/${result.data.id}?rolledBack=${result.data.rollbackOf}`);
  });
  const error = form.formState.errors.reason?.message;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("admin.rules.rollback.action")}
      </Button>
      {open ? (
        <Dialog open onClose={() => setOpen(false)} title={t("admin.rules.rollback.title", { version: ruleSet.version })} description={t("admin.rules.rollback.hint", { version: ruleSet.version })}>
          <form onSubmit={submit} noValidate className="space-y-4">
            <div ref={bannerRef} tabIndex={-1} className="outline-none">
              <FormRefusalAlert refusal={refusal} />
            </div>
            <Field id="rollback-reason" label={t("admin.rules.rollback.reason")} hint={t("admin.rules.rollback.reasonHint")} error={error}>
              {(p) => <textarea {...p} {...form.register("reason")} rows={3} maxLength={500} className={inputClass(!!error, "w-full")} />}
            </Field>
            <div className="flex justify-end gap-3">
              <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
                {t("admin.rules.publishDialog.cancel")}
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? t("admin.rules.rollback.working") : t("admin.rules.rollback.confirm")}
              </Button>
            </div>
          </form>
        </Dialog>
      ) : null}
    </>
  );
}
