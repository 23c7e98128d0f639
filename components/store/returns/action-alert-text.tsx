"use client";
// A refused receipt, said plainly above the button that sent it: the refusal in the associate's
// words (the errors catalogue's text for its code), and any field problem that has no field on screen.
import { useErrorText } from "@/components/forms/error-text";
import type { ShownRefusal } from "@/components/returns/use-return-action";
import { RefusalAlert } from "@/components/ui/refusal-alert";

export function ActionAlertText({ error }: { error: ShownRefusal }) {
  const errorText = useErrorText();
  return <RefusalAlert size="base" headline={errorText({ code: error.code, params: error.params })} problems={Object.entries(error.problems)} />;
}
