"use server";
// The agent's changes to an order: thin edges that authenticate, authorise through the permission
// table, validate with the command's schema and run one command in one transaction.
import { commandAction } from "@/lib/actions";
import type { Action, UserActor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import {
  addLine,
  addLineSchema,
  addNote,
  addNoteSchema,
  cancelLine,
  cancelLineSchema,
  cancelOrder,
  cancelOrderSchema,
  changeAddress,
  changeAddressSchema,
  changeDeliveryMethod,
  changeDeliveryMethodSchema,
  changeQuantity,
  changeQuantitySchema,
  releaseHold,
  releaseHoldSchema,
} from "@/lib/orders";
import type { z } from "zod";

function orderAction<S extends z.ZodType, R>(action: Action, schema: S, command: (tx: Tx, actor: UserActor, input: z.output<S>) => Promise<R>) {
  return commandAction(action, schema, command, { revalidate: ["/orders"] });
}

const runCancelLine = orderAction("order.cancel", cancelLineSchema, cancelLine);
export async function cancelLineAction(input: unknown) {
  return runCancelLine(input);
}
const runCancelOrder = orderAction("order.cancel", cancelOrderSchema, cancelOrder);
export async function cancelOrderAction(input: unknown) {
  return runCancelOrder(input);
}
const runChangeQuantity = orderAction("order.modify", changeQuantitySchema, (tx, a, i) => changeQuantity(tx, a, i));
export async function changeQuantityAction(input: unknown) {
  return runChangeQuantity(input);
}
const runAddLine = orderAction("order.modify", addLineSchema, (tx, a, i) => addLine(tx, a, i));
export async function addLineAction(input: unknown) {
  return runAddLine(input);
}
const runChangeAddress = orderAction("order.modify", changeAddressSchema, (tx, a, i) => changeAddress(tx, a, i));
export async function changeAddressAction(input: unknown) {
  return runChangeAddress(input);
}
const runChangeDeliveryMethod = orderAction("order.modify", changeDeliveryMethodSchema, (tx, a, i) => changeDeliveryMethod(tx, a, i));
export async function changeDeliveryMethodAction(input: unknown) {
  return runChangeDeliveryMethod(input);
}
const runReleaseHold = orderAction("order.hold.release", releaseHoldSchema, (tx, a, i) => releaseHold(tx, a, i));
export async function releaseHoldAction(input: unknown) {
  return runReleaseHold(input);
}
const runAddNote = orderAction("order.note.add", addNoteSchema, addNote);
export async function addNoteAction(input: unknown) {
  return runAddNote(input);
}
