"use client";
// Finding an item while the customer describes it: search by SKU code or name, with the network's
// units available now and, near the customer, the ship-to-home date and the pickup stores' dates.
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { formatMoney, formatNumber } from "@/lib/i18n/client";
import type { ProductMatch } from "@/lib/catalog/client";
import type { AddressValues } from "./customer";
import { OptionFacts, useOptionLabel } from "./delivery-option-picker";
import { useDeliveryOptions, useProductSearch } from "./queries";

export function ProductSearch({ idPrefix, address, extraStore, onAdd, addLabel }: { idPrefix: string; address: AddressValues | null; extraStore?: string; onAdd: (p: ProductMatch) => void; addLabel: (p: ProductMatch) => string }) {
  const { t, locale } = useI18n();
  const [q, setQ] = useState("");
  const search = useProductSearch(q);
  const items = q.trim().length >= 2 ? (search.data?.items ?? []) : [];
  const options = useDeliveryOptions(
    items.map((i) => ({ sku: i.sku, qty: 1 })),
    address,
    extraStore,
  );
  const optionLabel = useOptionLabel();
  const inputId = `${idPrefix}-q`;
  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {t("orders.newOrder.products.search")}
      </label>
      <input
        id={inputId}
        type="search"
        className={inputClass(false, "mt-1")}
        value={q}
        placeholder={t("orders.newOrder.products.placeholder")}
        autoComplete="off"
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") e.preventDefault();
        }}
        aria-describedby={`${inputId}-hint`}
      />
      <p id={`${inputId}-hint`} className="mt-1 text-xs text-slate-600">
        {t("orders.newOrder.products.hint")}
      </p>
      <div aria-live="polite" className="mt-2">
        {q.trim().length < 2 ? null : search.isError ? (
          <p role="alert" className="text-sm text-red-800">
            {t("orders.newOrder.products.error")}{" "}
            <Button variant="secondary" size="sm" onClick={() => void search.refetch()}>
              {t("orders.newOrder.options.retry")}
            </Button>
          </p>
        ) : !search.data ? (
          <p className="text-sm text-slate-700">{t("orders.newOrder.products.searching")}</p>
        ) : items.length === 0 ? (
          <p className="text-sm text-slate-700">{t("orders.newOrder.products.none", { q: q.trim() })}</p>
        ) : (
          <ul aria-label={t("orders.newOrder.products.results")} className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {items.map((p) => {
              const near = options.bySku.get(p.sku);
              return (
                <li key={p.sku} aria-label={`${p.name} (${p.sku})`} className="flex flex-wrap items-start justify-between gap-3 p-3">
                  <div className="min-w-0 flex-1">
                    <p className="font-medium text-slate-900">{p.name}</p>
                    <p className="text-sm text-slate-700">
                      <span className="font-mono text-xs">{p.sku}</span> · {formatMoney(p.priceMinor, p.currency, locale)} · {t("orders.newOrder.products.networkAtp", { units: formatNumber(p.networkAtp, locale) })}
                    </p>
                    {near ? (
                      <ul className="mt-1 space-y-0.5">
                        {near.options.map((o) => (
                          <li key={`${o.mode}-${o.node ?? "home"}`} className="text-sm">
                            <span className="text-slate-900">{optionLabel(o)}</span>: <OptionFacts option={o} requested={1} />
                          </li>
                        ))}
                      </ul>
                    ) : options.hasAddress || extraStore ? (
                      <p className="mt-1 text-xs text-slate-600">{options.isError ? t("orders.newOrder.options.error") : t("orders.newOrder.options.loading")}</p>
                    ) : (
                      <p className="mt-1 text-xs text-slate-600">{t("orders.newOrder.options.needAddress")}</p>
                    )}
                  </div>
                  <Button variant="secondary" size="sm" onClick={() => onAdd(p)} aria-label={addLabel(p)}>
                    {t("orders.newOrder.products.add")}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
