// The inbound list's filters: a plain GET form, so a filtered list is a shareable URL and works
// without script. Status defaults to open shipments.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { Translate } from "@/lib/i18n/client";
import { INBOUND_STATUSES, INBOUND_TYPES } from "@/lib/inventory/client";
import type { InboundFilters as Filters } from "./queries";

export function InboundFilters({ t, filters, nodes }: { t: Translate; filters: Filters; nodes: Array<{ code: string; name: string }> }) {
  return (
    <form method="get" action="/inventory/inbound" aria-label={t("inbound.list.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[minmax(15rem,1.2fr)_1fr_1fr_1fr_1fr_auto] lg:items-end">
      <div className="space-y-1">
        <label htmlFor="inbound-status" className="block text-sm font-medium text-slate-800">
          {t("inbound.list.statusLabel")}
        </label>
        <select id="inbound-status" name="status" defaultValue={filters.status ?? "OPEN"} className={inputClass()}>
          <option value="OPEN">{t("inbound.list.statusOpen")}</option>
          <option value="ALL">{t("inbound.list.statusAll")}</option>
          {INBOUND_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`inbound.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="inbound-type" className="block text-sm font-medium text-slate-800">
          {t("inbound.list.typeLabel")}
        </label>
        <select id="inbound-type" name="type" defaultValue={filters.type ?? ""} className={inputClass()}>
          <option value="">{t("inbound.list.typeAll")}</option>
          {INBOUND_TYPES.map((s) => (
            <option key={s} value={s}>
              {t(`inbound.type.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {nodes.length > 1 ? (
        <div className="space-y-1">
          <label htmlFor="inbound-node" className="block text-sm font-medium text-slate-800">
            {t("inbound.list.nodeLabel")}
          </label>
          <select id="inbound-node" name="node" defaultValue={filters.node ?? ""} className={inputClass()}>
            <option value="">{t("inbound.list.nodeAll")}</option>
            {nodes.map((n) => (
              <option key={n.code} value={n.code}>
                {n.name} ({n.code})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="space-y-1 lg:col-span-2">
        <label htmlFor="inbound-q" className="block text-sm font-medium text-slate-800">
          {t("inbound.list.q")}
        </label>
        <input id="inbound-q" name="q" type="search" defaultValue={filters.q ?? ""} className={inputClass()} />
      </div>
      <div className="flex items-center gap-2 pb-2">
        <input id="inbound-late" name="late" type="checkbox" value="1" defaultChecked={filters.late === "1"} className="h-4 w-4 rounded border-slate-400" />
        <label htmlFor="inbound-late" className="text-sm font-medium text-slate-800">
          {t("inbound.list.lateOnly")}
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className={buttonClass("primary")}>
          {t("inbound.list.apply")}
        </button>
        <Link href="/inventory/inbound" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          {t("inbound.list.clear")}
        </Link>
      </div>
    </form>
  );
}
