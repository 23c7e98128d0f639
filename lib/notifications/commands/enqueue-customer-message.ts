// Writes one customer e-mail to the outbox inside the caller's transaction, rendered now in the
// customer's language from the order as it stands in that transaction. If the change rolls back, so
// does the message; the dispatcher sends it only after commit.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { fieldIssue, NotFoundError, ValidationError, zodFieldIssues } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import { formatDate, formatMoney } from "@/lib/i18n";
import { renderMessage } from "../render-message";
import type { MessageLine, TemplateData } from "../templates";
import { CHANGE_KINDS, CUSTOMER_TOPICS, MESSAGE_LOCALES, type CustomerTopic, type MessageLocale } from "../topics";
import { trackingUrl } from "../tracking-url";

// Customers' own time zone is not stored; the retailer's home zone is the best guess for delivery
// dates, and pickup dates use the store's zone.
export const DEFAULT_CUSTOMER_TIME_ZONE = "Europe/Paris";

export const enqueueCustomerMessageSchema = z.object({
  topic: z.enum(CUSTOMER_TOPICS),
  orderId: z.string().min(1),
  recipient: z.email(),
  locale: z.enum(MESSAGE_LOCALES).optional(),
  data: z.record(z.string(), z.unknown()).default({}),
});
export type EnqueueCustomerMessageInput = z.input<typeof enqueueCustomerMessageSchema>;

/** What each topic needs from its caller beyond the order itself. */
export const customerTopicDataSchemas = {
  ORDER_CONFIRMED: z.object({}).loose(),
  ORDER_CHANGED: z
    .object({ changes: z.array(z.enum(CHANGE_KINDS)).optional(), priceDifferenceMinor: z.number().int().optional() })
    .loose(),
  ORDER_SHIPPED: z
    .object({ fulfillmentOrderId: z.string().min(1).optional(), carrier: z.string().max(100).optional(), trackingNumber: z.string().max(100).optional() })
    .loose(),
  READY_FOR_PICKUP: z
    .object({ fulfillmentOrderId: z.string().min(1).optional(), pickupCode: z.string().min(1).max(32).optional(), storeName: z.string().max(200).optional() })
    .loose(),
  ORDER_CANCELLED: z
    .object({ lines: z.array(z.object({ lineId: z.string().min(1), qty: z.number().int().positive().optional() })).optional() })
    .loose(),
  PICKUP_EXPIRED: z
    .object({ lines: z.array(z.object({ lineId: z.string().min(1), qty: z.number().int().positive() })).min(1) })
    .loose(),
  REFUNDED: z.object({ amountMinor: z.number().int().positive(), currency: z.string().length(3).optional() }).loose(),
  RETURN_AUTHORISED: z
    .object({
      returnNumber: z.string().min(1),
      method: z.enum(["MAIL", "STORE"]),
      expectedRefundMinor: z.number().int().min(0),
      exchangeOrderNumber: z.string().nullable().optional(),
      lines: z.array(z.object({ lineId: z.string().min(1), qty: z.number().int().positive() })).min(1),
    })
    .loose(),
  RETURN_RECEIVED: z
    .object({
      returnNumber: z.string().min(1),
      method: z.enum(["MAIL", "STORE"]),
      lines: z.array(z.object({ lineId: z.string().min(1), qty: z.number().int().positive() })).min(1),
    })
    .loose(),
} satisfies Record<CustomerTopic, z.ZodType>;

export function messageLocale(explicit: MessageLocale | undefined, customerLocale: string | null | undefined): MessageLocale {
  if (explicit) return explicit;
  return customerLocale === "fr" || customerLocale === "en" ? customerLocale : "en";
}

const ORDER_SELECT = {
  id: true,
  number: true,
  currency: true,
  totalMinor: true,
  promisedDate: true,
  customer: { select: { firstName: true, locale: true } },
  lines: {
    orderBy: { lineNo: "asc" },
    select: {
      id: true,
      qty: true,
      cancelledQty: true,
      deliveryMode: true,
      promisedDate: true,
      sku: { select: { code: true, name: true } },
      pickupNode: { select: { name: true, timeZone: true } },
    },
  },
} satisfies Prisma.OrderSelect;

