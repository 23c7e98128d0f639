// English customer messages. These are the texts customers receive, not UI strings, so they live
// here with their topic logic rather than in the UI catalogues.
import type { ChangeKind } from "../topics";
import type { LocaleTemplates } from "./types";

const CHANGE: Record<ChangeKind, string> = {
  ADDRESS: "the delivery address",
  DELIVERY_METHOD: "the delivery method",
  PICKUP_STORE: "the pickup store",
  QUANTITY: "quantities",
  LINES_ADDED: "added items",
  LINES_REMOVED: "removed items",
  PROMISED_DATE: "the expected date",
};

export const en: LocaleTemplates = {
  greeting: (firstName) => `Hello ${firstName},`,
  linesHeading: (topic) => (topic === "ORDER_CANCELLED" || topic === "PICKUP_EXPIRED" ? "Cancelled items:" : "Your items:"),
  line: (l) => {
    const when = l.promisedDate ? (l.mode === "PICKUP" ? `, ready on ${l.promisedDate}` : `, expected ${l.promisedDate}`) : "";
    const where = l.mode === "PICKUP" && l.store ? ` (pickup at ${l.store})` : "";
    return `${l.qty} × ${l.name}${where}${when}`;
  },
  promised: (date) => `Expected by: ${date}`,
  total: (amount) => `Order total: ${amount}`,
  trackIntro: "Follow your order at any time:",
  trackLinkLabel: "Track my order",
  signOff: "Thank you for shopping with us.",
  footer: "This message was sent about your order. Please do not reply to it.",
  topics: {
    ORDER_CONFIRMED: {
      subject: (d) => `Your order ${d.orderNumber} is confirmed`,
      body: (d) =>
        d.paymentLink
          ? [`Thank you for your order ${d.orderNumber}. We will prepare it as soon as it is paid.`, `Pay ${d.paymentLink.amount} securely here (the link works until ${d.paymentLink.expires}): ${d.paymentLink.url}`]
          : [`Thank you for your order ${d.orderNumber}. We have received it and are preparing it.`],
    },
    ORDER_CHANGED: {
      subject: (d) => `Your order ${d.orderNumber} has been changed`,
      body: (d) => {
        const what = d.changes?.length ? ` We updated ${d.changes.map((c) => CHANGE[c]).join(", ")}.` : "";
        const price = d.priceDifference
          ? d.priceDifference.direction === "charge"
            ? ` The difference of ${d.priceDifference.amount} will be charged to your payment method.`
            : ` The difference of ${d.priceDifference.amount} will be refunded to your payment method.`
          : "";
        return [`Your order ${d.orderNumber} has been changed as requested.${what}${price}`, "Here is your order as it stands now."];
      },
    },
    ORDER_SHIPPED: {
      subject: (d) => `Your order ${d.orderNumber} is on its way`,
      body: (d) => {
        const parts = [`Good news: a parcel from your order ${d.orderNumber} has left us.`];
        if (d.shipment?.trackingNumber) {
          parts.push(`Carrier: ${d.shipment.carrier ?? "our carrier"}, tracking number ${d.shipment.trackingNumber}.`);
        }
        return parts;
      },
    },
    READY_FOR_PICKUP: {
      subject: (d) => `Your order ${d.orderNumber} is ready for pickup`,
      body: (d) => [
        `Your items are waiting for you at ${d.pickup?.store ?? "the store"}${d.pickup?.address ? `, ${d.pickup.address}` : ""}.`,
        `Your pickup code: ${d.pickup?.code ?? ""}. Show it with an ID at the counter.`,
      ],
    },
    ORDER_CANCELLED: {
      subject: (d) => (d.cancellation?.whole ? `Your order ${d.orderNumber} has been cancelled` : `Items of your order ${d.orderNumber} have been cancelled`),
      body: (d) => {
        const head = d.cancellation?.whole
          ? `Your order ${d.orderNumber} has been cancelled.`
          : `Some items of your order ${d.orderNumber} have been cancelled; the rest of your order goes ahead.`;
        return [head, "You will not be charged for the cancelled items."];
      },
    },
    PICKUP_EXPIRED: {
      subject: (d) => `Your pickup for order ${d.orderNumber} has been cancelled`,
      body: (d) => [
        `The items of your order ${d.orderNumber} below waited for you in store and were not collected in time, so we have cancelled them.`,
        "You will not be charged for them. You are welcome to order them again.",
      ],
    },
    REFUNDED: {
      subject: (d) => `Refund for your order ${d.orderNumber}`,
      body: (d) => [
        `We have refunded ${d.refund?.amount ?? ""} for your order ${d.orderNumber}.`,
        "Depending on your bank, it may take a few days to appear on your account.",
      ],
    },
    RETURN_AUTHORISED: {
      subject: (d) => `Your return ${d.returnInfo?.number ?? ""} for order ${d.orderNumber} is authorised`,
      body: (d) => [
        `We have authorised your return ${d.returnInfo?.number ?? ""} for order ${d.orderNumber}.`,
        d.returnInfo?.method === "STORE"
          ? `Bring the items and this number (${d.returnInfo?.number ?? ""}) to any of our stores; the counter will take them back.`
          : `Pack the items with this number (${d.returnInfo?.number ?? ""}) written on a slip inside the parcel, and post it to the address on the return label.`,
        ...(d.returnInfo?.expectedRefund ? [`Once we receive them, we will refund ${d.returnInfo.expectedRefund}.`] : []),
        ...(d.returnInfo?.exchangeOrderNumber ? [`Your replacement is order ${d.returnInfo.exchangeOrderNumber}; we will tell you when it is on its way.`] : []),
      ],
    },
    RETURN_RECEIVED: {
      subject: (d) => `We have received your return ${d.returnInfo?.number ?? ""}`,
      body: (d) => [`We have received the items of your return ${d.returnInfo?.number ?? ""} for order ${d.orderNumber}.`, "We will confirm the refund in a separate message."],
    },
  },
};
