"use client";
// TanStack Query hooks for the store screens: the live queue (polled every 4 seconds, so new work
// appears within 5), one fulfilment order's work, and the counter's pickup search. Every key starts
// with "store" so an action can refresh them all at once (see use-store-action.ts).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ErrorParams, FieldIssues } from "@/lib/errors";
import type { StoreQueue } from "@/lib/fulfillment/client";
import type { FulfillmentWork } from "@/lib/fulfillment/client";

export const STORE_QUEUE_POLL_MS = 4_000;
export const WORK_POLL_MS = 5_000;

export const storeKeys = {
  all: ["store"] as const,
  queue: (storeCode: string) => ["store", "queue", storeCode] as const,
  work: (id: string) => ["store", "work", id] as const,
  pickups: (q: string) => ["store", "pickups", q] as const,
};

/** A route's refusal (lib/http.ts): the code and parameters a screen says in the user's language, per field too. */
export interface StoreFetchErrorBody {
  error?: { code?: string; message?: string; params?: ErrorParams; fields?: Record<string, string>; fieldCodes?: FieldIssues };
}

/** A refused or failed request; `status` 0 when the server did not answer. */
export class StoreFetchError extends Error {
  constructor(
    readonly status: number,
    readonly body: StoreFetchErrorBody = {},
  ) {
    super(`Store request failed with ${status}`);
  }
}

/** GETs an internal JSON route; a refusal or failure is a StoreFetchError (the DC console uses it too). */
export async function getJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
  } catch {
    throw new StoreFetchError(0);
  }
  if (!res.ok) throw new StoreFetchError(res.status, ((await res.json().catch(() => ({}))) ?? {}) as StoreFetchErrorBody);
  return res.json() as Promise<T>;
}

/** 403 and 404 will not change by asking again. */
export const retryTransient = (count: number, error: Error) => !(error instanceof StoreFetchError && [401, 403, 404, 422].includes(error.status)) && count < 1;

export function useStoreQueue(initialData: StoreQueue) {
  const code = initialData.store.code;
  return useQuery({
    queryKey: storeKeys.queue(code),
    queryFn: () => getJson<StoreQueue>(`/api/store/queue?store=${encodeURIComponent(code)}`),
    initialData,
    // The server's render is fresh; the first poll comes a full interval later.
    initialDataUpdatedAt: Date.parse(initialData.generatedAt),
    refetchInterval: STORE_QUEUE_POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: STORE_QUEUE_POLL_MS,
    retry: retryTransient,
  });
}

export function useFulfillmentWork(initialData: FulfillmentWork) {
  return useQuery({
    queryKey: storeKeys.work(initialData.id),
    queryFn: () => getJson<FulfillmentWork>(`/api/store/work/${encodeURIComponent(initialData.id)}`),
    // Counted as fetched when the screen mounts (the server rendered it just now).
    initialData,
    refetchInterval: WORK_POLL_MS,
    refetchIntervalInBackground: false,
    staleTime: WORK_POLL_MS,
    retry: retryTransient,
  });
}

/** Ready pickups at the store matching a code, an order number or a name; idle until `q` is set. */
export function usePickupSearch(q: string, storeCode?: string) {
  const params = new URLSearchParams({ q });
  if (storeCode) params.set("store", storeCode);
  return useQuery({
    queryKey: [...storeKeys.pickups(q), storeCode ?? ""],
    queryFn: () => getJson<FulfillmentWork[]>(`/api/store/pickups?${params}`),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    refetchInterval: WORK_POLL_MS,
    refetchIntervalInBackground: false,
    retry: retryTransient,
  });
}
