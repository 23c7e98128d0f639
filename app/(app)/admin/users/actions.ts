"use server";
// Server actions of the users admin pages: authorise, validate, run one command, refresh the pages.
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions";
import { requireActor } from "@/lib/auth/session";
import { withTx } from "@/lib/db";
import { parseInput } from "@/lib/http";
import {
  changeUserAccess,
  changeUserAccessSchema,
  createUser,
  createUserSchema,
  setUserActive,
  setUserActiveSchema,
} from "@/lib/users";

export async function createUserAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("user.manage");
  return runAction(async () => {
    const data = parseInput(createUserSchema, input);
    const result = await withTx((tx) => createUser(tx, actor, data));
    revalidatePath("/admin/users");
    return result;
  });
}

export async function changeUserAccessAction(input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const actor = await requireActor("user.manage");
  return runAction(async () => {
    const data = parseInput(changeUserAccessSchema, input);
    const result = await withTx((tx) => changeUserAccess(tx, actor, data));
    revalidatePath("/admin/users");
    revalidatePath(`/admin/users/${result.id}`);
    return result;
  });
}

export async function setUserActiveAction(input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const actor = await requireActor("user.manage");
  return runAction(async () => {
    const data = parseInput(setUserActiveSchema, input);
    const result = await withTx((tx) => setUserActive(tx, actor, data));
    revalidatePath("/admin/users");
    revalidatePath(`/admin/users/${result.id}`);
    return result;
  });
}
