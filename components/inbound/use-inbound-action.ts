"use client";
// Runs one inbound server action from a screen: on success every inbound view refreshes (the live
// queries and the server-rendered page); a refusal is kept in the user's language, field problems
// placed on the form's fields when it shows them, the others listed.
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { useErrorText } from "@/components/forms/error-text";
import { callAction, placeFieldErrors } from "@/components/forms/server-errors";
import type { ActionResult } from "@/lib/actions";
import { inboundKeys } from "./queries";

export interface InboundRefusal {
  code: string;
  headline: string;
  problems: Array<[string, string]>;
}

export function useInboundAction<I, R>(action: (input: I) => Promise<ActionResult<R>>) {
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [error, setError] = useState<InboundRefusal | null>(null);
  const [pending, setPending] = useState(false);

  async function run<F extends FieldValues>(input: I, form?: { setError: UseFormSetError<F>; place: (path: string) => string | null }): Promise<ActionResult<R>> {
    setPending(true);
    setError(null);
    const result = await callAction(action, input);
    setPending(false);
    if (result.ok) {
      await queryClient.invalidateQueries({ queryKey: inboundKeys.all });
      router.refresh();
      return result;
    }
    const unplaced = placeFieldErrors(result.error.fields, { text: (issue) => errorText(issue), place: form?.place ?? (() => null), setError: form?.setError });
    setError({ code: result.error.code, headline: errorText({ code: result.error.code, params: result.error.params }), problems: Object.entries(unplaced) });
    if (result.error.code === "CONFLICT" || result.error.code === "NOT_IN_TRANSIT") void queryClient.invalidateQueries({ queryKey: inboundKeys.all });
    return result;
  }

  return { run, error, pending, clearError: () => setError(null) };
}
