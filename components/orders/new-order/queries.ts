"use client";
// TanStack Query hooks of the agent's order forms: customer lookup, product search and delivery
// options (network ATP and dates per option) from the internal route handlers, and the phone
// order's quote (price and dates of the cart as it will be placed) from its server action.
import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ProductMatch } from "@/lib/catalog/client";
import type { CustomerListItem } from "@/lib/customers/client";
import { addressSchema, quoteOrderSchema, type DeliveryOption, type DeliveryOptionsResult, type LineAvailability, type OrderQuote, type QuoteOrderInput } from "@/lib/orders/client";
import { quoteOrderAction } from "@/app/(app)/orders/new/actions";
import type { ActionError } from "@/lib/actions";
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

/** The address once the address schema accepts it (enough to ask for dates), else undefined. */
export function usableAddress(a: AddressValues | null | undefined) {
  const parsed = addressSchema.safeParse(a);
  return parsed.success ? parsed.data : undefined;
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

/** The quote's refusal, with the server's code and field issues for the form to say. */
export class QuoteError extends Error {
  constructor(readonly error: ActionError) {
    super(error.message);
  }
}

/**
 * The server's price and dates for the cart as the agent has it, once the quote's schema accepts it
 * (lines with a whole quantity; the address and promo code when they are usable). `current` is false
 * while the shown quote is for an earlier cart, so the read-back can wait for the fresh one.
 */
export function useOrderQuote(cart: unknown) {
  const parsed = quoteOrderSchema.safeParse(cart);
  const input: QuoteOrderInput | null = parsed.success ? parsed.data : null;
  const wanted = useDebounced(input, 300);
  const query = useQuery({
    queryKey: ["order-quote", wanted],
    queryFn: async () => {
      const result = await quoteOrderAction(wanted);
      if (!result.ok) throw new QuoteError(result.error);
      return result.data;
    },
    enabled: !!wanted,
    placeholderData: keepPreviousData,
    staleTime: 15_000,
    retry: false,
  });
  const current = !!input && JSON.stringify(input) === JSON.stringify(wanted) && !query.isFetching && !query.isPlaceholderData && query.isSuccess;
  return { quote: input ? (query.data as OrderQuote | undefined) : undefined, current, isError: query.isError, error: query.error instanceof QuoteError ? query.error.error : null, isFetching: query.isFetching || (!!input && JSON.stringify(input) !== JSON.stringify(wanted)), refetch: () => void query.refetch(), hasCart: !!input };
}
