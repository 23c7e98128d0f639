// What browser code may load from the notifications context: the customer topics and change kinds
// (the outbox screen filters and labels them) and the shapes that screen shows. No transports, no
// database.
export { CUSTOMER_TOPICS, CHANGE_KINDS, MESSAGE_LOCALES, isCustomerTopic } from "./topics";
export type { CustomerTopic, ChangeKind, MessageLocale } from "./topics";
export type { DeliveryInfo } from "./queries/delivery-info";
export type { OutboxList, OutboxListItem } from "./queries/list-outbox";
export type { OutboxMessageDetail } from "./queries/get-outbox-message";
