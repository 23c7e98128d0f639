"use client";
// A refused return, refund or goodwill refund, said plainly: the refusal in the user's language (the
// errors catalogue's text for its code), the field problems not shown next to a field, and for a
// conflict a button to reload the current state.
import { useErrorText } from "@/components/forms/error-text";
import { useI18n } from "@/components/i18n/i18n-provider";
import { RefusalAlert } from "@/components/ui/refusal-alert";
import type { ShownRefusal } from "./use-return-action";

export function ReturnErrorAlert({ error }: { error: ShownRefusal | null }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <RefusalAlert
      headline={errorText({ code: error.code, params: error.params })}
      problems={Object.entries(error.problems)}
      reload={error.code === "CONFLICT" ? { label: t("returns.errors.reload") } : null}
    />
  );
}
