// The parts of the fulfilment context a browser bundle may import (no database, no server code):
// the commands' input schemas, the shapes the screens read, and the steps a fulfilment order can
// take next. Server code imports the same from the context's index.
export * from "./schemas";
export * from "./work-shape";
export * from "./store-queue-shape";
export * from "./dc-console-shape";
export * from "./work-reason-shape";
// The answers of the store screens' queries and commands.
export type { CycleCountResult } from "./commands/cycle-count";
export type { StoreOption } from "./queries/list-store-options";
