"use client";
// A refused store action, said plainly next to the form or button that sent it: the errors
// catalogue's text for its code, that the screen now shows the current state when it was refreshed
// because of it, and any field problem that has no field on screen.
import { useErrorText } from "@/components/forms/error-text";
import { useI18n } from "@/components/i18n/i18n-provider";
import { RefusalAlert } from "@/components/ui/refusal-alert";
import type { StoreRefusal } from "./use-store-action";

export function ActionAlert({ error, className }: { error: StoreRefusal | null; className?: string }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <RefusalAlert
      size="base"
      className={className}
      headline={errorText({ code: error.code, params: error.params })}
      detail={error.refreshed ? t("store.refreshed") : null}
      problems={Object.entries(error.problems)}
    />
  );
}
