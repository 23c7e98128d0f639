"use client";
// Runs one store server action from a screen or a form. On success it refreshes every store view
// (queue, work, counter search) and the DC console. A refusal keeps what the associate entered: field errors land on
// the form's fields (setError) in the associate's language, the rest is listed under the refusal's
// headline (the errors catalogue's text for its code); a conflict (stale tablet) also refreshes the
// screen to the current state so the associate sees what changed.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { callAction, placeFieldErrors } from "@/components/forms/server-errors";
import { useErrorText } from "@/components/forms/error-text";
import type { ActionResult } from "@/lib/actions";
import type { ErrorParams } from "@/lib/errors";
import type { FulfillmentWork } from "@/lib/fulfillment/client";
import { dcKeys } from "@/components/dc/queries";
import { storeKeys } from "./queries";

/** A conflict: the tablet's view is stale; the screen refreshes to the current state. */
export const STALE_CODES: readonly string[] = ["CONFLICT", "INVALID_TRANSITION"];

/**
 * A refusal as a store screen shows it: its code and parameters (the headline), the field problems
 * no field on screen shows (already in the associate's language), and whether the screen was
 * refreshed to the current state because of it.
 */
export interface StoreRefusal {
  code: string;
  params?: ErrorParams;
  problems: Record<string, string>;
  refreshed: boolean;
}

export interface FormTarget<F extends FieldValues> {
  setError: UseFormSetError<F>;
  /** The fields the form shows (a prefix covers its sub-paths: "parcels" covers "parcels.0.weightGrams"); other field errors are listed with the message. */
  fields: readonly string[];
  /** Where a server field path is shown in the form, when the form names it differently. */
  mapPath?: (path: string) => string | null;
  /**
   * A dialog that holds the version seen when it opened: after a conflict it gets the current one,
   * so once the associate has looked at the refreshed screen, sending again applies to it.
   */
  version?: { id: string; set: (version: number) => void };
}

export function useStoreAction<I, R>(action: (input: I) => Promise<ActionResult<R>>, options: { onSuccess?: (data: R) => void } = {}) {
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [error, setError] = useState<StoreRefusal | null>(null);
  const [pending, setPending] = useState(false);

  async function run<F extends FieldValues = FieldValues>(input: I, form?: FormTarget<F>): Promise<ActionResult<R>> {
    setPending(true);
    setError(null);
    // The server did not answer (or the action threw before it could): nothing was changed.
    const result = await callAction(action, input);
    setPending(false);
    if (result.ok) {
      // The next scan may come before the refresh: it must carry the version this step produced.
      const done = result.data as { fulfillmentOrderId?: unknown; version?: unknown } | null;
      if (done && typeof done.fulfillmentOrderId === "string" && typeof done.version === "number") {
        const version = done.version;
        queryClient.setQueryData<FulfillmentWork>(storeKeys.work(done.fulfillmentOrderId), (old) => (old && old.version < version ? { ...old, version } : old));
      }
      options.onSuccess?.(result.data);
      void queryClient.invalidateQueries({ queryKey: storeKeys.all });
      void queryClient.invalidateQueries({ queryKey: dcKeys.all });
      return result;
    }
    const failure = result.error;
    const unplaced = placeFieldErrors(failure.fields, {
      text: (issue) => errorText(issue),
      place: (serverPath) => {
        const path = form?.mapPath?.(serverPath) ?? serverPath;
        return form?.fields.some((f) => path === f || path.startsWith(`${f}.`)) ? path : null;
      },
      setError: form?.setError,
      focusEach: true,
    });
    const refresh = STALE_CODES.includes(failure.code) || failure.code === "NOT_FOUND";
    setError({ code: failure.code, params: failure.params, problems: unplaced, refreshed: refresh });
    if (refresh) {
      await queryClient.refetchQueries({ queryKey: storeKeys.all, type: "active" });
      if (form?.version && failure.code === "CONFLICT") {
        const latest = currentVersion(form.version.id);
        if (latest !== undefined) form.version.set(latest);
      }
    }
    return result;
  }

  /** The version on screen now: the work screen's, else the one in the counter's search results. */
  function currentVersion(id: string): number | undefined {
    const work = queryClient.getQueryData<FulfillmentWork>(storeKeys.work(id));
    if (work) return work.version;
    for (const [, found] of queryClient.getQueriesData<FulfillmentWork[]>({ queryKey: ["store", "pickups"] })) {
      const hit = found?.find((p) => p.id === id);
      if (hit) return hit.version;
    }
    return undefined;
  }

  return { run, error, pending, clearError: () => setError(null) };
}
