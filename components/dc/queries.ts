"use client";
// TanStack Query hook for the DC console: one DC's page of open work and its counts, polled every
// 10 seconds. Keys start with "dc" so a fulfilment step taken on a work screen refreshes them all
// (see components/store/use-store-action.ts).
import { useQuery } from "@tanstack/react-query";
import { queryString } from "@/components/ui/pagination";
import type { DcConsole } from "@/lib/fulfillment/client";
import { getJson, retryTransient } from "@/components/store/queries";

export const DC_CONSOLE_POLL_MS = 10_000;

export const dcKeys = {
  all: ["dc"] as const,
  console: (node: string, status: string | null, cursor: string | null) => ["dc", "console", node, status ?? "", cursor ?? ""] as const,
};

/** The console as the page rendered it, kept live; `cursor` is the page's (null for the first). */
export function useDcConsole(initialData: DcConsole, cursor: string | null) {
  const node = initialData.dc.code;
  const status = initialData.status;
  return useQuery({
    queryKey: dcKeys.console(node, status, cursor),
    queryFn: () => getJson<DcConsole>(`/api/dc/work${queryString({ node, status, cursor })}`),
    initialData,
    // The server's render is fresh; the first poll comes a full interval later.
    initialDataUpdatedAt: Date.parse(initialData.generatedAt),
    refetchInterval: DC_CONSOLE_POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: DC_CONSOLE_POLL_MS,
    retry: retryTransient,
  });
}
