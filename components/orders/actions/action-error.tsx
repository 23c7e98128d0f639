"use client";
// A refused action, said plainly: the refusal's code in the agent's language (the errors
// catalogue is the one place codes become words), the field problems no field shows, and for a
// conflict a reload button (the dialog keeps what was typed).
import { useErrorText } from "@/components/forms/error-text";
import { useI18n } from "@/components/i18n/i18n-provider";
import { RefusalAlert } from "@/components/ui/refusal-alert";
import type { ActionError } from "./use-order-action";

export function ActionErrorAlert({ error }: { error: ActionError | null }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  if (!error) return null;
  const conflict = error.code === "CONFLICT";
  return (
    <RefusalAlert
      headline={errorText(error)}
      detail={conflict ? t("orders.actions.inputKept") : null}
      problems={error.problems}
      reload={conflict ? { label: t("orders.actions.reload"), busyLabel: t("orders.actions.reloading") } : null}
    />
  );
}
