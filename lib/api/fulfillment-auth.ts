// The edge of the fulfilment endpoints: only a fulfilment key (a WMS or store system, bound to its
// nodes) may call them; a channel's key gets 403. Which node's work a key may see or change is
// checked by the fulfilment queries and commands themselves (assertStoreScope).
import type { Action } from "@/lib/auth";
import { apiRoute, type ApiActorOf } from "./api-route";

export type FulfillmentActor = ApiActorOf<"FULFILLMENT">;

/** Wraps a fulfilment handler (see apiRoute). */
export function fulfillmentRoute<C = unknown>(action: Action, handler: (req: Request, actor: FulfillmentActor, ctx: C) => Promise<Response>) {
  return apiRoute<"FULFILLMENT", C>("FULFILLMENT", action, handler);
}
