// Who is acting: a signed-in user, a channel system with an API key, or the system itself.
// Every command receives one and writes it into the events it records.
import type { Channel, Role } from "@/generated/prisma/enums";
import { ForbiddenError } from "@/lib/errors";
import { can, type Action, type ActorRole } from "./permissions";

export type Actor =
  | { kind: "user"; id: string; name: string; email: string; role: Role; storeId: string | null; storeCode: string | null }
  | { kind: "apiKey"; id: string; name: string; role: "CHANNEL"; channel: Channel }
  /** A warehouse or store system reporting fulfilment work; it may act only for its nodes. */
  | { kind: "apiKey"; id: string; name: string; role: "FULFILLMENT"; nodeIds: string[] }
  | { kind: "system"; id: "system"; name: string; role: "SYSTEM" };

export const SYSTEM_ACTOR: Actor = { kind: "system", id: "system", name: "System", role: "SYSTEM" };

export function actorRole(actor: Actor): ActorRole | "SYSTEM" {
  return actor.role;
}

/** Throws ForbiddenError unless the actor's role may perform the action. The system may do anything. */
export function authorize(actor: Actor, action: Action): void {
  if (actor.kind === "system") return;
  if (!can(actor.role, action)) throw new ForbiddenError();
}

/**
 * Store associates work for one store, and fulfilment API keys for the nodes they are bound to:
 * they may only see or change those nodes' data. Other roles are not limited by node.
 */
export function assertStoreScope(actor: Actor, nodeId: string | null | undefined): void {
  if (actor.kind === "user" && actor.role === "STORE_ASSOCIATE") {
    if (!actor.storeId || actor.storeId !== nodeId) throw new ForbiddenError("OTHER_STORE");
  }
  if (actor.kind === "apiKey") {
    if (actor.role !== "FULFILLMENT" || !nodeId || !actor.nodeIds.includes(nodeId)) throw new ForbiddenError("NOT_YOUR_NODE");
  }
}

/** For the OrderEvent/AuditEvent columns. */
export function actorColumns(actor: Actor): { actorType: "USER" | "API_KEY" | "SYSTEM"; actorId: string | null; actorName: string } {
  switch (actor.kind) {
    case "user":
      return { actorType: "USER", actorId: actor.id, actorName: actor.name };
    case "apiKey":
      return { actorType: "API_KEY", actorId: actor.id, actorName: actor.name };
    default:
      return { actorType: "SYSTEM", actorId: null, actorName: actor.name };
  }
}
