// Turns a server action's error result into text for the admin forms: catalogue keys from the
// commands' schemas are translated, known codes get their own message, the rest a generic one.
import type { ActionResult } from "@/lib/actions";
import type { Key, Translate } from "@/lib/i18n";

export type ActionError = Extract<ActionResult<unknown>, { ok: false }>["error"];

/** A field's message: commands send catalogue keys (admin.errors.*); anything else is shown as is. */
export function fieldMessage(t: Translate, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return message.startsWith("admin.") ? t(message as Key) : message;
}

const BY_CODE: Record<string, Key> = {
  CONFLICT: "admin.errors.conflict",
  VALIDATION_FAILED: "admin.errors.fixFields",
  FORBIDDEN: "admin.errors.forbidden",
  UNAUTHENTICATED: "admin.errors.forbidden",
  NOT_FOUND: "admin.errors.notFound",
  SELF_DEACTIVATION: "admin.errors.selfDeactivation",
  SELF_DEMOTION: "admin.errors.selfDemotion",
  NOT_DRAFT: "admin.errors.notDraft",
  DRAFT_EXISTS: "admin.errors.draftExists",
};

export function actionErrorMessage(t: Translate, error: ActionError | null | undefined): string | null {
  if (!error) return null;
  const key = BY_CODE[error.code];
  return key ? t(key) : t("admin.errors.unexpected");
}

/** A thrown action (network, or an authorisation error raised before runAction) as an error result. */
export async function callAction<T>(fn: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await fn();
  } catch {
    return { ok: false, error: { code: "INTERNAL", message: "" } };
  }
}
