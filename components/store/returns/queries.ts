"use client";
// TanStack Query hooks for the returns counter: the order search, one order as it may still be
// returned, and where the returns router would send the units the associate is checking. Keys start
// with "store" so a store action refreshes them with the rest of the store's views.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { OrderForReturn, ProposedDisposition, ReturnableOrder, ReturnConditionInput } from "@/lib/returns";
import { getJson, retryTransient } from "../queries";

/** What a JSON route sends: dates as ISO strings. */
export type Json<T> = T extends Date ? string : T extends Array<infer U> ? Array<Json<U>> : T extends object ? { [K in keyof T]: Json<T[K]> } : T;

export type OrderForReturnJson = Json<OrderForReturn>;
export type ReturnableOrderJson = Json<ReturnableOrder>;

export const returnsKeys = {
  search: (q: string) => ["store", "returns", "search", q] as const,
  order: (orderId: string) => ["store", "returns", "order", orderId] as const,
  dispositions: (nodeId: string, lines: string) => ["store", "returns", "dispositions", nodeId, lines] as const,
};

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
