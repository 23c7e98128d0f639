// The DC selector on the DC console: a plain GET form, so the choice lives in the URL as ?node=
// (and choosing another DC starts again from its first page of open work).
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { DcOption } from "@/lib/fulfillment/client";
import type { Translate } from "@/lib/i18n/client";

export function DcPicker({ dcs, current, t }: { dcs: DcOption[]; current: string; t: Translate }) {
  return (
    <form method="get" action="/dc" className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="dc-picker" className="block text-sm font-medium text-slate-800">
          {t("dc.picker.label")}
        </label>
        <select id="dc-picker" name="node" defaultValue={current} className={inputClass(false)}>
          {dcs.map((d) => (
            <option key={d.code} value={d.code}>
              {d.code} · {d.name} ({d.city})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary", "md")}>
        {t("dc.picker.submit")}
      </button>
    </form>
  );
}
