// Status badges for orders, lines and fulfilment orders: one tone per stage, the name from the catalogue.
import { Badge, type Tone } from "@/components/ui/badge";
import type { FulfillmentStatus, LineStatus, OrderStatus } from "@/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/client";

const ORDER_TONE: Record<OrderStatus, Tone> = {
  CREATED: "neutral",
  ON_HOLD: "warning",
  SCHEDULED: "info",
  BACKORDERED: "warning",
  RELEASED: "info",
  IN_FULFILLMENT: "info",
  FULFILLED: "success",
  COMPLETED: "success",
  CANCELLED: "danger",
  RETURN_REQUESTED: "warning",
  RETURNED: "neutral",
  REFUNDED: "neutral",
};

const LINE_TONE: Record<LineStatus, Tone> = {
  CREATED: "neutral",
  BACKORDERED: "warning",
  SCHEDULED: "info",
  RELEASED: "info",
  PICKING: "info",
  PACKED: "info",
  SHIPPED: "success",
  READY_FOR_PICKUP: "success",
  DELIVERED: "success",
  PICKED_UP: "success",
  CANCELLED: "danger",
  RETURN_REQUESTED: "warning",
  RETURNED: "neutral",
};

const FULFILLMENT_TONE: Record<FulfillmentStatus, Tone> = {
  CREATED: "neutral",
  RELEASED: "info",
  PICKING: "info",
  PACKED: "info",
  SHIPPED: "success",
  IN_TRANSIT_TO_STORE: "info",
  RECEIVED_AT_STORE: "info",
  READY_FOR_PICKUP: "success",
  DELIVERED: "success",
  PICKED_UP: "success",
  CANCELLED: "danger",
};

export function OrderStatusBadge({ status, t }: { status: OrderStatus; t: Translate }) {
  return <Badge tone={ORDER_TONE[status]}>{t(`orders.status.${status}`)}</Badge>;
}

export function LineStatusBadge({ status, t }: { status: LineStatus; t: Translate }) {
  return <Badge tone={LINE_TONE[status]}>{t(`orders.lineStatus.${status}`)}</Badge>;
}

export function FulfillmentStatusBadge({ status, t }: { status: FulfillmentStatus; t: Translate }) {
  return <Badge tone={FULFILLMENT_TONE[status]}>{t(`orders.fulfillmentStatus.${status}`)}</Badge>;
}

export { FULFILLMENT_TONE };
