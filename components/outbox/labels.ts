// Catalogue labels for outbox values that are not all known in advance (webhook topics are free text).
import type { Translate } from "@/lib/i18n/client";
import { isCustomerTopic, type DeliveryInfo } from "@/lib/notifications/client";

export function topicLabel(t: Translate, topic: string): string {
  return isCustomerTopic(topic) ? t(`outbox.topics.${topic}`) : topic;
}

export function deliveryLabel(t: Translate, delivery: DeliveryInfo): string {
  switch (delivery.transport) {
    case "local":
      return t("outbox.delivery.local");
    case "smtp":
      return t("outbox.delivery.smtp");
    case "webhook":
      return t("outbox.delivery.webhook");
    default:
      return t("outbox.delivery.other");
  }
}
