// One order: header, lines, fulfilment per node, payments, holds, notes, returns, the sourcing
// decision and the timeline, with the agent's actions (those the rules allow for its status).
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
  Timeline,
} from "@/components/orders/order-detail";
import { SourcingPanel } from "@/components/orders/sourcing/sourcing-panel";
import { SourcingSummaryCard } from "@/components/orders/sourcing/summary-card";
import { OrderStatusBadge } from "@/components/orders/status-badges";
import { OrderActionBar } from "@/components/orders/actions/order-action-bar";
import { OrderActionsProvider } from "@/components/orders/actions/order-actions-context";
import { LineActions, ReleaseHoldButton } from "@/components/orders/actions/line-actions";
import { can, requirePageActor } from "@/lib/auth";
import { listNetworkNodes } from "@/lib/catalog";
import { getPublishedRules } from "@/lib/rules";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/states";
import { getDb } from "@/lib/db";
import { formatDate, formatDateTime, getTranslator } from "@/lib/i18n";
import { AGENT_TIME_ZONE, getOrderDetail, getSourcingHistory, unitsValueMinor, type SourcingHistory } from "@/lib/orders";
import { listOrderAppeasements } from "@/lib/returns";
import { AppeasementsCard } from "@/components/orders/actions/appeasements-card";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ number: string }>; searchParams?: Promise<{ placed?: string }> };

export async function generateMetadata({ params }: Params) {
  const { t } = await getTranslator();
  const { number } = await params;
  return { title: t("orders.detail.title", { number: decodeURIComponent(number) }) };
}

export default async function OrderPage({ params, searchParams }: Params) {
  const number = decodeURIComponent((await params).number);
  const actor = await requirePageActor("order.view", `/orders/${encodeURIComponent(number)}`);
  const { t, locale } = await getTranslator();
  // An over-long or blank number is simply not an order.
  if (!number.trim() || number.length > 64) notFound();
  const db = await getDb();
  const order = await getOrderDetail(db, actor, { number });
  if (!order) notFound();
  const [{ definition: modification }, network] = await Promise.all([getPublishedRules(db, "MODIFICATION"), listNetworkNodes(db, { type: "STORE" })]);
  const pickupStores = network.items.filter((n) => n.canPickup).map((n) => ({ code: n.code, name: n.name, city: n.city }));
  const rights = { modify: can(actor.role, "order.modify"), cancel: can(actor.role, "order.cancel"), releaseHold: can(actor.role, "order.hold.release"), addNote: can(actor.role, "order.note.add") };
  const acts = rights.modify || rights.cancel;
  const shippingAddress = order.shipLine1
    ? { name: order.shipName ?? "", line1: order.shipLine1, line2: order.shipLine2 ?? "", city: order.shipCity ?? "", postalCode: order.shipPostalCode ?? "", country: order.shipCountry ?? "FR" }
    : null;
  const hasShipLines = order.lines.some((l) => l.deliveryMode === "SHIP" && l.status !== "CANCELLED");
  // Returns start once some units reached the customer; the return dialog says what each line allows.
  const delivered =
    order.fulfillmentOrders.some((fo) => ["SHIPPED", "DELIVERED", "PICKED_UP"].includes(fo.status)) ||
    order.lines.some((l) => ["SHIPPED", "DELIVERED", "PICKED_UP", "RETURN_REQUESTED", "RETURNED"].includes(l.status));
  const appeasements = await listOrderAppeasements(db, actor, { orderId: order.id });
  // The explanation panel says so when its history cannot be read; the rest of the page stands.
  const sourcingHistory: SourcingHistory | null = await getSourcingHistory(db, actor, { orderId: order.id }).catch(() => null);
  const returnsOffer = {
    canReturn: can(actor.role, "return.create") && delivered,
    canRefund: can(actor.role, "return.refund"),
    canAppease: can(actor.role, "order.appeasement") && order.status !== "CANCELLED",
    appeasementLines: order.lines.filter((l) => l.qty > l.cancelledQty).map((l) => ({ id: l.id, lineNo: l.lineNo, sku: l.sku.code, valueMinor: unitsValueMinor(l, l.qty - l.cancelledQty) })),
    totalMinor: order.totalMinor,
    currency: order.currency,
  };
  return (
    <OrderActionsProvider
      orderId={order.id}
      number={order.number}
      version={order.version}
      status={order.status}
      allowed={modification.byStatus[order.status]}
      can={rights}
      shippingAddress={shippingAddress}
    >
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
      {(await searchParams)?.placed === "1" ? (
        <div className="mb-4">
          <Alert tone="success">{t("orders.newOrder.placed", { number: order.number })}</Alert>
        </div>
      ) : null}
      <OrderActionBar pickupStores={pickupStores} hasShipLines={hasShipLines} returns={returnsOffer} />
      <div className="space-y-6">
        <OrderSummaryCards order={order} t={t} locale={locale} />
        <OrderLinesTable
          order={order}
          t={t}
          locale={locale}
          lineActions={
            acts
              ? (l) => (
                  <LineActions
                    status={l.status}
                    pickupStores={pickupStores}
                    line={{ id: l.id, lineNo: l.lineNo, sku: l.sku.code, name: l.sku.name, openQty: l.qty - l.cancelledQty, deliveryMode: l.deliveryMode, pickupStore: l.pickupNode?.code ?? null }}
                  />
                )
              : undefined
          }
        />
        <FulfillmentOrders order={order} t={t} locale={locale} />
        <SourcingPanel history={sourcingHistory} currency={order.currency} t={t} locale={locale} />
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="space-y-6">
            <SourcingSummaryCard order={order} t={t} locale={locale} />
            <PaymentsCard order={order} t={t} locale={locale} />
            <AppeasementsCard items={appeasements} currency={order.currency} canDecide={can(actor.role, "order.appeasement.approve")} />
            <ReturnsCard order={order} t={t} locale={locale} />
          </div>
          <div className="space-y-6">
            <HoldsCard order={order} t={t} locale={locale} holdAction={rights.releaseHold ? (h) => h.type === "PAYMENT" ? null : <ReleaseHoldButton hold={{ id: h.id, typeLabel: t(`orders.holdType.${h.type}`), reason: h.reason }} /> : undefined} />
            <NotesCard order={order} t={t} locale={locale} />
            <Timeline order={order} t={t} locale={locale} />
          </div>
        </div>
      </div>
    </OrderActionsProvider>
  );
}
