// The KPI period as links (?days=7|30|90): the choice lives in the URL and works without JavaScript.
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { KPI_PERIODS } from "@/lib/analytics/client";
import type { Translate } from "@/lib/i18n/client";

export function PeriodPicker({ current, t }: { current: number; t: Translate }) {
  return (
    <nav aria-label={t("kpis.periodLabel")} className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 shadow-sm">
      {KPI_PERIODS.map((days) => (
        <Link
          key={days}
          href={`/kpis?days=${days}`}
          aria-current={days === current ? "page" : undefined}
          className={cn("rounded px-3 py-1.5 text-sm font-medium", days === current ? "bg-brand-700 text-white" : "text-slate-800 hover:bg-slate-100")}
        >
          {t("kpis.periodDays", { days })}
        </Link>
      ))}
    </nav>
  );
}
