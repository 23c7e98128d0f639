"use server";
// Server actions of the API keys pages: authorise, validate, run one command, refresh the list.
// commandAction asks the permission table inside the action's result, so a refusal is a typed
// FORBIDDEN result, never a thrown error.
import { commandAction, type ActionResult } from "@/lib/actions";
import { createApiKey, createApiKeySchema, revokeApiKey, revokeApiKeySchema, type CreatedApiKey } from "@/lib/apikeys";

const revalidate = ["/admin/keys", "/admin/audit"];

const runCreateApiKey = commandAction("apikey.manage", createApiKeySchema, createApiKey, { revalidate });
/** The created key's secret is in this answer and nowhere else: the page shows it once. */
export async function createApiKeyAction(input: unknown): Promise<ActionResult<CreatedApiKey>> {
  return runCreateApiKey(input);
}

const runRevokeApiKey = commandAction("apikey.manage", revokeApiKeySchema, revokeApiKey, { revalidate });
export async function revokeApiKeyAction(input: unknown): Promise<ActionResult<{ id: string; revokedAt: Date }>> {
  return runRevokeApiKey(input);
}
