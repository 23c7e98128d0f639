"use client";
// Runs one server action from a dialog: keeps the agent's input while it runs and after a refusal,
// puts each field error the server sends on the dialog's field (in the agent's language) and keeps
// the others for the refusal, refreshes the page's data after a success (the timeline shows the
// new events) and confirms it.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { useErrorText } from "@/components/forms/error-text";
import { callAction, placeFieldErrors } from "@/components/forms/server-errors";
import type { ActionResult } from "@/lib/actions";
import type { ErrorParams } from "@/lib/errors";
import { useOrderActions } from "./order-actions-context";

/** A refusal as a dialog shows it: its code and parameters, and the field problems no field shows (already in words). */
export interface ActionError {
  code: string;
  params?: ErrorParams;
  problems: Array<[path: string, text: string]>;
}

/** The dialog's form: where it shows a server field path (null when it does not) and how to mark it. */
export interface FormTarget<F extends FieldValues> {
  setError: UseFormSetError<F>;
  place: (serverPath: string) => string | null;
}

/** The form's fields are named like the schema's, so a server path is shown where the form has that field. */
export const shownAt =
  (...paths: string[]) =>
  (serverPath: string): string | null =>
    paths.includes(serverPath) ? serverPath : null;

export function useOrderAction<I, R>(action: (input: I) => Promise<ActionResult<R>>, options: { success: string | ((data: R) => string); onSuccess?: (data: R) => void }) {
  const router = useRouter();
  const errorText = useErrorText();
  const { announce } = useOrderActions();
  const [error, setError] = useState<ActionError | null>(null);
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();

  async function run<F extends FieldValues>(input: I, form?: FormTarget<F>): Promise<boolean> {
    setSending(true);
    setError(null);
    const result = await callAction(action, input);
    setSending(false);
    if (result.ok) {
      options.onSuccess?.(result.data);
      announce(typeof options.success === "function" ? options.success(result.data) : options.success);
      startRefresh(() => router.refresh());
      return true;
    }
    const { code, params, fields } = result.error;
    const unplaced = placeFieldErrors(fields, { text: (issue) => errorText(issue), place: (path) => form?.place(path) ?? null, setError: form?.setError });
    setError({ code, ...(params && Object.keys(params).length ? { params } : {}), problems: Object.entries(unplaced) });
    return false;
  }

  return { run, error, pending: sending || refreshing, clearError: () => setError(null) };
}
