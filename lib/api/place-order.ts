// POST /api/v1/orders as one command: validate a channel's order, then capture it exactly once per
// Idempotency-Key, in one transaction, and answer with the order as the API shows it.
import type { Prisma } from "@/generated/prisma/client";
import { withTx } from "@/lib/db";
import { ValidationError, type FieldErrors } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/http";
import { captureOrder, captureOrderSchema, type CaptureOrderInput } from "@/lib/orders/commands/capture-order";
import { getApiOrder, type ApiOrder } from "@/lib/orders/queries/order-api-view";
import type { ChannelActor } from "./channel-auth";
import { requestHash, runIdempotent } from "./idempotency";

/** The order body a channel sends: the capture schema (its agent-only `customerId` is refused below). */
export const channelOrderSchema = captureOrderSchema;

/**
 * Every problem of the body at once, by field. A body for another channel than the key's is a
 * field problem (422 `fields.channel`), not a 403: the key is fine, the body is wrong.
 */
export function parseChannelOrder(actor: ChannelActor, body: Record<string, unknown>): CaptureOrderInput {
  const fields: FieldErrors = {};
  const parsed = channelOrderSchema.safeParse(body);
  if (!parsed.success) Object.assign(fields, zodFieldErrors(parsed.error));
  // Agents pick an existing customer by id; a channel is matched to its customer by e-mail only,
  // so that no key can attach an order to someone else's account.
  if ("customerId" in body) fields.customerId = "Not accepted over the API; customers are matched by e-mail.";
  if (typeof body.channel === "string" && !fields.channel && body.channel !== actor.channel) {
    fields.channel = `This API key places ${actor.channel} orders; send "channel": "${actor.channel}".`;
  }
  if (Object.keys(fields).length || !parsed.success) throw new ValidationError("The order has invalid fields.", fields);
  return parsed.data;
}

export interface PlacedOrder {
  status: number;
  order: ApiOrder;
  replayed: boolean;
}

export async function placeChannelOrder(actor: ChannelActor, input: { idempotencyKey: string; order: CaptureOrderInput }, options: { now?: Date } = {}): Promise<PlacedOrder> {
  const result = await withTx((tx) =>
    runIdempotent(tx, { apiKeyId: actor.id, key: input.idempotencyKey, requestHash: requestHash(input.order) }, async () => {
      const { id } = await captureOrder(tx, actor, input.order, options);
      const order = await getApiOrder(tx, { id });
      return { status: 201, body: order as unknown as Prisma.InputJsonValue, orderId: id };
    }),
  );
  return { status: result.status, order: result.body as ApiOrder, replayed: result.replayed };
}
