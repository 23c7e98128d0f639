// What each stock figure means, one click away from the tables that show them. `cover` adds the
// days-of-cover line with the alert rules' figures (the positions screen shows that column).
import type { Translate } from "@/lib/i18n/client";

const KEYS = ["onHand", "reserved", "inTransit", "onDemand", "safetyStock", "atp", "problems"] as const;

export function ColumnDefinitions({ t, cover }: { t: Translate; cover?: { windowDays: number; horizonDays: number } }) {
  return (
    <details className="mt-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">{t("inventory.definitions.title")}</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
        {KEYS.map((k) => (
          <li key={k}>{cover && k === "onDemand" ? t("inventoryTable.definitions.onDemand") : t(`inventory.definitions.${k}`)}</li>
        ))}
        {cover ? <li>{t("inventoryTable.definitions.daysOfCover", { window: cover.windowDays, days: cover.horizonDays })}</li> : null}
      </ul>
    </details>
  );
}
