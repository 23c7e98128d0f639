"use server";
// The steps on a fulfilment order (pick, short-pick, pack, ship, receive, make ready, hand over,
// cancel an uncollected pickup, confirm a carrier's delivery) and the cycle count, for the store
// tablet and the DC console alike: thin edges that authenticate, authorise through the permission
// table, validate with the command's schema and run one command in one transaction. The commands
// keep associates to their own store's work.
import type { z } from "zod";
import { commandAction } from "@/lib/actions";
import type { Action, UserActor } from "@/lib/auth";
import type { Tx } from "@/lib/db";
import { confirmPick, cycleCount, expirePickup, handOver, markDelivered, markReady, pack, receiveAtStore, ship, shortPick, startPicking } from "@/lib/fulfillment";
import {
  confirmPickSchema,
  cycleCountSchema,
  expirePickupSchema,
  handOverSchema,
  markDeliveredSchema,
  markReadySchema,
  packSchema,
  receiveAtStoreSchema,
  shipSchema,
  shortPickSchema,
  startPickingSchema,
} from "@/lib/fulfillment/client";

function storeAction<S extends z.ZodType, R>(action: Action, schema: S, command: (tx: Tx, actor: UserActor, input: z.output<S>) => Promise<R>) {
  return commandAction(action, schema, command, { revalidate: ["/store", "/dc"] });
}

const runStartPicking = storeAction("fulfillment.work", startPickingSchema, (tx, a, i) => startPicking(tx, a, i));
export async function startPickingAction(input: unknown) {
  return runStartPicking(input);
}
const runConfirmPick = storeAction("fulfillment.work", confirmPickSchema, (tx, a, i) => confirmPick(tx, a, i));
export async function confirmPickAction(input: unknown) {
  return runConfirmPick(input);
}
const runShortPick = storeAction("fulfillment.work", shortPickSchema, (tx, a, i) => shortPick(tx, a, i));
export async function shortPickAction(input: unknown) {
  return runShortPick(input);
}
const runPack = storeAction("fulfillment.work", packSchema, (tx, a, i) => pack(tx, a, i));
export async function packAction(input: unknown) {
  return runPack(input);
}
const runShip = storeAction("fulfillment.work", shipSchema, (tx, a, i) => ship(tx, a, i));
export async function shipAction(input: unknown) {
  return runShip(input);
}
const runReceiveAtStore = storeAction("fulfillment.work", receiveAtStoreSchema, (tx, a, i) => receiveAtStore(tx, a, i));
export async function receiveAtStoreAction(input: unknown) {
  return runReceiveAtStore(input);
}
const runMarkReady = storeAction("fulfillment.work", markReadySchema, (tx, a, i) => markReady(tx, a, i));
export async function markReadyAction(input: unknown) {
  return runMarkReady(input);
}
const runHandOver = storeAction("fulfillment.work", handOverSchema, (tx, a, i) => handOver(tx, a, i));
export async function handOverAction(input: unknown) {
  return runHandOver(input);
}
const runExpirePickup = storeAction("fulfillment.pickup.expire", expirePickupSchema, (tx, a, i) => expirePickup(tx, a, i));
export async function expirePickupAction(input: unknown) {
  return runExpirePickup(input);
}
/** The carrier confirmed delivery of a shipped fulfilment order (the DC console; the store tablet never offers it). */
const runMarkDelivered = storeAction("fulfillment.work", markDeliveredSchema, (tx, a, i) => markDelivered(tx, a, i));
export async function markDeliveredAction(input: unknown) {
  return runMarkDelivered(input);
}
const runCycleCount = storeAction("inventory.adjust", cycleCountSchema, (tx, a, i) => cycleCount(tx, a, i));
export async function cycleCountAction(input: unknown) {
  return runCycleCount(input);
}
