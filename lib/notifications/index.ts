// Public face of the notifications context: customer messages and webhooks written to the outbox in
// the caller's transaction, the dispatcher that sends them after commit, and the admin's view of it.
export { CUSTOMER_TOPICS, CHANGE_KINDS, MESSAGE_LOCALES, isCustomerTopic } from "./topics";
export type { CustomerTopic, ChangeKind, MessageLocale } from "./topics";
export {
  enqueueCustomerMessage,
  composeCustomerMessage,
  enqueueCustomerMessageSchema,
  customerTopicDataSchemas,
  messageLocale,
} from "./commands/enqueue-customer-message";
export type { EnqueueCustomerMessageInput, MessageOrder, MessageFulfillment } from "./commands/enqueue-customer-message";
export { enqueueWebhook, enqueueWebhookSchema } from "./commands/enqueue-webhook";
export type { EnqueueWebhookInput } from "./commands/enqueue-webhook";
export { dispatchOutbox, backoffMs, BACKOFF_MS, DEFAULT_MAX_ATTEMPTS } from "./commands/dispatch-outbox";
export type { DispatchOutboxOptions, DispatchOutboxResult } from "./commands/dispatch-outbox";
export { retryOutboxMessage, retryOutboxMessageSchema } from "./commands/retry-outbox-message";
export type { RetryOutboxMessageInput } from "./commands/retry-outbox-message";
export { listOutbox, listOutboxSchema } from "./queries/list-outbox";
export type { ListOutboxInput, OutboxList, OutboxListItem } from "./queries/list-outbox";
export { getOutboxMessage, getOutboxMessageSchema } from "./queries/get-outbox-message";
export type { GetOutboxMessageInput, OutboxMessageDetail } from "./queries/get-outbox-message";
export type { DeliveryInfo } from "./queries/delivery-info";
export { renderMessage } from "./render-message";
export { TEMPLATES } from "./templates";
export type { LocaleTemplates, MessageLine, TemplateData, TopicTemplate } from "./templates";
export type { RenderedMessage } from "./render-message";
export { trackingUrl } from "./tracking-url";
export { smtpTransport } from "./transports/smtp";
export { webhookTransport } from "./transports/webhook";
export { localTransport } from "./transports/local";
export { transportFromEnv } from "./transports/from-env";
export type { Transport, OutboxDelivery, DeliveryReceipt } from "./transports/types";
export { startOutboxDispatcher, dispatcherStatus, DISPATCH_INTERVAL_MS } from "./start-dispatcher";
export type { DispatcherStatus } from "./start-dispatcher";
export { getOutboxBacklog } from "./queries/outbox-backlog";
export type { OutboxBacklog } from "./queries/outbox-backlog";
