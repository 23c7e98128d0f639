// The edge of server actions: a typed result instead of a thrown error, so forms can show field
// errors next to their fields and nothing the user typed is lost.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isDomainError, type FieldErrors } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/http";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; fields?: FieldErrors } };

export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (e) {
    if (isDomainError(e)) return { ok: false, error: { code: e.code, message: e.message, fields: e.fields } };
    if (e instanceof z.ZodError) return { ok: false, error: { code: "VALIDATION_FAILED", message: "Some fields are invalid.", fields: zodFieldErrors(e) } };
    // redirect()/notFound() from next/navigation signal by throwing: let them through.
    if (e && typeof e === "object" && "digest" in e) throw e;
    const requestId = randomUUID();
    console.error(`[action ${requestId}]`, e);
    return { ok: false, error: { code: "INTERNAL", message: `Something went wrong on our side (reference ${requestId}).` } };
  }
}
