// The returns list's filters: one search box plus status, method, age and receiving node, in a GET
// form (the filters live in the URL), and a chip per status with how many returns it would show.
import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { inputClass } from "@/components/ui/field";
import { ReturnStatus } from "@/generated/prisma/enums";
import { formatNumber, type Locale, type Translate } from "@/lib/i18n/client";
import { queryString } from "@/components/ui/pagination";

export interface ReturnFilterValues {
  q?: string;
  status?: string;
  method?: string;
  olderThanDays?: string;
  node?: string;
}

const labelClass = "block text-sm font-medium text-slate-800";

export function ReturnsFilters({ values, ageBuckets, errors, showNode, t }: { values: ReturnFilterValues; ageBuckets: readonly number[]; errors: string[]; showNode: boolean; t: Translate }) {
  const hasFilters = Object.values(values).some(Boolean);
  const invalid = (f: string) => errors.includes(f);
  return (
    <Form key={JSON.stringify(values)} action="/returns" role="search" aria-label={t("returns.filters.label")} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-[minmax(16rem,2fr)_1fr_1fr_1fr_1fr]">
        <div className="sm:col-span-2 lg:col-span-4 xl:col-span-1">
          <label htmlFor="returns-q" className={labelClass}>
            {t("returns.filters.q")}
          </label>
          <input id="returns-q" name="q" type="search" defaultValue={values.q} placeholder={t("returns.filters.qPlaceholder")} className={inputClass(invalid("q"), "mt-1")} autoComplete="off" />
        </div>
        <div>
          <label htmlFor="returns-status" className={labelClass}>
            {t("returns.filters.status")}
          </label>
          <select id="returns-status" name="status" defaultValue={values.status ?? ""} className={inputClass(invalid("status"), "mt-1")}>
            <option value="">{t("returns.filters.any")}</option>
            {Object.values(ReturnStatus).map((s) => (
              <option key={s} value={s}>
                {t(`returns.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="returns-method" className={labelClass}>
            {t("returns.filters.method")}
          </label>
          <select id="returns-method" name="method" defaultValue={values.method ?? ""} className={inputClass(invalid("method"), "mt-1")}>
            <option value="">{t("returns.filters.any")}</option>
            <option value="MAIL">{t("returns.method.MAIL")}</option>
            <option value="STORE">{t("returns.method.STORE")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="returns-age" className={labelClass}>
            {t("returns.filters.age")}
          </label>
          <select id="returns-age" name="olderThanDays" defaultValue={values.olderThanDays ?? ""} className={inputClass(invalid("olderThanDays"), "mt-1")}>
            <option value="">{t("returns.filters.any")}</option>
            {[...new Set([...ageBuckets.map(String), ...(values.olderThanDays ? [values.olderThanDays] : [])])].map((d) => (
              <option key={d} value={d}>
                {t("returns.filters.olderThan", { days: d })}
              </option>
            ))}
          </select>
        </div>
        {showNode ? (
          <div>
            <label htmlFor="returns-node" className={labelClass}>
              {t("returns.filters.node")}
            </label>
            <input id="returns-node" name="node" defaultValue={values.node} placeholder={t("returns.filters.nodePlaceholder")} className={inputClass(invalid("node"), "mt-1 uppercase")} autoComplete="off" />
          </div>
        ) : null}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit">{t("returns.filters.submit")}</Button>
        {hasFilters ? (
          <Link href="/returns" className="text-sm font-medium text-brand-700 underline">
            {t("returns.filters.clear")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

/** One link per status with its count under the other filters; the current one is marked. */
export function StatusChips({ values, counts, t, locale }: { values: ReturnFilterValues; counts: Record<ReturnStatus, number>; t: Translate; locale: Locale }) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const href = (status?: string) => `/returns${queryString({ ...values, status })}`;
  const chip = (active: boolean) =>
    cn(
      "inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium",
      active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
    );
  return (
    <nav aria-label={t("returns.filters.chips")} className="mt-4">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link href={href(undefined)} className={chip(!values.status)} aria-current={!values.status ? "page" : undefined}>
            {t("returns.filters.allStatuses")} <span className="tabular-nums">{formatNumber(total, locale)}</span>
          </Link>
        </li>
        {Object.values(ReturnStatus)
          .filter((s) => counts[s] > 0 || values.status === s)
          .map((s) => (
            <li key={s}>
              <Link href={href(s)} className={chip(values.status === s)} aria-current={values.status === s ? "page" : undefined}>
                {t(`returns.status.${s}`)} <span className="tabular-nums">{formatNumber(counts[s], locale)}</span>
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
