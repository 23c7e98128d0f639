// The rule tying a role to a store: a store associate works in exactly one store; nobody else has
// one. Shared by the create and change-role schemas, and checked against the database by assertStore.
import { z } from "zod";
import { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { fieldIssue, ValidationError } from "@/lib/errors";

export const roleSchema = z.enum(Role);

export const storeIdSchema = z.preprocess((v) => (v === "" ? null : v), z.string().min(1).nullable().optional());

/** Adds the "store required for associates, forbidden for others" rule to a schema with role + storeId. */
export function refineRoleStore(value: { role: string; storeId?: string | null }, ctx: z.RefinementCtx): void {
  if (value.role === "STORE_ASSOCIATE" && !value.storeId) {
    ctx.addIssue({ code: "custom", path: ["storeId"], message: "STORE_REQUIRED" });
  }
  if (value.role !== "STORE_ASSOCIATE" && value.storeId) {
    ctx.addIssue({ code: "custom", path: ["storeId"], message: "STORE_FORBIDDEN" });
  }
}

/** The store must exist and be a store (not a DC). */
export async function assertStore(tx: Tx, storeId: string | null | undefined): Promise<void> {
  if (!storeId) return;
  const node = await tx.node.findUnique({ where: { id: storeId }, select: { type: true } });
  if (!node || node.type !== "STORE") throw new ValidationError({ storeId: fieldIssue("STORE_UNKNOWN") });
}

/** What the audit shows of a user: never the password hash. */
export const AUDITED_USER = { name: true, email: true, role: true, storeId: true, active: true, version: true } as const;
