// The inventory filters as a plain GET form: the state lives in the URL, so links and the back
// button work, and it needs no JavaScript.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { InventoryFilterOptions } from "@/lib/inventory/client";
import type { Translate } from "@/lib/i18n/client";

export interface InventoryFilterValues {
  q?: string;
  node?: string;
  category?: string;
  problems: boolean;
}

export function InventoryFilters({ options, values, t }: { options: InventoryFilterOptions; values: InventoryFilterValues; t: Translate }) {
  const singleNode = options.nodes.length === 1;
  return (
    <form method="get" action="/inventory" aria-label={t("inventory.filters.label")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-2 xl:grid-cols-[2fr_1fr_1fr_auto] xl:items-end">
      <div>
        <label htmlFor="inv-q" className="block text-sm font-medium text-slate-800">
          {t("inventory.filters.search")}
        </label>
        <input id="inv-q" name="q" type="search" defaultValue={values.q ?? ""} className={inputClass()} />
      </div>
      {singleNode ? null : (
        <div>
          <label htmlFor="inv-node" className="block text-sm font-medium text-slate-800">
            {t("inventory.filters.node")}
          </label>
          <select id="inv-node" name="node" defaultValue={values.node ?? ""} className={inputClass()}>
            <option value="">{t("inventory.filters.allNodes")}</option>
            {options.nodes.map((n) => (
              <option key={n.code} value={n.code}>
                {n.code} · {n.name} ({t(`inventory.nodeType.${n.type}`)})
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="inv-category" className="block text-sm font-medium text-slate-800">
          {t("inventory.filters.category")}
        </label>
        <select id="inv-category" name="category" defaultValue={values.category ?? ""} className={inputClass()}>
          <option value="">{t("inventory.filters.allCategories")}</option>
          {options.categories.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className={buttonClass("primary", "md")}>
          {t("inventory.filters.apply")}
        </button>
        <Link href="/inventory" className={buttonClass("ghost", "md")}>
          {t("inventory.filters.reset")}
        </Link>
      </div>
      <div className="flex items-center gap-2 md:col-span-2 xl:col-span-4">
        <input id="inv-problems" name="problems" type="checkbox" value="1" defaultChecked={values.problems} className="h-5 w-5 rounded border-slate-400" />
        <label htmlFor="inv-problems" className="text-sm text-slate-800">
          {t("inventory.filters.problems")}
        </label>
      </div>
    </form>
  );
}
