"use client";
// What the order may still return, with the user's limits, loaded when a return or goodwill dialog
// opens (TanStack Query: one request for both dialogs, refreshed when the order's version changes).
import { useQuery } from "@tanstack/react-query";
import { getReturnableOrderAction } from "@/app/(app)/returns/actions";
import type { ReturnableOrder } from "@/lib/returns/client";

/** Roles without a limit get the largest safe integer from the policy: shown as "no limit". */
export const NO_LIMIT = Number.MAX_SAFE_INTEGER / 2;

export function useReturnableOrder(orderId: string, version: number) {
  return useQuery({
    queryKey: ["returns", "returnable", orderId, version],
    staleTime: 15_000,
    queryFn: async (): Promise<ReturnableOrder> => {
      const result = await getReturnableOrderAction({ orderId });
      if (!result.ok) throw new Error(result.error.code);
      // Dates come back from a server action as Date objects; keep them so.
      return result.data;
    },
  });
}
