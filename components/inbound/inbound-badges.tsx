"use client";
// How a shipment's status and lateness read everywhere: a status badge, and a late badge (with
// the days late) for a shipment still open after its ETA, so a late one stands out in a table.
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/states";
import { Badge, type Tone } from "@/components/ui/badge";
import type { InboundRow } from "@/lib/inventory/client";

const TONE: Record<InboundRow["status"], Tone> = { PLANNED: "neutral", IN_TRANSIT: "info", RECEIVED: "success", CANCELLED: "neutral" };

export function InboundStatusBadge({ status }: { status: InboundRow["status"] }) {
  const { t } = useI18n();
  return <Badge tone={TONE[status]}>{t(`inbound.status.${status}`)}</Badge>;
}

export function LateBadge({ daysLate }: { daysLate: number }) {
  const { t } = useI18n();
  return <Badge tone="danger">{daysLate >= 1 ? t("inbound.lateBy", { days: daysLate }) : t("inbound.late")}</Badge>;
}

/** "Live · updated 14:05:32" while polling works, a notice when the last refresh failed. */
export function InboundLiveStatus({ generatedAt, failed }: { generatedAt: string; failed: boolean }) {
  const { t, locale } = useI18n();
  const time = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { timeStyle: "medium" }).format(new Date(generatedAt));
  return (
    <div className="space-y-2">
      <p className="flex items-center gap-2 text-sm text-slate-800" suppressHydrationWarning>
        <span aria-hidden="true" className={failed ? "h-2 w-2 rounded-full bg-amber-500" : "h-2 w-2 rounded-full bg-emerald-600"} />
        {t("inbound.live", { time })}
      </p>
      {failed ? <Alert tone="warning">{t("inbound.stale", { time })}</Alert> : null}
    </div>
  );
}
