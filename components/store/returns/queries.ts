"use client";
// TanStack Query hooks for the returns counter: the order search, one order as it may still be
// returned, where the returns router would send the units the associate is checking, and what
// receiving them would refund. Keys start with "store" so a store action refreshes them with the
// rest of the store's views.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { OrderForReturn, ProposedDisposition, ReceiptQuote, ReturnableOrder, ReturnConditionInput } from "@/lib/returns/client";
import { getJson, retryTransient, StoreFetchError, type StoreFetchErrorBody } from "../queries";
import type { QuoteRequest } from "./receive-form-model";

/** What a JSON route sends: dates as ISO strings. */
export type Json<T> = T extends Date ? string : T extends Array<infer U> ? Array<Json<U>> : T extends object ? { [K in keyof T]: Json<T[K]> } : T;

export type OrderForReturnJson = Json<OrderForReturn>;
export type ReturnableOrderJson = Json<ReturnableOrder>;

export const returnsKeys = {
  search: (q: string) => ["store", "returns", "search", q] as const,
  order: (orderId: string) => ["store", "returns", "order", orderId] as const,
  dispositions: (nodeId: string, lines: string) => ["store", "returns", "dispositions", nodeId, lines] as const,
  quote: (request: string) => ["store", "returns", "quote", request] as const,
};

/** POSTs JSON to an internal route; a refusal or failure is a StoreFetchError. */
async function postJson<T>(url: string, body: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", headers: { accept: "application/json", "content-type": "application/json" }, body, cache: "no-store" });
  } catch {
    throw new StoreFetchError(0);
  }
  if (!res.ok) throw new StoreFetchError(res.status, ((await res.json().catch(() => ({}))) ?? {}) as StoreFetchErrorBody);
  return res.json() as Promise<T>;
}

/** The value once it has stopped changing for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export const QUOTE_SETTLE_MS = 300;

export type ReceiptQuoteState = { state: "idle" } | { state: "loading" } | { state: "ready"; quote: ReceiptQuote } | { state: "error"; retry: () => void };

/**
 * What receiving these units would refund, asked once the associate stops changing them for a
 * moment. Idle without a request; "loading" while the lines on screen have no answer yet, so the
 * button never announces the refund of lines that have since changed.
 */
export function useReceiptQuote(request: QuoteRequest | null): ReceiptQuoteState {
  const key = request ? JSON.stringify(request) : "";
  const settledKey = useSettled(key, QUOTE_SETTLE_MS);
  const query = useQuery({
    queryKey: returnsKeys.quote(settledKey),
    queryFn: () => postJson<ReceiptQuote>("/api/store/returns/quote", settledKey),
    enabled: settledKey.length > 0,
    staleTime: 30_000,
    retry: retryTransient,
  });
  if (!key) return { state: "idle" };
  if (key !== settledKey || query.isPending || (query.isError && query.isFetching)) return { state: "loading" };
  if (query.isError) return { state: "error", retry: () => void query.refetch() };
  return { state: "ready", quote: query.data };
}


/** Orders matching the search; idle until `q` is set. */
export function useReturnOrderSearch(q: string) {
  return useQuery({
    queryKey: returnsKeys.search(q),
    queryFn: () => getJson<OrderForReturnJson[]>(`/api/store/returns/orders?${new URLSearchParams({ q })}`),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    retry: retryTransient,
  });
}

export function useReturnableOrder(orderId: string | null) {
  return useQuery({
    queryKey: returnsKeys.order(orderId ?? ""),
    queryFn: () => getJson<ReturnableOrderJson>(`/api/store/returns/orders/${encodeURIComponent(orderId ?? "")}`),
    enabled: Boolean(orderId),
    retry: retryTransient,
  });
}

export interface ProposalRequestLine {
  orderLineId: string;
  qty: number;
  condition: ReturnConditionInput;
}

/** The router's proposal for the lines with units and a condition; idle while there are none. */
export function useProposedDispositions(nodeId: string, lines: ProposalRequestLine[]) {
  const encoded = lines.map((l) => `${l.orderLineId}:${l.qty}:${l.condition}`).join(",");
  return useQuery({
    queryKey: returnsKeys.dispositions(nodeId, encoded),
    queryFn: () => getJson<ProposedDisposition[]>(`/api/store/returns/dispositions?${new URLSearchParams({ nodeId, lines: encoded })}`),
    enabled: encoded.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: retryTransient,
  });
}
