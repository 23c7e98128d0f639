"use client";
// A refused action, said plainly: a conflict offers to reload (the dialog keeps what was typed),
// rule refusals say which rule, and field problems not shown next to a field are listed here.
import { useI18n } from "@/components/i18n/i18n-provider";
import { RefusalAlert } from "@/components/ui/refusal-alert";
import type { Key } from "@/lib/i18n";
import type { ActionError } from "./use-order-action";

const HEADLINES: Record<string, Key> = {
  CONFLICT: "orders.actions.errors.conflict",
  MODIFICATION_NOT_ALLOWED: "orders.actions.errors.notAllowed",
  WORK_IN_PROGRESS: "orders.actions.errors.workInProgress",
  LINE_ALREADY_SHIPPED: "orders.actions.errors.alreadyShipped",
  FORBIDDEN: "orders.actions.errors.forbidden",
  UNAUTHENTICATED: "orders.actions.errors.unauthenticated",
  VALIDATION_FAILED: "orders.actions.errors.validation",
  NETWORK: "orders.actions.errors.network",
  INTERNAL: "orders.actions.errors.internal",
};

export function ActionErrorAlert({ error, shownFields = [] }: { error: ActionError | null; shownFields?: string[] }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <RefusalAlert
      headline={t(HEADLINES[error.code] ?? "orders.actions.errors.refused")}
      detail={error.code === "CONFLICT" || error.code === "NETWORK" || error.code === "VALIDATION_FAILED" ? null : error.message}
      problems={Object.entries(error.fields ?? {}).filter(([path]) => !shownFields.includes(path))}
      reload={error.code === "CONFLICT" ? { label: t("orders.actions.reload"), busyLabel: t("orders.actions.reloading") } : null}
    />
  );
}
