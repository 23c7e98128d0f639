"use client";
// A form whose fields are not the command's input (a checkbox per line, a "do otherwise" toggle,
// an amount in euros) is still validated by the command's own schema: the form's values become the
// input the action would send, the schema parses it, and each problem goes back to the form field
// that input came from, in the user's language. No rule is copied into the form.
import { set, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { issueFor } from "@/lib/errors";
import { errorText, type Locale } from "@/lib/i18n/client";

export interface CommandMapping {
  /** What the action would be sent for these values (what the user typed, not yet parsed). */
  input: unknown;
  /** The form field that shows an input path's problem ("lines.0.qty" → "items.2.qty"); null: the form's root. */
  place: (inputPath: string) => string | null;
}

/** The resolver (useForm reads it afresh on every render, so the mapping may use the render's data). */
export function commandResolver<F extends FieldValues>(schema: z.ZodType, locale: Locale, map: (values: F) => CommandMapping): Resolver<F> {
  return async (values) => {
    const { input, place } = map(values);
    const parsed = await schema.safeParseAsync(input);
    if (parsed.success) return { values, errors: {} };
    const errors: FieldErrors<F> = {};
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const at = place(issue.path.map(String).join(".")) ?? "root";
      if (seen.has(at)) continue;
      seen.add(at);
      set(errors, at, { type: issue.code, message: errorText(locale, issueFor(issue)) });
    }
    return { values: {}, errors };
  };
}
