// The agent's order search: one box plus status, channel and dates. A GET form, so the filters live
// in the URL (back button, shareable links) and it works before JavaScript loads.
import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Channel, OrderStatus } from "@/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/client";

export interface OrderSearchValues {
  q?: string;
  status?: string;
  channel?: string;
  from?: string;
  to?: string;
}

const labelClass = "block text-sm font-medium text-slate-800";

export function OrderSearchForm({ values, errors, t }: { values: OrderSearchValues; errors?: Record<string, string>; t: Translate }) {
  const hasFilters = Object.values(values).some(Boolean);
  return (
    // The key remounts the form when the URL changes (e.g. a figure link), so fields show the URL's state.
    <Form key={JSON.stringify(values)} action="/orders" role="search" aria-label={t("orders.search.label")} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-[minmax(18rem,2fr)_1fr_1fr_auto_auto]">
        <div className="sm:col-span-2 lg:col-span-4 xl:col-span-1">
          <label htmlFor="orders-q" className={labelClass}>
            {t("orders.search.q")}
          </label>
          <input id="orders-q" name="q" type="search" defaultValue={values.q} placeholder={t("orders.search.qPlaceholder")} className={inputClass(false, "mt-1")} autoComplete="off" />
        </div>
        <div>
          <label htmlFor="orders-status" className={labelClass}>
            {t("orders.search.status")}
          </label>
          <select id="orders-status" name="status" defaultValue={values.status ?? ""} className={inputClass(Boolean(errors?.status), "mt-1")}>
            <option value="">{t("orders.search.any")}</option>
            {Object.values(OrderStatus).map((s) => (
              <option key={s} value={s}>
                {t(`orders.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="orders-channel" className={labelClass}>
            {t("orders.search.channel")}
          </label>
          <select id="orders-channel" name="channel" defaultValue={values.channel ?? ""} className={inputClass(Boolean(errors?.channel), "mt-1")}>
            <option value="">{t("orders.search.any")}</option>
            {Object.values(Channel).map((c) => (
              <option key={c} value={c}>
                {t(`orders.channel.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="orders-from" className={labelClass}>
            {t("orders.search.from")}
          </label>
          <input id="orders-from" name="from" type="date" defaultValue={values.from} className={inputClass(Boolean(errors?.from), "mt-1")} aria-invalid={errors?.from ? true : undefined} />
        </div>
        <div>
          <label htmlFor="orders-to" className={labelClass}>
            {t("orders.search.to")}
          </label>
          <input id="orders-to" name="to" type="date" defaultValue={values.to} className={inputClass(Boolean(errors?.to), "mt-1")} aria-invalid={errors?.to ? true : undefined} />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit">{t("orders.search.submit")}</Button>
        {hasFilters ? (
          <Link href="/orders" className="text-sm font-medium text-brand-700 underline">
            {t("orders.search.clear")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