const NODE_SELECT = { name: true, addressLine1: true, postalCode: true, city: true, timeZone: true } as const;

type OrderRow = Prisma.OrderGetPayload<{ select: typeof ORDER_SELECT }>;
type LineRow = OrderRow["lines"][number];

export async function enqueueCustomerMessage(tx: Tx, input: EnqueueCustomerMessageInput): Promise<{ id: string }> {
  const { topic, orderId, recipient, locale: explicitLocale, data: raw } = parseInput(enqueueCustomerMessageSchema, input);
  const topicData = customerTopicDataSchemas[topic].safeParse(raw);
  if (!topicData.success) {
    const fields = Object.fromEntries(Object.entries(zodFieldIssues(topicData.error)).map(([path, issue]) => [path === "_" ? "data" : `data.${path}`, issue]));
    throw new ValidationError(fields);
  }
  const extra = topicData.data as Record<string, unknown>;

  const order = await tx.order.findUnique({ where: { id: orderId }, select: ORDER_SELECT });
  if (!order) throw new NotFoundError("order", orderId);
  const fulfillment = typeof extra.fulfillmentOrderId === "string" ? await loadFulfillment(tx, order.id, extra.fulfillmentOrderId) : null;
  const message = composeCustomerMessage(topic, order, extra, fulfillment, explicitLocale);
  return tx.outboxMessage.create({
    data: {
      channel: "EMAIL",
      topic,
      orderId: order.id,
      recipient,
      subject: message.subject,
      payload: message.payload as Prisma.InputJsonValue,
      status: "PENDING",
    },
    select: { id: true },
  });
}

/** The order as a message reads it (what ORDER_SELECT loads; the capture hands it in from memory). */
export type MessageOrder = OrderRow;
export type MessageFulfillment = Awaited<ReturnType<typeof loadFulfillment>>;

/**
 * Renders one customer message from the order as it stands, in the customer's language: the
 * subject and the outbox payload (text, html, the template's data and the caller's input).
 */
