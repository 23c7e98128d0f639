// Public face of the fulfilment context: work per node (the store queue now; pick, pack, ship and
// pickup commands come later).
export { getStoreQueue, storeQueueInputSchema } from "./queries/store-queue";
export type { StoreQueueInput } from "./queries/store-queue";
export { STORE_QUEUE_SECTIONS, STORE_QUEUE_SECTION_LIMIT, UNCOLLECTED_AFTER_DAYS } from "./store-queue-shape";
export type { StoreQueue, StoreQueueCard, StoreQueueSectionKey } from "./store-queue-shape";
export { listStoreOptions } from "./queries/list-store-options";
export type { StoreOption } from "./queries/list-store-options";
export { unitsReleasedToday } from "./queries/units-released-today";
