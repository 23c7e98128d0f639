"use client";
// TanStack Query hook for the alerts: the whole set polled every 4 seconds, so a new alert shows
// within 5. The summary on the overview and the /alerts page share the one key (and the one request).
import { useQuery } from "@tanstack/react-query";
import type { Alerts } from "@/lib/analytics/client";
import { getJson, retryTransient } from "@/components/store/queries";

export const ALERTS_POLL_MS = 4_000;

export const alertKeys = {
  all: ["alerts"] as const,
};

/** The alerts, kept live; `initialData` when a page rendered them on the server. */
export function useAlerts(initialData?: Alerts) {
  return useQuery({
    queryKey: alertKeys.all,
    queryFn: () => getJson<Alerts>("/api/alerts"),
    initialData,
    initialDataUpdatedAt: initialData ? Date.parse(initialData.generatedAt) : undefined,
    refetchInterval: ALERTS_POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: ALERTS_POLL_MS,
    retry: retryTransient,
  });
}
