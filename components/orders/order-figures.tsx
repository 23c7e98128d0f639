// Figures above the agent's order list; each one opens the list filtered to exactly those orders.
import Link from "next/link";
import type { OrderFigures as Figures } from "@/lib/orders/client";
import { formatNumber, type Locale, type Translate } from "@/lib/i18n/client";

export function OrderFigures({ figures, t, locale }: { figures: Figures; t: Translate; locale: Locale }) {
  const items = [
    { label: t("orders.figures.placedToday"), value: figures.placedToday, href: `/orders?from=${figures.today}&to=${figures.today}` },
    { label: t("orders.figures.onHold"), value: figures.onHold, href: "/orders?status=ON_HOLD", attention: figures.onHold > 0 },
    { label: t("orders.figures.backordered"), value: figures.backordered, href: "/orders?status=BACKORDERED", attention: figures.backordered > 0 },
    { label: t("orders.figures.returnRequested"), value: figures.returnRequested, href: "/orders?status=RETURN_REQUESTED" },
  ];
  return (
    <section aria-label={t("orders.figures.label")} className="mb-6">
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className={`block rounded-lg border bg-white p-4 shadow-sm hover:border-brand-700 focus-visible:outline-2 ${item.attention ? "border-amber-400" : "border-slate-200"}`}
            >
              <span className="block text-sm text-slate-700">{item.label}</span>
              <span className="mt-1 block text-2xl font-semibold tabular-nums text-slate-900">{formatNumber(item.value, locale)}</span>
              <span className="mt-1 block text-xs font-medium text-brand-700">{t("orders.figures.showList")} →</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
