// One order, read-only for now: header, lines, fulfilment per node, payments, holds, notes,
// returns, the sourcing decision and the timeline.
import { notFound } from "next/navigation";
import Link from "next/link";
import {
  FulfillmentOrders,
  HoldsCard,
  NotesCard,
  OrderLinesTable,
  OrderSummaryCards,
  PaymentsCard,
  ReturnsCard,
  SourcingSummaryCard,
  Timeline,
} from "@/components/orders/order-detail";
import { OrderStatusBadge } from "@/components/orders/status-badges";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { formatDate, formatDateTime } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { AGENT_TIME_ZONE, getOrderDetail } from "@/lib/orders";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Params) {
  const { t } = await getTranslator();
  const { number } = await params;
  return { title: t("orders.detail.title", { number: decodeURIComponent(number) }) };
}

export default async function OrderPage({ params }: Params) {
  const number = decodeURIComponent((await params).number);
  const actor = await requirePageActor("order.view", `/orders/${encodeURIComponent(number)}`);
  const { t, locale } = await getTranslator();
  // An over-long or blank number is simply not an order.
  if (!number.trim() || number.length > 64) notFound();
  const order = await getOrderDetail(await getDb(), actor, { number });
  if (!order) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/orders" className="text-brand-700 underline">
          ← {t("orders.detail.back")}
        </Link>
      </p>
      <PageHeader
        title={t("orders.detail.title", { number: order.number })}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <OrderStatusBadge status={order.status} t={t} />
            <span>{t(`orders.channel.${order.channel}`)}</span>
            <span>
              {t("orders.detail.placed")} {formatDateTime(order.placedAt, locale, AGENT_TIME_ZONE)}
            </span>
            {order.promisedDate ? (
              <span>
                {t("orders.detail.promised")} {formatDate(order.promisedDate, locale, AGENT_TIME_ZONE)}
              </span>
            ) : null}
            <span className="text-xs">{t("orders.detail.version", { version: order.version })}</span>
          </span>
        }
      />
      <div className="space-y-6">
        <OrderSummaryCards order={order} t={t} locale={locale} />
        <OrderLinesTable order={order} t={t} locale={locale} />
        <FulfillmentOrders order={order} t={t} locale={locale} />
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="space-y-6">
            <SourcingSummaryCard order={order} t={t} locale={locale} />
            <PaymentsCard order={order} t={t} locale={locale} />
            <ReturnsCard order={order} t={t} locale={locale} />
          </div>
          <div className="space-y-6">
            <HoldsCard order={order} t={t} locale={locale} />
            <NotesCard order={order} t={t} locale={locale} />
            <Timeline order={order} t={t} locale={locale} />
          </div>
        </div>
      </div>
    </>
  );
}
