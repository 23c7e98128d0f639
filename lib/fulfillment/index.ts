// Public face of the fulfilment context: work per node. The store queue, the DC console and the
// work screens read it; one command per step (pick, short-pick, pack, ship, receive, ready, hand over, expire,
// deliver, count) changes it, each in the caller's transaction with its event and message.
export { getStoreQueue, storeQueueInputSchema } from "./queries/store-queue";
export type { StoreQueueInput } from "./queries/store-queue";
export { STORE_QUEUE_SECTIONS, STORE_QUEUE_SECTION_LIMIT, UNCOLLECTED_AFTER_DAYS } from "./store-queue-shape";
export type { StoreQueue, StoreQueueCard, StoreQueueSectionKey } from "./store-queue-shape";
export { listStoreOptions } from "./queries/list-store-options";
export type { StoreOption } from "./queries/list-store-options";
export { unitsReleasedToday, UNITS_RELEASED_TODAY_SQL } from "./queries/units-released-today";
export { getFulfillmentWork, getFulfillmentWorkSchema, listNodeWork, listNodeWorkSchema, findPickups } from "./queries/fulfillment-work";
export type { ListNodeWorkInput } from "./queries/fulfillment-work";
export { getDcConsole, dcConsoleInputSchema } from "./queries/dc-console";
export type { DcConsoleInput } from "./queries/dc-console";

// ---- the shape screens and the API read, and the steps it can take
export * from "./work-shape";
export * from "./dc-console-shape";
export * from "./schemas";

// ---- commands
export type { WorkResult } from "./commands/work";
export { startPicking } from "./commands/start-picking";
export { confirmPick } from "./commands/confirm-pick";
export { shortPick } from "./commands/short-pick";
export type { Resourced } from "./commands/short-pick";
export { pack } from "./commands/pack";
export { ship } from "./commands/ship";
export { receiveAtStore } from "./commands/receive-at-store";
export { markReady } from "./commands/mark-ready";
export { handOver, nameMatches } from "./commands/hand-over";
export { expirePickup } from "./commands/expire-pickup";
export { markDelivered } from "./commands/mark-delivered";
export { cycleCount, correctOnHand, holdersAt, lockStockHolders } from "./commands/cycle-count";
export type { CycleCountResult, CorrectedOnHand, OnHandCorrection } from "./commands/cycle-count";

// ---- jobs
export { expireUncollectedPickups, EXPIRY_REASON } from "./jobs/expire-uncollected-pickups";
export { startPickupExpiry } from "./jobs/start-pickup-expiry";
