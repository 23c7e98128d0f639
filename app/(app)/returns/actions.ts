"use server";
// Returns, refunds and goodwill refunds from the order page and the RMA page: thin edges that
// authenticate, authorise through the permission table, validate with the command's schema and run
// one command in one transaction. Three reads serve the dialogs that load lazily.
import { z } from "zod";
import { commandAction, runAction } from "@/lib/actions";
import { can, type Action, currentActor, requireActor, type UserActor } from "@/lib/auth";
import { getDb, type Tx } from "@/lib/db";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { parseInput } from "@/lib/http";
import {
  appeasementSchema,
  authoriseReturn,
  authoriseReturnSchema,
  decideAppeasement,
  decideAppeasementSchema,
  getReturnableOrder,
  proposeDispositions,
  quoteReceipt,
  receiveReturn,
  receiveReturnSchema,
  refundReturn,
  refundReturnSchema,
  requestAppeasement,
} from "@/lib/returns";

function returnAction<S extends z.ZodType, R>(action: Action, schema: S, command: (tx: Tx, actor: UserActor, input: z.output<S>) => Promise<R>) {
  return commandAction(action, schema, command, { revalidate: ["/orders", "/returns"] });
}

const runAuthorise = returnAction("return.create", authoriseReturnSchema, (tx, a, i) => authoriseReturn(tx, a, i));
export async function authoriseReturnAction(input: unknown) {
  return runAuthorise(input);
}
const runRefund = returnAction("return.refund", refundReturnSchema, (tx, a, i) => refundReturn(tx, a, i));
export async function refundReturnAction(input: unknown) {
  return runRefund(input);
}
const runReceive = returnAction("return.receive", receiveReturnSchema, (tx, a, i) => receiveReturn(tx, a, i));
export async function receiveReturnAction(input: unknown) {
  return runReceive(input);
}
const runRequestAppeasement = returnAction("order.appeasement", appeasementSchema, (tx, a, i) => requestAppeasement(tx, a, i));
export async function requestAppeasementAction(input: unknown) {
  return runRequestAppeasement(input);
}
const runDecideAppeasement = returnAction("order.appeasement.approve", decideAppeasementSchema, (tx, a, i) => decideAppeasement(tx, a, i));
export async function decideAppeasementAction(input: unknown) {
  return runDecideAppeasement(input);
}

const returnableSchema = z.object({ orderId: z.string().trim().min(1).max(64) });

/** What each line of an order may still return, with the asking user's limits: for the return and goodwill dialogs. */
export async function getReturnableOrderAction(input: unknown) {
  return runAction(async () => {
    const actor = await currentActor();
    if (!actor) throw new UnauthenticatedError();
    if (!can(actor.role, "return.create") && !can(actor.role, "order.appeasement")) throw new ForbiddenError();
    const { orderId } = parseInput(returnableSchema, input);
    const found = await getReturnableOrder(await getDb(), actor, { orderId });
    if (!found) throw new NotFoundError("order");
    return found;
  });
}

const proposalSchema = z.object({
  nodeId: z.string().trim().min(1).max(64),
  lines: z.array(z.object({ orderLineId: z.string().trim().min(1).max(64), qty: z.number().int().min(1).max(10_000), condition: z.enum(["RESELLABLE", "DAMAGED", "WRONG_ITEM"]) })).min(1).max(100),
});

/** What the returns router proposes for units received at a node: for the receipt form. */
export async function proposeDispositionsAction(input: unknown) {
  return runAction(async () => {
    const actor = await requireActor("return.receive");
    return proposeDispositions(await getDb(), actor, parseInput(proposalSchema, input));
  });
}

const quoteSchema = z.object({
  returnId: z.string().trim().min(1).max(64),
  lines: proposalSchema.shape.lines,
});

/** What receiving these units would refund (the function the receipt pays with): for the receipt form. */
export async function quoteReceiptAction(input: unknown) {
  return runAction(async () => {
    const actor = await requireActor("return.receive");
    return quoteReceipt(await getDb(), actor, parseInput(quoteSchema, input));
  });
}
