"use client";
// A refused receipt, said plainly above the button that sent it: the refusal in the associate's
// words, and any field problem that has no field on screen.
import { useI18n } from "@/components/i18n/i18n-provider";
import { RefusalAlert } from "@/components/ui/refusal-alert";
import type { StoreActionError } from "../action-errors";
import { returnErrorHeadline } from "./return-errors";

export function ActionAlertText({ error }: { error: StoreActionError }) {
  const { t } = useI18n();
  return <RefusalAlert size="base" headline={returnErrorHeadline(t, error)} problems={Object.entries(error.fields ?? {})} />;
}
