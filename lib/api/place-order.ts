// POST /api/v1/orders as one command: validate a channel's order, then capture it exactly once per
// Idempotency-Key (claimed in the capture's transaction), and answer with the order as the API shows it.
import { getDb, sqlFor, type Db } from "@/lib/db";
import { fieldIssue, ValidationError, zodFieldIssues, type FieldIssues } from "@/lib/errors";
import { captureOrder, captureOrderSchema, IdempotencyKeyTaken, type CaptureOrderInput, getApiOrder, type ApiOrder } from "@/lib/orders";
import { channelPaymentSchema } from "@/lib/payments/client";
import type { ChannelActor } from "./channel-auth";
import { requestHash, storedAnswer, type IdempotentResult } from "./idempotency";

/**
 * The order body a channel sends: the capture schema (its agent-only `customerId` is refused
 * below), whose payment is one the channel's own provider already authorised.
 */
export const channelOrderSchema = captureOrderSchema.safeExtend({
  payment: channelPaymentSchema
    .describe("The payment the channel already authorised: the OMS records it and calls no provider. Without it the order is recorded as paid by CARD.")
    .optional(),
});

/**
 * Every problem of the body at once, by field. A body for another channel than the key's is a
 * field problem (422 `fields.channel`), not a 403: the key is fine, the body is wrong.
 */
export function parseChannelOrder(actor: ChannelActor, body: Record<string, unknown>): CaptureOrderInput {
  const fields: FieldIssues = {};
  const parsed = channelOrderSchema.safeParse(body);
  if (!parsed.success) Object.assign(fields, zodFieldIssues(parsed.error));
  // Agents pick an existing customer by id; a channel is matched to its customer by e-mail only,
  // so that no key can attach an order to someone else's account.
  if ("customerId" in body) fields.customerId = fieldIssue("API_CUSTOMER_ID_REFUSED");
  // A channel sends the payment its own provider authorised; card details and payment links are
  // the phone order's. Without a payment the order is recorded as paid by card, as before.
  if (body.payment !== undefined) {
    const payment = body.payment && typeof body.payment === "object" ? (body.payment as Record<string, unknown>) : null;
    const checked = channelPaymentSchema.safeParse(payment);
    if (!checked.success) for (const [k, v] of Object.entries(zodFieldIssues(checked.error))) fields[k === "_" ? "payment" : `payment.${k}`] = v;
    if (payment && "card" in payment) fields["payment.card"] = fieldIssue("API_CARD_REFUSED");
  }
  if (typeof body.channel === "string" && !fields.channel && body.channel !== actor.channel) {
    fields.channel = fieldIssue("API_WRONG_CHANNEL", { channel: actor.channel });
  }
  if (Object.keys(fields).length || !parsed.success) throw new ValidationError(fields);
  return parsed.data;
}

export interface PlacedOrder {
  status: number;
  order: ApiOrder;
  replayed: boolean;
}

export async function placeChannelOrder(actor: ChannelActor, input: { idempotencyKey: string; order: CaptureOrderInput }, options: { now?: Date; db?: Db } = {}): Promise<PlacedOrder> {
  const db = options.db ?? (await getDb());
  const scope = { apiKeyId: actor.id, key: input.idempotencyKey, requestHash: requestHash(input.order) };
  // A retry of an order already placed gets the same answer; the order is not placed twice.
  const replay = async (known?: IdempotentResult): Promise<PlacedOrder> => {
    const stored = known ?? (await storedAnswer(db, scope));
    if (!stored) throw new Error(`Idempotency record ${scope.key} vanished.`);
    // The answer is stored just after commit; if the process stopped in between, it is read afresh.
    const body = stored.body && typeof stored.body === "object" && "number" in stored.body ? (stored.body as unknown as ApiOrder) : await getApiOrder(db, { id: stored.orderId! });
    return { status: stored.status, order: body, replayed: true };
  };
  const earlier = await storedAnswer(db, scope);
  if (earlier) return replay(earlier);
  let id: string;
  try {
    // The key is claimed in the order's own transaction: two requests with one key never both place it.
    ({ id } = await captureOrder(actor, input.order, { ...options, db, idempotency: scope }));
  } catch (e) {
    if (e instanceof IdempotencyKeyTaken) return replay();
    throw e;
  }
  const order = await getApiOrder(db, { id });
  await sqlFor(db).query(`UPDATE "IdempotencyRecord" SET response = $3::jsonb WHERE "apiKeyId" = $1 AND key = $2`, [scope.apiKeyId, scope.key, JSON.stringify(order)], "idempotency-answer");
  return { status: 201, order, replayed: false };
}
