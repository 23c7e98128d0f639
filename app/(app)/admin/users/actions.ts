"use server";
// Server actions of the users admin pages: authorise, validate, run one command, refresh the pages.
// commandAction asks the permission table inside the action's result, so a refusal is a typed
// FORBIDDEN result, never a thrown error.
import { commandAction, type ActionResult } from "@/lib/actions";
import {
  changeUserAccess,
  changeUserAccessSchema,
  createUser,
  createUserSchema,
  setUserActive,
  setUserActiveSchema,
} from "@/lib/users";

// The layout of /admin/users covers each user's page below it.
const revalidate = ["/admin/users"];

const runCreateUser = commandAction("user.manage", createUserSchema, createUser, { revalidate });
export async function createUserAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runCreateUser(input);
}

const runChangeUserAccess = commandAction("user.manage", changeUserAccessSchema, changeUserAccess, { revalidate });
export async function changeUserAccessAction(input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return runChangeUserAccess(input);
}

const runSetUserActive = commandAction("user.manage", setUserActiveSchema, setUserActive, { revalidate });
export async function setUserActiveAction(input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return runSetUserActive(input);
}
