import { cn } from "./cn";

/** A labelled form control with its error shown next to it and linked for screen readers. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ id, ...(error ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Base look of a text input or select. `extra` may set its own width or font size (touch screens
 * use "min-h-12 text-lg"): the base's default for that property is then left out, because with
 * Tailwind the winner of two classes for one property is decided by the stylesheet's order, not
 * by the order in the class attribute.
 */
export const inputClass = (invalid?: boolean, extra?: string) => {
  const own = extra?.split(/\s+/) ?? [];
  const sets = (pattern: RegExp) => own.some((c) => pattern.test(c));
  return cn(
    "block rounded-md border bg-white px-3 py-2 text-slate-900 shadow-sm placeholder:text-slate-500",
    sets(/^w-/) ? null : "w-full",
    sets(/^text-(xs|sm|base|lg|\d?xl)$/) ? null : "text-sm",
    invalid ? "border-red-600" : "border-slate-300",
    extra,
  );
};
