"use client";
// TanStack Query hooks of the agent's order forms: customer lookup, product search and delivery
// options (network ATP and dates per option) from the internal route handlers.
import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ProductMatch } from "@/lib/catalog";
import type { CustomerListItem } from "@/lib/customers";
import type { DeliveryOption, DeliveryOptionsResult, LineAvailability } from "@/lib/orders";
import type { AddressValues, NewOrderCustomer } from "./customer";

export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly fields: Record<string, string> = {},
    message = `Request failed with ${status}`,
  ) {
    super(message);
  }
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { accept: "application/json", ...(init?.body ? { "content-type": "application/json" } : {}) }, cache: "no-store" });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string; fields?: Record<string, string> } } | null;
    throw new RequestError(res.status, body?.error?.fields ?? {}, body?.error?.message);
  }
  return res.json() as Promise<T>;
}

/** The value once the user has stopped typing for a moment, so each keystroke is not a request. */
export function useDebounced<T>(value: T, ms = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return debounced;
}

export function useCustomerSearch(q: string) {
  const query = useDebounced(q.trim());
  return useQuery({
    queryKey: ["new-order", "customers", query],
    queryFn: () => getJson<{ items: CustomerListItem[]; total: number }>(`/api/orders/customers?q=${encodeURIComponent(query)}`),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export const fetchCustomer = (id: string) => getJson<NewOrderCustomer>(`/api/orders/customers/${encodeURIComponent(id)}`);

export function useProductSearch(q: string) {
  const query = useDebounced(q.trim());
  return useQuery({
    queryKey: ["new-order", "products", query],
    queryFn: () => getJson<{ items: ProductMatch[] }>(`/api/catalog/search?q=${encodeURIComponent(query)}&limit=10`),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

/** An address complete enough to ask for dates (the server checks the rest). */
export function usableAddress(a: AddressValues | null | undefined) {
  if (!a || !a.line1.trim() || !a.city.trim() || a.postalCode.trim().length < 2 || a.country.trim().length !== 2) return undefined;
  return { line1: a.line1.trim(), ...(a.line2.trim() ? { line2: a.line2.trim() } : {}), city: a.city.trim(), postalCode: a.postalCode.trim(), country: a.country.trim().toUpperCase() };
}

const fetchOptions = (body: unknown) => getJson<DeliveryOptionsResult>("/api/orders/delivery-options", { method: "POST", body: JSON.stringify(body) });

/**
 * Options for these lines: ship to the address and pick up at the stores nearest to it, plus one
 * store the agent chose by name (the customer may want a store near work, not home). One entry per
 * input line, in order; pickup options are merged without duplicates.
 */
export function useDeliveryOptions(lines: Array<{ sku: string; qty: number }>, address: AddressValues | null | undefined, extraStore?: string) {
  const shippingAddress = usableAddress(useDebounced(address, 400));
  const cart = useDebounced(lines, 300).filter((l) => l.sku && l.qty >= 1 && l.qty <= 999);
  const enabled = cart.length > 0;
  const [near, chosen] = useQueries({
    queries: [
      {
        queryKey: ["delivery-options", cart, shippingAddress ?? null],
        queryFn: () => fetchOptions({ lines: cart, shippingAddress }),
        enabled: enabled && !!shippingAddress,
        placeholderData: keepPreviousData,
        staleTime: 15_000,
      },
      {
        queryKey: ["delivery-options", cart, shippingAddress ?? null, extraStore ?? null],
        queryFn: () => fetchOptions({ lines: cart, shippingAddress, pickupStore: extraStore }),
        enabled: enabled && !!extraStore,
        placeholderData: keepPreviousData,
        staleTime: 15_000,
      },
    ],
  });
  const bySku = new Map<string, LineAvailability>();
  for (const result of [near.data, chosen.data]) {
    for (const l of result?.lines ?? []) {
      const seen = bySku.get(l.sku);
      if (!seen) {
        bySku.set(l.sku, { ...l, options: [...l.options] });
        continue;
      }
      for (const o of l.options) if (!seen.options.some((s) => sameOption(s, o))) seen.options.push(o);
    }
  }
  return {
    bySku,
    isFetching: near.isFetching || chosen.isFetching,
    isError: (near.isError && !near.data) || (chosen.isError && !chosen.data),
    error: near.error ?? chosen.error,
    refetch: () => {
      void near.refetch();
      void chosen.refetch();
    },
    hasAddress: !!shippingAddress,
  };
}

export const sameOption = (a: Pick<DeliveryOption, "mode" | "node">, b: Pick<DeliveryOption, "mode" | "node">) => a.mode === b.mode && (a.node ?? null) === (b.node ?? null);
