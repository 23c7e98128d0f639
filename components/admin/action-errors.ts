"use client";
// What the admin forms do with a server action's answer: each field error goes on its form field
// (react-hook-form's setError, the first one focused), the refusal itself is said from the errors
// catalogue in the admin's language, and field problems no field shows are listed with it.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { useErrorText } from "@/components/forms/error-text";
import { callAction, placeFieldErrors } from "@/components/forms/server-errors";
import type { ActionResult } from "@/lib/actions";
import type { ErrorParams } from "@/lib/errors";

/** A refusal as a form shows it: its code and parameters, and the field problems no field shows (already in words). */
export interface FormRefusal {
  code: string;
  params?: ErrorParams;
  problems: Array<[path: string, text: string]>;
}

/**
 * Runs server actions for one form. `place` maps a server field path to the form's field, or null
 * when the form does not show it; a conflict re-reads the page (the latest version number arrives
 * while the form keeps what was typed, so a second, deliberate save replaces the other change).
 */
export function useAdminAction<F extends FieldValues>(form: { setError: UseFormSetError<F> }, place: (serverPath: string) => string | null = (p) => p) {
  const router = useRouter();
  const errorText = useErrorText();
  const [refusal, setRefusal] = useState<FormRefusal | null>(null);
  const [pending, setPending] = useState(false);
  const bannerRef = useRef<HTMLDivElement>(null);
  const focusBanner = () => requestAnimationFrame(() => bannerRef.current?.focus());

  async function run<I, T>(action: (input: I) => Promise<ActionResult<T>>, input: I): Promise<ActionResult<T>> {
    setPending(true);
    setRefusal(null);
    const result = await callAction(action, input);
    setPending(false);
    if (!result.ok) {
      const { code, params, fields } = result.error;
      const unplaced = placeFieldErrors(fields, { text: (issue) => errorText(issue), place, setError: form.setError });
      setRefusal({ code, ...(params && Object.keys(params).length ? { params } : {}), problems: Object.entries(unplaced) });
      if (code === "CONFLICT") router.refresh();
      // Field errors take the focus themselves; a refusal without one is read from the banner.
      if (!fields || Object.keys(unplaced).length === Object.keys(fields).length) focusBanner();
    }
    return result;
  }

  return { run, pending, refusal, clearRefusal: () => setRefusal(null), bannerRef, focusBanner, errorText };
}
