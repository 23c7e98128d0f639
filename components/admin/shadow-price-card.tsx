// Network-aware sourcing on the rules page: when the shadow prices of scarce stock were last
// computed, over which demand, and how many (node, SKU) positions they price. Server-rendered from
// the latest ShadowPriceSet (lib/orders getShadowPriceStatus).
import { Card } from "@/components/ui/card";
import { DISPLAY_TIME_ZONE, formatDate, formatDateTime, formatNumber, type Locale, type Translate } from "@/lib/i18n/client";
import type { ShadowPriceStatus } from "@/lib/orders";

export function ShadowPriceCard({ status, enabled, t, locale }: { status: ShadowPriceStatus | null; enabled: boolean; t: Translate; locale: Locale }) {
  return (
    <Card aria-labelledby="shadow-prices-heading">
      <h3 id="shadow-prices-heading" className="mb-1 text-base font-semibold text-slate-900">
        {t("admin.rules.shadowPrices.title")}
      </h3>
      <p className="mb-3 text-sm text-slate-600">{enabled ? t("admin.rules.shadowPrices.enabled") : t("admin.rules.shadowPrices.disabled")}</p>
      {status ? (
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-600">{t("admin.rules.shadowPrices.computedAt")}</dt>
            <dd className="font-medium text-slate-900">{formatDateTime(status.computedAt, locale, DISPLAY_TIME_ZONE)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("admin.rules.shadowPrices.positions")}</dt>
            <dd className="font-medium tabular-nums text-slate-900">
              {t("admin.rules.shadowPrices.positionsValue", { positions: formatNumber(status.priced, locale), skus: formatNumber(status.skus, locale) })}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("admin.rules.shadowPrices.demand")}</dt>
            <dd className="font-medium text-slate-900">
              {t("admin.rules.shadowPrices.demandValue", { from: formatDate(status.demandFrom, locale, DISPLAY_TIME_ZONE), to: formatDate(status.demandTo, locale, DISPLAY_TIME_ZONE), days: status.horizonDays })}
            </dd>
          </div>
        </dl>
      ) : (
        <p className="text-sm text-slate-700">{t("admin.rules.shadowPrices.none")}</p>
      )}
    </Card>
  );
}
