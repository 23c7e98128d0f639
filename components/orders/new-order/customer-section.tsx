"use client";
// Step one of a phone order: find the caller among existing customers (name, e-mail, phone) or
// take a new customer's details (the form's fields, checked by the capture's customer schema).
import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { NewOrderCustomer } from "./customer";
import { fetchCustomer, useCustomerSearch } from "./queries";

export interface NewCustomerValues {
  name: string;
  email: string;
  phone: string;
}

export function CustomerSection({
  mode,
  onMode,
  customer,
  onSelect,
  register,
  errors,
}: {
  mode: "existing" | "new";
  onMode: (m: "existing" | "new") => void;
  customer: NewOrderCustomer | null;
  onSelect: (c: NewOrderCustomer | null) => void;
  /** The new customer's fields, registered with the form. */
  register: (key: keyof NewCustomerValues) => UseFormRegisterReturn;
  /** By path: "customerId" (the search, while nobody is selected), "customer.name"... */
  errors: Record<string, string | undefined>;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const [loadingId, setLoadingId] = useState<string | null>(null);
  const [loadError, setLoadError] = useState(false);
  const search = useCustomerSearch(mode === "existing" && !customer ? q : "");

  const select = async (id: string) => {
    setLoadingId(id);
    setLoadError(false);
    try {
      onSelect(await fetchCustomer(id));
    } catch {
      setLoadError(true);
    } finally {
      setLoadingId(null);
    }
  };

  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="sr-only">{t("orders.newOrder.customer.kind")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["existing", "new"] as const).map((m) => (
            <label key={m} className="flex items-center gap-2">
              <input type="radio" name="customer-kind" checked={mode === m} onChange={() => onMode(m)} />
              {t(`orders.newOrder.customer.${m}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {mode === "existing" ? (
        customer ? (
          <div className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-brand-700 bg-brand-50 p-3">
            <div className="text-sm">
              <p className="font-medium text-slate-900">
                {customer.name} <span className="font-normal text-slate-700">({customer.number})</span>
              </p>
              <p className="text-slate-800">{customer.email}</p>
              {customer.phone ? <p className="text-slate-800">{customer.phone}</p> : null}
            </div>
            <Button variant="secondary" size="sm" onClick={() => onSelect(null)}>
              {t("orders.newOrder.customer.change")}
            </Button>
          </div>
        ) : (
          <div>
            <label htmlFor="customer-q" className="block text-sm font-medium text-slate-800">
              {t("orders.newOrder.customer.search")}
            </label>
            <input
              id="customer-q"
              type="search"
              autoComplete="off"
              className={inputClass(!!errors.customerId, "mt-1")}
              value={q}
              placeholder={t("orders.newOrder.customer.placeholder")}
              onChange={(e) => setQ(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") e.preventDefault();
              }}
              aria-describedby={errors.customerId ? "customer-q-error" : undefined}
            />
            {errors.customerId ? (
              <p id="customer-q-error" className="mt-1 text-sm text-red-700">
                {errors.customerId}
              </p>
            ) : null}
            <div aria-live="polite" className="mt-2">
              {loadError ? <p role="alert" className="text-sm text-red-800">{t("orders.newOrder.customer.loadError")}</p> : null}
              {q.trim().length < 2 ? null : search.isError ? (
                <p role="alert" className="text-sm text-red-800">
                  {t("orders.newOrder.customer.error")}{" "}
                  <Button variant="secondary" size="sm" onClick={() => void search.refetch()}>
                    {t("orders.newOrder.options.retry")}
                  </Button>
                </p>
              ) : !search.data ? (
                <p className="text-sm text-slate-700">{t("orders.newOrder.customer.searching")}</p>
              ) : search.data.items.length === 0 ? (
                <p className="text-sm text-slate-700">
                  {t("orders.newOrder.customer.none")}{" "}
                  <Button variant="ghost" size="sm" onClick={() => onMode("new")}>
                    {t("orders.newOrder.customer.createInstead")}
                  </Button>
                </p>
              ) : (
                <ul aria-label={t("orders.newOrder.customer.results")} className="divide-y divide-slate-100 rounded-md border border-slate-200">
                  {search.data.items.map((c) => (
                    <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 p-2 text-sm">
                      <span>
                        <span className="font-medium text-slate-900">
                          {c.firstName} {c.lastName}
                        </span>{" "}
                        <span className="text-slate-700">
                          · {c.email}
                          {c.phone ? ` · ${c.phone}` : ""}
                          {c.postalCode ? ` · ${c.postalCode} ${c.city ?? ""}` : ""}
                        </span>
                      </span>
                      <Button variant="secondary" size="sm" disabled={loadingId === c.id} onClick={() => void select(c.id)} aria-label={t("orders.newOrder.customer.select", { name: `${c.firstName} ${c.lastName}` })}>
                        {t("orders.newOrder.customer.selectShort")}
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )
      ) : (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field id="customer-name" label={t("orders.newOrder.customer.name")} error={errors["customer.name"]}>
            {(props) => <input {...props} autoComplete="name" className={inputClass(!!props["aria-invalid"])} {...register("name")} />}
          </Field>
          <Field id="customer-email" label={t("orders.newOrder.customer.email")} error={errors["customer.email"]}>
            {(props) => <input {...props} type="email" autoComplete="email" className={inputClass(!!props["aria-invalid"])} {...register("email")} />}
          </Field>
          <Field id="customer-phone" label={t("orders.newOrder.customer.phone")} error={errors["customer.phone"]}>
            {(props) => <input {...props} type="tel" autoComplete="tel" className={inputClass(!!props["aria-invalid"])} {...register("phone")} />}
          </Field>
        </div>
      )}
    </div>
  );
}
