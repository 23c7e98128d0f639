"use client";
// Sends the counter's receipt. On success every store view refreshes (the store's stock changed); a
// refusal keeps what the associate entered: field errors land on their line (the server numbers the
// lines it was sent, the form all of them) in the associate's language, the rest is a message above
// the button. A conflict (an RMA changed meanwhile) reloads the order, so sending again applies to
// what is now on screen.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { UseFormSetError } from "react-hook-form";
import { useErrorText } from "@/components/forms/error-text";
import { callAction, placeFieldErrors } from "@/components/forms/server-errors";
import type { ShownRefusal } from "@/components/returns/use-return-action";
import type { ActionResult } from "@/lib/actions";
import type { ReturnResult } from "@/lib/returns/client";
import { STALE_CODES } from "../use-store-action";
import { storeKeys } from "../queries";
import { formPath, type ReceiveForm } from "./receive-form-model";

export function useReceiveReturn(action: (input: unknown) => Promise<ActionResult<ReturnResult>>) {
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [error, setError] = useState<ShownRefusal | null>(null);
  const [pending, setPending] = useState(false);

  async function run(input: unknown, form: { setError: UseFormSetError<ReceiveForm>; sentIndex: number[] }): Promise<ActionResult<ReturnResult>> {
    setPending(true);
    setError(null);
    // The server did not answer: nothing was received.
    const result = await callAction(action, input);
    setPending(false);
    if (result.ok) {
      void queryClient.invalidateQueries({ queryKey: storeKeys.all });
      return result;
    }
    const failure = result.error;
    const problems = placeFieldErrors(failure.fields, { text: (issue) => errorText(issue), place: (serverPath) => formPath(serverPath, form.sentIndex), setError: form.setError });
    setError({ code: failure.code, params: failure.params, problems });
    if (STALE_CODES.includes(failure.code) || failure.code === "NOT_FOUND") await queryClient.refetchQueries({ queryKey: storeKeys.all, type: "active" });
    return result;
  }

  return { run, error, pending, clearError: () => setError(null) };
}
