// The edge of server actions: a typed result instead of a thrown error, so forms can show field
// errors next to their fields and nothing the user typed is lost.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { asTryAgain, isDomainError, zodFieldIssues, type ErrorParams, type FieldIssues } from "@/lib/errors";
import { englishMessage } from "@/lib/i18n/client";
import { revalidatePath } from "next/cache";
import { type Action, requireActor, type UserActor } from "@/lib/auth";
import { withTx, type Tx } from "@/lib/db";
import { parseInput } from "@/lib/http";

/**
 * A refusal as a screen receives it: a code and its parameters (the screen says it in the user's
 * language: components/forms/error-text.ts), per field the same; `message` is English, for logs.
 */
export interface ActionError {
  code: string;
  message: string;
  params?: ErrorParams;
  fields?: FieldIssues;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (caught) {
    // A transaction the database aborted over a race changed nothing: the form says to try again.
    const e = asTryAgain(caught) ?? caught;
    if (isDomainError(e)) return { ok: false, error: { code: e.code, message: e.message, params: e.params, ...(e.fields ? { fields: e.fields } : {}) } };
    if (e instanceof z.ZodError) return { ok: false, error: { code: "VALIDATION_FAILED", message: englishMessage("VALIDATION_FAILED"), fields: zodFieldIssues(e) } };
    // redirect()/notFound() from next/navigation signal by throwing: let them through.
    if (e && typeof e === "object" && "digest" in e) throw e;
    const requestId = randomUUID();
    console.error(`[action ${requestId}]`, e);
    return { ok: false, error: { code: "INTERNAL", message: englishMessage("INTERNAL", { requestId }), params: { requestId } } };
  }
}

/**
 * A server action that runs one command: authenticate and authorise through the permission table,
 * validate with the command's schema, run it in one transaction, refresh the pages it changes.
 */
export function commandAction<S extends z.ZodType, R>(
  action: Action,
  schema: S,
  command: (tx: Tx, actor: UserActor, input: z.output<S>) => Promise<R>,
  options: { revalidate: string[] },
): (input: unknown) => Promise<ActionResult<R>> {
  return (input: unknown) =>
    runAction(async () => {
      const actor = await requireActor(action);
      const data = parseInput(schema, input);
      const result = await withTx((tx) => command(tx, actor, data));
      for (const path of options.revalidate) revalidatePath(path, "layout");
      return result;
    });
}
