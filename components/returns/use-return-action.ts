"use client";
// Runs one returns server action from a form: keeps what was typed after a refusal, puts each field
// error on its field (setError) and lists the others with the refusal, refreshes the page's data
// after a success so the figures and the timeline show the change.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ActionResult } from "@/lib/actions";
import { serverFieldMessage, type ReturnActionError } from "./errors";

export interface FormTarget<F extends FieldValues> {
  setError: UseFormSetError<F>;
  /** Where a server field path ("lines.0.qty") is shown in the form, or null when it is not. */
  mapPath: (path: string) => string | null;
}

export function useReturnAction<I, R>(action: (input: I) => Promise<ActionResult<R>>, options: { onSuccess?: (data: R) => void } = {}) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<ReturnActionError | null>(null);
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();

  async function run<F extends FieldValues>(input: I, form?: FormTarget<F>): Promise<boolean> {
    setSending(true);
    setError(null);
    let result: ActionResult<R>;
    try {
      result = await action(input);
    } catch {
      result = { ok: false, error: { code: "NETWORK", message: "" } };
    } finally {
      setSending(false);
    }
    if (result.ok) {
      options.onSuccess?.(result.data);
      startRefresh(() => router.refresh());
      return true;
    }
    const failure = result.error;
    const unplaced: Record<string, string> = {};
    let focused = false;
    for (const [serverPath, message] of Object.entries(failure.fields ?? {})) {
      const text = serverFieldMessage(t, failure.code, message);
      const path = form?.mapPath(serverPath);
      if (form && path) {
        form.setError(path as Path<F>, { type: "server", message: text }, { shouldFocus: !focused });
        focused = true;
      } else unplaced[serverPath] = text;
    }
    setError({ ...failure, fields: unplaced });
    return false;
  }

  return { run, error, pending: sending || refreshing, clearError: () => setError(null) };
}
