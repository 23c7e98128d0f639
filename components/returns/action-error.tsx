"use client";
// A refused return, refund or goodwill refund, said plainly: the refusal in the user's language, the
// field problems not shown next to a field, and for a conflict a button to reload the current state.
import { useI18n } from "@/components/i18n/i18n-provider";
import { RefusalAlert } from "@/components/ui/refusal-alert";
import { errorHeadline, isKnownCode, type ReturnActionError } from "./errors";

export function ReturnErrorAlert({ error }: { error: ReturnActionError | null }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <RefusalAlert
      headline={errorHeadline(t, error)}
      // The server's own sentence only when the catalogue has nothing for its code.
      detail={!isKnownCode(error.code) && error.message ? error.message : null}
      problems={Object.entries(error.fields ?? {})}
      reload={error.code === "CONFLICT" ? { label: t("returns.errors.reload") } : null}
    />
  );
}
