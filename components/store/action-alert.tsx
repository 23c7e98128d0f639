"use client";
// A refused store action, said plainly next to the form or button that sent it: what happened in
// the associate's words (a conflict says the screen now shows the current state), and any field
// problem that has no field on screen.
import { useI18n } from "@/components/i18n/i18n-provider";
import { RefusalAlert } from "@/components/ui/refusal-alert";
import { errorHeadline, type StoreActionError } from "./action-errors";

export function ActionAlert({ error, className }: { error: StoreActionError | null; className?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  return <RefusalAlert size="base" className={className} headline={errorHeadline(t, error)} problems={Object.entries(error.fields ?? {})} />;
}
