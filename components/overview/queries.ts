"use client";
// TanStack Query hooks for the supply-chain dashboards: the network overview and one SKU's
// drill-down, each polled every 3 seconds so figures refresh within 5 without a reload.
import { useQuery } from "@tanstack/react-query";
import { getJson, retryTransient } from "@/components/store/queries";
import { queryString } from "@/components/ui/pagination";
import type { NetworkOverview, SkuHistory, SkuInventory } from "@/lib/inventory/client";

export const DASHBOARD_POLL_MS = 3_000;

export interface SkuDrillDown {
  inventory: SkuInventory;
  history: SkuHistory;
}
export interface SkuDrillDownParams {
  sort: string | null;
  node: string | null;
  cursor: string | null;
}

export const overviewKeys = {
  all: ["overview"] as const,
  network: () => ["overview", "network"] as const,
  sku: (sku: string, p: SkuDrillDownParams) => ["overview", "sku", sku, p.sort ?? "", p.node ?? "", p.cursor ?? ""] as const,
};

const live = { refetchInterval: DASHBOARD_POLL_MS, refetchIntervalInBackground: false, staleTime: DASHBOARD_POLL_MS, retry: retryTransient } as const;

/** The overview as the page rendered it, kept live. */
export function useNetworkOverview(initialData: NetworkOverview) {
  return useQuery({
    queryKey: overviewKeys.network(),
    queryFn: () => getJson<NetworkOverview>("/api/overview"),
    initialData,
    // The server's render is fresh; the first poll comes a full interval later.
    initialDataUpdatedAt: Date.parse(initialData.generatedAt),
    ...live,
  });
}

/** One SKU's positions and history as the page rendered them (same sort, node and ledger page), kept live. */
export function useSkuDrillDown(initialData: SkuDrillDown, params: SkuDrillDownParams) {
  const sku = initialData.inventory.sku.code;
  return useQuery({
    queryKey: overviewKeys.sku(sku, params),
    queryFn: () => getJson<SkuDrillDown>(`/api/inventory/${encodeURIComponent(sku)}${queryString({ sort: params.sort, node: params.node, cursor: params.cursor })}`),
    initialData,
    initialDataUpdatedAt: Date.parse(initialData.history.generatedAt),
    ...live,
  });
}
