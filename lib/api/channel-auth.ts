// The edge of the channel endpoints: only a sales channel's key may call them (a fulfilment key
// gets 403), with the permission of the action. Built on the shared v1 edge in api-route.ts.
import type { Action } from "@/lib/auth";
import { apiRoute, authenticateApiActor, type ApiActorOf } from "./api-route";

export { API_HEADERS, apiJson } from "./api-route";

export type ChannelActor = ApiActorOf<"CHANNEL">;

export function authenticateChannel(req: Request, action: Action): Promise<ChannelActor> {
  return authenticateApiActor(req, "CHANNEL", action);
}

/** Wraps a channel handler (see apiRoute). */
export function channelRoute<C = unknown>(action: Action, handler: (req: Request, actor: ChannelActor, ctx: C) => Promise<Response>) {
  return apiRoute<"CHANNEL", C>("CHANNEL", action, handler);
}
