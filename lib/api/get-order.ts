// One order for the channel that placed it. Another channel's order answers 404, exactly like an
// unknown number, so a key cannot learn which order numbers exist elsewhere.
import { getDb } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { getApiOrder, type ApiOrder } from "@/lib/orders";
import type { ChannelActor } from "./channel-auth";

const ORDER_NUMBER = /^[A-Za-z0-9-]{1,40}$/;

export async function getChannelOrder(actor: ChannelActor, number: string): Promise<ApiOrder> {
  const notFound = new NotFoundError("order", number.slice(0, 40));
  if (!ORDER_NUMBER.test(number)) throw notFound;
  const order = await getApiOrder(await getDb(), { number }).catch((e) => {
    throw e instanceof NotFoundError ? notFound : e;
  });
  if (order.channel !== actor.channel) throw notFound;
  return order;
}
