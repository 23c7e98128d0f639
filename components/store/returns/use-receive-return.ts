"use client";
// Sends the counter's receipt. On success every store view refreshes (the store's stock changed); a
// refusal keeps what the associate entered: field errors land on their line (the server numbers the
// lines it was sent, the form all of them), the rest is a message above the button. A conflict (an
// RMA changed meanwhile) reloads the order, so sending again applies to what is now on screen.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { UseFormSetError } from "react-hook-form";
import { callAction, placeFieldErrors } from "@/components/forms/server-errors";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ActionResult } from "@/lib/actions";
import type { ReturnResult } from "@/lib/returns/client";
import { STALE_CODES, type StoreActionError } from "../action-errors";
import { storeKeys } from "../queries";
import { formPath, type ReceiveForm } from "./receive-form-model";
import { returnFieldMessage } from "./return-errors";

export function useReceiveReturn(action: (input: unknown) => Promise<ActionResult<ReturnResult>>) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [error, setError] = useState<StoreActionError | null>(null);
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
    const unplaced = placeFieldErrors(failure.fields, { text: (message) => returnFieldMessage(t, failure.code, message), place: (serverPath) => formPath(serverPath, form.sentIndex), setError: form.setError });
    setError({ ...failure, fields: unplaced });
    if (STALE_CODES.includes(failure.code) || failure.code === "NOT_FOUND") await queryClient.refetchQueries({ queryKey: storeKeys.all, type: "active" });
    return result;
  }

  return { run, error, pending, clearError: () => setError(null) };
}
