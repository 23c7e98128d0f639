"use client";
// A react-hook-form form validated by the command's own zod schema (the one its server action
// parses), with every refusal in the user's language: zod's checks through the per-parse error
// map, a schema's own messages (error codes) through the same catalogue. Cross-field rules
// (superRefine) run with the rest, so their errors show on the first submit.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { useForm, type FieldValues, type Resolver, type UseFormProps, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { useI18n } from "@/components/i18n/i18n-provider";
import { issueFor } from "@/lib/errors";
import { errorText, isErrorCode, type Locale } from "@/lib/i18n/client";

function translateErrors(node: unknown, locale: Locale, depth = 0): void {
  if (!node || typeof node !== "object" || depth > 20) return;
  const e = node as { message?: unknown };
  if (typeof e.message === "string" && isErrorCode(e.message)) e.message = errorText(locale, { code: e.message });
  // Arrays and objects of fields carry their own errors below; `ref` is the DOM element.
  for (const [k, v] of Object.entries(node)) if (k !== "ref" && k !== "message") translateErrors(v, locale, depth + 1);
}

/** The resolver for a command's schema, saying each problem in `locale`. */
export function localisedZodResolver<S extends z.ZodType<unknown, FieldValues>>(schema: S, locale: Locale): Resolver<z.input<S> & FieldValues, unknown, z.output<S>> {
  const inner = zodResolver(schema as never, { error: (issue) => errorText(locale, issueFor(issue as never)) }) as unknown as Resolver<z.input<S> & FieldValues, unknown, z.output<S>>;
  return async (values, context, options) => {
    const result = await inner(values, context, options);
    translateErrors(result.errors, locale);
    return result;
  };
}

/**
 * useForm with the schema's resolver. The form's values are the schema's input (what the user
 * types, before zod's transforms); handleSubmit hands over the parsed output. A form whose values
 * hold more than the input (a section the agent may leave blank, a choice not made yet) passes
 * `toInput`: the input its action is sent, which the schema checks; its paths must be the form's.
 */
export function useZodForm<S extends z.ZodType<unknown, FieldValues>, V extends FieldValues = z.input<S> & FieldValues>(
  schema: S,
  props: Omit<UseFormProps<NoInfer<V>, unknown, z.output<S>>, "resolver"> = {},
  options: { toInput?: (values: V) => z.input<S> } = {},
): UseFormReturn<V, unknown, z.output<S>> {
  const { locale } = useI18n();
  // `toInput` is expected to be stable (a module-level function), like the schema.
  const { toInput } = options;
  const resolver = useMemo(() => {
    const inner = localisedZodResolver(schema, locale) as unknown as Resolver<V, unknown, z.output<S>>;
    const resolve: Resolver<V, unknown, z.output<S>> = (values, context, opts) => inner((toInput ? toInput(values) : values) as V, context, opts);
    return resolve;
  }, [schema, locale, toInput]);
  return useForm<V, unknown, z.output<S>>({ ...props, resolver });
}
