"use client";
// Runs one server action from a dialog: keeps the agent's input while it runs and after a refusal,
// refreshes the page's data after a success (the timeline shows the new events) and confirms it.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions";
import { useOrderActions } from "./order-actions-context";

export type ActionError = { code: string; message: string; fields?: Record<string, string> };

export function useOrderAction<I, R>(action: (input: I) => Promise<ActionResult<R>>, options: { success: string | ((data: R) => string); onSuccess?: (data: R) => void }) {
  const router = useRouter();
  const { announce } = useOrderActions();
  const [error, setError] = useState<ActionError | null>(null);
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();

  async function run(input: I): Promise<boolean> {
    setSending(true);
    setError(null);
    try {
      const result = await action(input);
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      options.onSuccess?.(result.data);
      announce(typeof options.success === "function" ? options.success(result.data) : options.success);
      startRefresh(() => router.refresh());
      return true;
    } catch {
      setError({ code: "NETWORK", message: "" });
      return false;
    } finally {
      setSending(false);
    }
  }

  return { run, error, setError, pending: sending || refreshing, clearError: () => setError(null) };
}
