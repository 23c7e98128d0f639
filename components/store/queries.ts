"use client";
// TanStack Query hook for the live store queue: polls the internal route every 30 seconds, starting
// from the data the server rendered so the first paint needs no request.
import { useQuery } from "@tanstack/react-query";
import type { StoreQueue } from "@/lib/fulfillment/store-queue-shape";

export const STORE_QUEUE_POLL_MS = 30_000;

export class QueueFetchError extends Error {
  constructor(readonly status: number) {
    super(`Store queue request failed with ${status}`);
  }
}

async function fetchStoreQueue(storeCode: string): Promise<StoreQueue> {
  const res = await fetch(`/api/store/queue?store=${encodeURIComponent(storeCode)}`, { headers: { accept: "application/json" }, cache: "no-store" });
  if (!res.ok) throw new QueueFetchError(res.status);
  return res.json();
}

export function useStoreQueue(initialData: StoreQueue) {
  const code = initialData.store.code;
  return useQuery({
    queryKey: ["store-queue", code],
    queryFn: () => fetchStoreQueue(code),
    initialData,
    // The server's render is fresh; the first poll comes a full interval later.
    initialDataUpdatedAt: Date.parse(initialData.generatedAt),
    refetchInterval: STORE_QUEUE_POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: STORE_QUEUE_POLL_MS,
  });
}
