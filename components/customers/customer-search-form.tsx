// The customer search box: a GET form, so the search lives in the URL.
import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { Translate } from "@/lib/i18n/client";

export function CustomerSearchForm({ q, t }: { q?: string; t: Translate }) {
  return (
    <Form key={q ?? ""} action="/customers" role="search" aria-label={t("customers.search.label")} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <label htmlFor="customers-q" className="block text-sm font-medium text-slate-800">
        {t("customers.search.q")}
      </label>
      <div className="mt-1 flex flex-wrap gap-3">
        <input id="customers-q" name="q" type="search" defaultValue={q} placeholder={t("customers.search.qPlaceholder")} className={inputClass(false, "max-w-xl flex-1")} autoComplete="off" />
        <Button type="submit">{t("customers.search.submit")}</Button>
        {q ? (
          <Link href="/customers" className="self-center text-sm font-medium text-brand-700 underline">
            {t("customers.search.clear")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