export function composeCustomerMessage(
  topic: CustomerTopic,
  order: MessageOrder,
  extra: Record<string, unknown>,
  fulfillment: MessageFulfillment | null,
  explicitLocale?: MessageLocale,
): { subject: string; payload: Record<string, unknown> } {
  const locale = messageLocale(explicitLocale, order.customer.locale);
  const date = (d: Date | null | undefined, timeZone = DEFAULT_CUSTOMER_TIME_ZONE) => (d ? formatDate(d, locale, timeZone) : null);
  const money = (minor: number, currency = order.currency) => formatMoney(minor, currency, locale);
  const toLine = (l: LineRow, qty: number): MessageLine => ({
    name: l.sku.name,
    sku: l.sku.code,
    qty,
    mode: l.deliveryMode,
    promisedDate: date(l.promisedDate, l.pickupNode?.timeZone),
    store: l.deliveryMode === "PICKUP" ? (l.pickupNode?.name ?? null) : null,
  });
  const active = (l: LineRow) => l.qty - l.cancelledQty;

  const data: TemplateData = {
    orderNumber: order.number,
    firstName: order.customer.firstName,
    lines: order.lines.filter((l) => active(l) > 0).map((l) => toLine(l, active(l))),
    promisedDate: date(order.promisedDate),
    total: money(order.totalMinor),
    trackingUrl: trackingUrl(order.number),
  };

  const fulfillmentLines = (mode: "SHIP" | "PICKUP") =>
    fulfillment
      ? fulfillment.lines.filter((fl) => fl.qty > 0).flatMap((fl) => {
          const line = order.lines.find((l) => l.id === fl.orderLineId);
          return line ? [toLine(line, fl.qty)] : [];
        })
      : data.lines.filter((l) => l.mode === mode);

  switch (topic) {
    case "ORDER_CONFIRMED": {
      if (typeof extra.paymentUrl === "string" && extra.paymentExpiresAt) {
        data.paymentLink = { url: extra.paymentUrl, amount: money(typeof extra.paymentAmountMinor === "number" ? extra.paymentAmountMinor : order.totalMinor), expires: date(new Date(extra.paymentExpiresAt as string | Date))! };
      }
      break;
    }
    case "ORDER_CHANGED": {
      const diff = typeof extra.priceDifferenceMinor === "number" ? extra.priceDifferenceMinor : 0;
      data.changes = (extra.changes as TemplateData["changes"]) ?? [];
      data.priceDifference = diff ? { amount: money(Math.abs(diff)), direction: diff > 0 ? "charge" : "refund" } : null;
      break;
    }
    case "ORDER_SHIPPED": {
      data.lines = fulfillmentLines("SHIP");
      data.shipment = {
        carrier: (extra.carrier as string | undefined) ?? fulfillment?.carrier ?? null,
        trackingNumber: (extra.trackingNumber as string | undefined) ?? fulfillment?.trackingNumber ?? null,
      };
      if (fulfillment?.promisedDate) data.promisedDate = date(fulfillment.promisedDate);
      break;
    }
    case "READY_FOR_PICKUP": {
      data.lines = fulfillmentLines("PICKUP");
      const store = fulfillment?.pickupNode ?? (fulfillment?.deliveryMode === "PICKUP" ? fulfillment.node : null);
      const code = (extra.pickupCode as string | undefined) ?? fulfillment?.pickupCode ?? null;
      const storeName = (extra.storeName as string | undefined) ?? store?.name ?? data.lines.find((l) => l.store)?.store ?? null;
      if (!code || !storeName) {
        throw new ValidationError({
          ...(code ? {} : { "data.pickupCode": fieldIssue("REQUIRED") }),
          ...(storeName ? {} : { "data.storeName": fieldIssue("REQUIRED") }),
        });
      }
      data.pickup = { code, store: storeName, address: store ? `${store.addressLine1}, ${store.postalCode} ${store.city}` : null };
      data.promisedDate = null;
      break;
    }
    case "ORDER_CANCELLED":
    case "PICKUP_EXPIRED": {
      const requested = extra.lines as Array<{ lineId: string; qty?: number }> | undefined;
      if (requested?.length) {
        data.cancellation = { whole: false };
        data.lines = requested.map((r) => {
          const line = order.lines.find((l) => l.id === r.lineId);
          if (!line) throw new NotFoundError("orderLine", r.lineId);
          return toLine(line, r.qty ?? (line.cancelledQty || line.qty));
        });
      } else {
        data.cancellation = { whole: true };
        data.lines = order.lines.map((l) => toLine(l, l.qty));
      }
      break;
    }
    case "REFUNDED": {
      data.refund = { amount: money(extra.amountMinor as number, (extra.currency as string | undefined) ?? order.currency) };
      data.lines = [];
      break;
    }
    case "RETURN_AUTHORISED":
    case "RETURN_RECEIVED": {
      const returned = extra.lines as Array<{ lineId: string; qty: number }>;
      data.lines = returned.map((r) => {
        const line = order.lines.find((l) => l.id === r.lineId);
        if (!line) throw new NotFoundError("orderLine", r.lineId);
        return { ...toLine(line, r.qty), promisedDate: null, store: null, mode: "SHIP" as const };
      });
      data.promisedDate = null;
      data.returnInfo = {
        number: extra.returnNumber as string,
        method: extra.method as "MAIL" | "STORE",
        expectedRefund: typeof extra.expectedRefundMinor === "number" && extra.expectedRefundMinor > 0 ? money(extra.expectedRefundMinor) : null,
        exchangeOrderNumber: (extra.exchangeOrderNumber as string | null | undefined) ?? null,
      };
      break;
    }
    default:
      break;
  }

  const rendered = renderMessage(topic, locale, data);
  const payload = { locale, text: rendered.text, html: rendered.html, data, input: extra };
  return { subject: rendered.subject, payload: JSON.parse(JSON.stringify(payload)) as Record<string, unknown> };
}

async function loadFulfillment(tx: Tx, orderId: string, id: string) {
  const fo = await tx.fulfillmentOrder.findFirst({
    where: { id, orderId },
    select: {
      deliveryMode: true,
      carrier: true,
      trackingNumber: true,
      pickupCode: true,
      promisedDate: true,
      node: { select: NODE_SELECT },
      pickupNode: { select: NODE_SELECT },
      lines: { select: { orderLineId: true, qty: true } },
    },
  });
  if (!fo) throw new NotFoundError("fulfillmentOrder", id);
  return fo;
}
