"use server";
// The inbound supply screens' actions: create a purchase order or transfer, ship a transfer,
// receive units, close short, cancel. Each is one command in one transaction (lib/inventory).
import { commandAction } from "@/lib/actions";
import { cancelInbound, cancelInboundSchema, closeInboundSchema, closeInboundShort, createInbound, createInboundSchema, receiveInbound, receiveInboundSchema, shipTransfer, shipTransferSchema } from "@/lib/inventory";

const revalidate = ["/inventory"];

export const createInboundAction = commandAction("inbound.manage", createInboundSchema, (tx, actor, input) => createInbound(tx, actor, input), { revalidate });
export const shipTransferAction = commandAction("inbound.manage", shipTransferSchema, (tx, actor, input) => shipTransfer(tx, actor, input), { revalidate });
export const receiveInboundAction = commandAction("inbound.manage", receiveInboundSchema, (tx, actor, input) => receiveInbound(tx, actor, input), { revalidate });
export const closeInboundAction = commandAction("inbound.manage", closeInboundSchema, (tx, actor, input) => closeInboundShort(tx, actor, input), { revalidate });
export const cancelInboundAction = commandAction("inbound.manage", cancelInboundSchema, (tx, actor, input) => cancelInbound(tx, actor, input), { revalidate });
