"use client";
// Runs one returns server action from a form: keeps what was typed after a refusal, puts each field
// error on its field (setError) in the user's language and lists the others with the refusal,
// refreshes the page's data after a success so the figures and the timeline show the change.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { useErrorText } from "@/components/forms/error-text";
import { callAction, placeFieldErrors } from "@/components/forms/server-errors";
import type { ActionResult } from "@/lib/actions";
import type { ErrorParams } from "@/lib/errors";

/** A refusal as the form shows it: its code (the headline) and the field problems no field shows, already said. */
export interface ShownRefusal {
  code: string;
  params?: ErrorParams;
  problems: Record<string, string>;
}

export interface FormTarget<F extends FieldValues> {
  setError: UseFormSetError<F>;
  /** Where a server field path ("lines.0.qty") is shown in the form, or null when it is not. */
  mapPath: (path: string) => string | null;
}

export function useReturnAction<I, R>(action: (input: I) => Promise<ActionResult<R>>, options: { onSuccess?: (data: R) => void } = {}) {
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<ShownRefusal | null>(null);
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();

  async function run<F extends FieldValues>(input: I, form?: FormTarget<F>): Promise<boolean> {
    setSending(true);
    setError(null);
    const result = await callAction(action, input);
    setSending(false);
    if (result.ok) {
      options.onSuccess?.(result.data);
      startRefresh(() => router.refresh());
      return true;
    }
    const failure = result.error;
    const problems = placeFieldErrors(failure.fields, { text: (issue) => errorText(issue), place: (serverPath) => form?.mapPath(serverPath) ?? null, setError: form?.setError });
    setError({ code: failure.code, params: failure.params, problems });
    return false;
  }

  return { run, error, pending: sending || refreshing, clearError: () => setError(null) };
}
