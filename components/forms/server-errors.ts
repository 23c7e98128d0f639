// What every form does with a server action's answer: an action that throws or never answers is a
// NETWORK refusal (nothing changed), and each field error lands on the form field that shows it
// (setError, the first one focused) in the user's language, while the others are returned to be
// listed with the refusal.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions";
import type { FieldIssues } from "@/lib/errors";

export async function callAction<I, R>(action: (input: I) => Promise<ActionResult<R>>, input: I): Promise<ActionResult<R>> {
  try {
    return await action(input);
  } catch {
    return { ok: false, error: { code: "NETWORK", message: "" } };
  }
}

/**
 * Puts each server field error on its field: `place` maps the server's path ("lines.0.qty") to the
 * form's, or null when the form does not show it; `text` says the issue in the user's language
 * (useErrorText). Returns the errors no field shows, by server path, already said.
 */
export function placeFieldErrors<F extends FieldValues>(
  fields: FieldIssues | undefined,
  options: { text: (issue: FieldIssues[string], serverPath: string) => string; place: (serverPath: string) => string | null; setError?: UseFormSetError<F>; focusEach?: boolean },
): Record<string, string> {
  const unplaced: Record<string, string> = {};
  let focused = false;
  for (const [serverPath, issue] of Object.entries(fields ?? {})) {
    const text = options.text(issue, serverPath);
    const path = options.setError ? options.place(serverPath) : null;
    if (path && options.setError) {
      options.setError(path as Path<F>, { type: "server", message: text }, { shouldFocus: options.focusEach || !focused });
      focused = true;
    } else unplaced[serverPath] = text;
  }
  return unplaced;
}
