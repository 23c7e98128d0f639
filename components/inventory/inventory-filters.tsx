// The inventory filters as a plain GET form: the state lives in the URL, so links and the back
// button work, and it needs no JavaScript. Every figure can be sorted on, both ways.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { InventoryFilterOptions, ListPositionsFilters, PositionProblem, PositionSort } from "@/lib/inventory/client";
import type { Translate } from "@/lib/i18n/client";

const PROBLEMS: PositionProblem[] = ["any", "outOfStock", "belowSafety", "atRisk"];
const SORTS: PositionSort[] = ["sku", "onHand", "reserved", "safetyStock", "atp", "inTransit", "nextEta", "onDemand", "daysOfCover"];

function Select({ id, name, label, value, children }: { id: string; name: string; label: string; value: string | undefined; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={inputClass()}>
        {children}
      </select>
    </div>
  );
}

export function InventoryFilters({ options, values, t }: { options: InventoryFilterOptions; values: ListPositionsFilters; t: Translate }) {
  const singleNode = options.nodes.length === 1;
  return (
    <form method="get" action="/inventory" aria-label={t("inventory.filters.label")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4 xl:items-end">
      <div>
        <label htmlFor="inv-q" className="block text-sm font-medium text-slate-800">
          {t("inventory.filters.search")}
        </label>
        <input id="inv-q" name="q" type="search" defaultValue={values.q ?? ""} className={inputClass()} />
      </div>
      {singleNode ? null : (
        <>
          <Select id="inv-node" name="node" label={t("inventory.filters.node")} value={values.node}>
            <option value="">{t("inventory.filters.allNodes")}</option>
            {options.nodes.map((n) => (
              <option key={n.code} value={n.code}>
                {n.code} · {n.name} ({t(`inventory.nodeType.${n.type}`)})
              </option>
            ))}
          </Select>
          <Select id="inv-node-type" name="nodeType" label={t("inventoryTable.filters.nodeType")} value={values.nodeType}>
            <option value="">{t("inventoryTable.filters.allNodeTypes")}</option>
            {options.nodeTypes.map((type) => (
              <option key={type} value={type}>
                {t(`inventory.nodeType.${type}`)}
              </option>
            ))}
          </Select>
          <Select id="inv-region" name="region" label={t("inventoryTable.filters.region")} value={values.region}>
            <option value="">{t("inventoryTable.filters.allRegions")}</option>
            {options.regions.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </Select>
        </>
      )}
      <Select id="inv-category" name="category" label={t("inventory.filters.category")} value={values.category}>
        <option value="">{t("inventory.filters.allCategories")}</option>
        {options.categories.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </Select>
      <Select id="inv-problem" name="problem" label={t("inventoryTable.filters.problem")} value={values.problem}>
        <option value="">{t("inventoryTable.filters.anyPosition")}</option>
        {PROBLEMS.map((p) => (
          <option key={p} value={p}>
            {t(`inventoryTable.filters.problems.${p}`)}
          </option>
        ))}
      </Select>
      <fieldset>
        <legend className="block text-sm font-medium text-slate-800">{t("inventoryTable.filters.atpRange")}</legend>
        <div className="flex items-center gap-2">
          <input name="atpMin" type="number" min={0} inputMode="numeric" aria-label={t("inventoryTable.filters.atpMin")} defaultValue={values.atpMin ?? ""} className={inputClass(false, "w-24")} />
          <span className="text-sm text-slate-700" aria-hidden="true">
            {t("inventoryTable.filters.and")}
          </span>
          <input name="atpMax" type="number" min={0} inputMode="numeric" aria-label={t("inventoryTable.filters.atpMax")} defaultValue={values.atpMax ?? ""} className={inputClass(false, "w-24")} />
        </div>
      </fieldset>
      <div className="grid grid-cols-2 gap-2">
        <Select id="inv-sort" name="sort" label={t("inventoryTable.filters.sort")} value={values.sort}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`inventoryTable.sort.${s}`)}
            </option>
          ))}
        </Select>
        <Select id="inv-dir" name="dir" label={t("inventoryTable.filters.dir")} value={values.dir}>
          <option value="asc">{t("inventoryTable.filters.asc")}</option>
          <option value="desc">{t("inventoryTable.filters.desc")}</option>
        </Select>
      </div>
      <div className="flex flex-wrap items-center gap-2 md:col-span-2 lg:col-span-3 xl:col-span-1">
        <button type="submit" className={buttonClass("primary", "md")}>
          {t("inventory.filters.apply")}
        </button>
        <Link href="/inventory" className={buttonClass("ghost", "md")}>
          {t("inventory.filters.reset")}
        </Link>
      </div>
    </form>
  );
}
