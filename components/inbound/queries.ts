"use client";
// TanStack Query hooks for the inbound supply screens: the list and a shipment's detail, polled
// every 4 seconds so a receipt recorded elsewhere (a warehouse system, a colleague) shows within 5;
// and the nodes with free units of a SKU for the transfer form. Keys start with "inbound" so an
// action can refresh them all.
import { useQuery } from "@tanstack/react-query";
import { getJson, retryTransient } from "@/components/store/queries";
import { queryString } from "@/components/ui/pagination";
import type { InboundDetail, InboundPage, TransferSource } from "@/lib/inventory/client";

export const INBOUND_POLL_MS = 4_000;

export interface InboundFilters {
  status?: string;
  type?: string;
  node?: string;
  late?: string;
  q?: string;
  cursor?: string;
}

export const inboundKeys = {
  all: ["inbound"] as const,
  list: (f: InboundFilters) => ["inbound", "list", f.status ?? "", f.type ?? "", f.node ?? "", f.late ?? "", f.q ?? "", f.cursor ?? ""] as const,
  detail: (reference: string) => ["inbound", "detail", reference] as const,
  sources: (sku: string, toNode: string) => ["inbound", "sources", sku, toNode] as const,
};

const live = <T extends { generatedAt: string }>(initialData: T) => ({
  initialData,
  // The server's render is fresh; the first poll comes a full interval later.
  initialDataUpdatedAt: Date.parse(initialData.generatedAt),
  refetchInterval: INBOUND_POLL_MS,
  refetchIntervalInBackground: false,
  staleTime: INBOUND_POLL_MS,
  retry: retryTransient,
});

export function useInboundList(initialData: InboundPage, filters: InboundFilters) {
  return useQuery({ queryKey: inboundKeys.list(filters), queryFn: () => getJson<InboundPage>(`/api/inbound${queryString({ ...filters })}`), ...live(initialData) });
}

export function useInboundDetail(initialData: InboundDetail) {
  return useQuery({ queryKey: inboundKeys.detail(initialData.reference), queryFn: () => getJson<InboundDetail>(`/api/inbound/${encodeURIComponent(initialData.reference)}`), ...live(initialData) });
}

export function useTransferSources(sku: string, toNode: string) {
  const code = sku.trim();
  return useQuery({
    queryKey: inboundKeys.sources(code.toUpperCase(), toNode),
    queryFn: () => getJson<{ sources: TransferSource[] }>(`/api/inbound/sources${queryString({ sku: code, toNode: toNode || undefined })}`),
    enabled: code.length >= 2,
    staleTime: 30_000,
    retry: retryTransient,
  });
}
