// The edge of server actions: a typed result instead of a thrown error, so forms can show field
// errors next to their fields and nothing the user typed is lost.
import { z } from "zod";
import { asTryAgain, isDomainError, ServiceUnavailableError, zodFieldIssues, type ErrorParams, type FieldIssues } from "@/lib/errors";
import { englishMessage } from "@/lib/i18n/client";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { type Action, requireActor, type UserActor } from "@/lib/auth";
import { asServiceUnavailable, withTx, type Tx } from "@/lib/db";
import { beginWork, DRAINING_RETRY_AFTER_SECONDS } from "@/lib/health";
import { requestIdOf, requestLogger } from "@/lib/log";
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

/** What an action's body may tell the log line: who it acts as, once authenticated. */
export interface ActionContext {
  setActor(actor: { id: string; role: string }): void;
}

/** The request id proxy.ts gave the action's POST (a new one outside a request). */
async function actionRequestId(): Promise<string> {
  try {
    return requestIdOf({ headers: await headers() });
  } catch {
    return requestIdOf({ headers: new Headers() });
  }
}

export async function runAction<T>(fn: (ctx: ActionContext) => Promise<T>): Promise<ActionResult<T>> {
  const started = performance.now();
  const requestId = await actionRequestId();
  const log = requestLogger(requestId);
  let actor: { id: string; role: string } | undefined;
  const logLine = (outcome: string, level: "info" | "warn" | "error" = "info", err?: unknown) =>
    log[level]({ kind: "action", outcome, durationMs: Math.round((performance.now() - started) * 10) / 10, ...(actor ? { actorId: actor.id, actorRole: actor.role } : {}), ...(err ? { err } : {}) }, "server action");
  // A server shutting down takes no new work; the form says to try again.
  const done = beginWork();
  try {
    if (!done) throw new ServiceUnavailableError(DRAINING_RETRY_AFTER_SECONDS);
    const data = await fn({ setActor: (a) => (actor = { id: a.id, role: a.role }) });
    logLine("ok");
    return { ok: true, data };
  } catch (caught) {
    // A transaction the database aborted over a race changed nothing: the form says to try again;
    // so does a database that cannot be reached right now.
    const e = asTryAgain(caught) ?? asServiceUnavailable(caught) ?? caught;
    if (isDomainError(e)) {
      logLine(e.code, e.status >= 500 ? "warn" : "info", e.status >= 500 && e !== caught ? caught : undefined);
      return { ok: false, error: { code: e.code, message: e.message, params: e.params, ...(e.fields ? { fields: e.fields } : {}) } };
    }
    if (e instanceof z.ZodError) {
      logLine("VALIDATION_FAILED");
      return { ok: false, error: { code: "VALIDATION_FAILED", message: englishMessage("VALIDATION_FAILED"), fields: zodFieldIssues(e) } };
    }
    // redirect()/notFound() from next/navigation signal by throwing: let them through.
    if (e && typeof e === "object" && "digest" in e) throw e;
    logLine("INTERNAL", "error", e);
    return { ok: false, error: { code: "INTERNAL", message: englishMessage("INTERNAL", { requestId }), params: { requestId } } };
  } finally {
    done?.();
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
    runAction(async ({ setActor }) => {
      const actor = await requireActor(action);
      setActor(actor);
      const data = parseInput(schema, input);
      const result = await withTx((tx) => command(tx, actor, data));
      for (const path of options.revalidate) revalidatePath(path, "layout");
      return result;
    });
}
