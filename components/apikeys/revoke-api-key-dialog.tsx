"use client";
// Revoking a key: a dialog asking for the reason (kept in the audit trail), saying what revoking
// does, with the focus kept inside and Escape to cancel. The list refreshes once the key is revoked.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { revokeApiKeyAction } from "@/app/(app)/admin/keys/actions";
import { FormRefusalAlert } from "@/components/admin/form-refusal";
import { useAdminAction } from "@/components/admin/action-errors";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { revokeApiKeySchema } from "@/lib/apikeys/client";

export function RevokeApiKeyButton({ apiKey }: { apiKey: { id: string; name: string; prefix: string } }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)} aria-label={t("apikeys.revokeLabel", { name: apiKey.name })}>
        {t("apikeys.revoke")}
      </Button>
      {open ? (
        <RevokeDialog
          apiKey={apiKey}
          onClose={() => setOpen(false)}
          onRevoked={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

/** Once the list shows the key revoked (its button gone), the focus goes to the key's name in that row. */
function focusWhenRefreshed(id: string, tries = 30) {
  const row = document.getElementById(`key-${id}`);
  if (row && !row.querySelector("button")) return document.getElementById(`key-name-${id}`)?.focus();
  if (tries > 0) setTimeout(() => focusWhenRefreshed(id, tries - 1), 100);
}

function RevokeDialog({ apiKey, onClose, onRevoked }: { apiKey: { id: string; name: string; prefix: string }; onClose: () => void; onRevoked: () => void }) {
  const { t } = useI18n();
  const router = useRouter();
  const form = useZodForm(revokeApiKeySchema, { defaultValues: { id: apiKey.id, reason: "" } });
  const { run, pending, refusal, bannerRef } = useAdminAction(form);
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await run(revokeApiKeyAction, { id: apiKey.id, reason: values.reason });
    if (!result.ok) return;
    onRevoked();
    router.refresh();
    focusWhenRefreshed(apiKey.id);
  });
  const reasonError = form.formState.errors.reason?.message;
  return (
    <Dialog
      open
      onClose={onClose}
      title={t("apikeys.revokeDialog.title", { name: apiKey.name })}
      description={t("apikeys.revokeDialog.description", { prefix: `${apiKey.prefix}…` })}
    >
      <form noValidate className="space-y-4" onSubmit={onSubmit}>
        <div ref={bannerRef} tabIndex={-1} className="outline-none">
          {refusal ? <FormRefusalAlert refusal={refusal} /> : null}
        </div>
        <Field id={`revoke-reason-${apiKey.id}`} label={t("apikeys.revokeDialog.reason")} hint={t("apikeys.revokeDialog.reasonHint")} error={reasonError}>
          {(p) => <textarea {...p} {...form.register("reason")} rows={3} data-autofocus className={inputClass(!!p["aria-invalid"])} />}
        </Field>
        <div className="flex justify-end gap-3">
          <Button type="button" variant="secondary" onClick={onClose}>
            {t("apikeys.revokeDialog.cancel")}
          </Button>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? t("apikeys.revokeDialog.confirming") : t("apikeys.revokeDialog.confirm")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
