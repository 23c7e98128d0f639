// The store selector for admins on the store screens (a plain GET form, so the choice lives in the
// URL as ?store=).
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { StoreOption } from "@/lib/fulfillment/client";
import type { Translate } from "@/lib/i18n/client";

export function StorePicker({ stores, current, t, action = "/store" }: { stores: StoreOption[]; current: string; t: Translate; action?: string }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="store-picker" className="block text-sm font-medium text-slate-800">
          {t("store.chooseStore")}
        </label>
        <select id="store-picker" name="store" defaultValue={current} className={inputClass(false, "min-h-12 text-base")}>
          {stores.map((s) => (
            <option key={s.code} value={s.code}>
              {s.code} · {s.name} ({s.city})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary", "touch")}>
        {t("store.showStore")}
      </button>
    </form>
  );
}
