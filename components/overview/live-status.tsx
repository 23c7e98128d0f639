"use client";
// "Live · updated 14:05:32" for a view that polls, with a notice when the last refresh failed (the
// figures on screen stay, with their time). Only live views show it.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/states";
import { formatClockSeconds } from "./format";

export function LiveStatus({ generatedAt, failed }: { generatedAt: string; failed: boolean }) {
  const { t, locale } = useI18n();
  const time = formatClockSeconds(generatedAt, locale);
  return (
    <div className="space-y-2">
      <p className="flex items-center gap-2 text-sm text-slate-800" suppressHydrationWarning>
        <span aria-hidden="true" className={failed ? "h-2 w-2 rounded-full bg-amber-500" : "h-2 w-2 rounded-full bg-emerald-600"} />
        {t("overview.live", { time })}
      </p>
      {failed ? <Alert tone="warning">{t("overview.stale", { time })}</Alert> : null}
    </div>
  );
}
