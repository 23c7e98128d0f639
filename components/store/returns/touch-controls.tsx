"use client";
// Controls sized for a finger on the counter tablet (every target at least 48 px): a quantity
// stepper and a row of big choice buttons. Both are plain form controls underneath (a number input,
// radio buttons), so they work with a keyboard and a screen reader too.
import { cn } from "@/components/ui/cn";

export function QtyStepper({
  id,
  value,
  max,
  onChange,
  label,
  decreaseLabel,
  increaseLabel,
  invalid,
  describedBy,
  disabled,
  inputRef,
}: {
  id: string;
  value: number;
  max: number;
  onChange: (value: number) => void;
  label: string;
  decreaseLabel: string;
  increaseLabel: string;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
  inputRef?: React.Ref<HTMLInputElement>;
}) {
  const step = "inline-flex size-14 shrink-0 items-center justify-center rounded-lg border-2 text-3xl font-semibold leading-none select-none disabled:cursor-not-allowed disabled:border-slate-200 disabled:bg-slate-100 disabled:text-slate-400";
  return (
    <div className="flex items-center gap-2">
      <button type="button" className={cn(step, "border-slate-400 bg-white text-slate-900 active:bg-slate-100")} aria-label={decreaseLabel} aria-controls={id} disabled={disabled || value <= 0} onClick={() => onChange(Math.max(0, value - 1))}>
        <span aria-hidden="true">−</span>
      </button>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        step={1}
        value={Number.isNaN(value) ? "" : value}
        disabled={disabled}
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value === "" ? 0 : Math.trunc(Number(e.target.value)))}
        onFocus={(e) => e.target.select()}
        ref={inputRef}
        className={cn("h-14 w-20 scroll-mt-24 scroll-mb-40 rounded-lg border-2 bg-white text-center text-2xl font-semibold tabular-nums text-slate-900", invalid ? "border-red-600" : "border-slate-300")}
      />
      <button type="button" className={cn(step, "border-brand-700 bg-brand-700 text-white active:bg-brand-800")} aria-label={increaseLabel} aria-controls={id} disabled={disabled || value >= max} onClick={() => onChange(Math.min(max, value + 1))}>
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** A second line under the label. */
  detail?: string;
}

/** One choice among a few, as big buttons side by side (radio buttons underneath). */
export function ChoiceButtons<V extends string>({
  name,
  legend,
  legendClassName,
  choices,
  value,
  onChange,
  error,
  errorId,
  tone = "brand",
  columns,
  inputRef,
}: {
  name: string;
  legend: string;
  legendClassName?: string;
  choices: Array<Choice<V>>;
  value: V | "";
  onChange: (value: V) => void;
  error?: string;
  errorId?: string;
  tone?: "brand" | "condition";
  columns?: string;
  /** Given the first button, so a form can move the focus to the choice when it is missing. */
  inputRef?: React.Ref<HTMLInputElement>;
}) {
  return (
    <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
      <legend className={cn("mb-1 text-sm font-medium text-slate-800", legendClassName)}>{legend}</legend>
      <div className={cn("grid gap-2", columns ?? (choices.length === 3 ? "grid-cols-3" : "grid-cols-1 sm:grid-cols-2"))}>
        {choices.map((c, i) => {
          const checked = value === c.value;
          return (
            <label
              key={c.value}
              className={cn(
                "flex min-h-14 cursor-pointer flex-col items-center justify-center rounded-lg border-2 px-3 py-2 text-center text-base font-semibold leading-tight has-[:focus-visible]:ring-4 has-[:focus-visible]:ring-brand-300",
                checked ? (tone === "condition" ? conditionTone(c.value) : "border-brand-700 bg-brand-700 text-white") : cn("bg-white text-slate-900 active:bg-slate-100", error ? "border-red-600" : "border-slate-300"),
              )}
            >
              <input ref={i === 0 ? inputRef : undefined} type="radio" name={name} value={c.value} checked={checked} onChange={() => onChange(c.value)} className="sr-only scroll-mt-24 scroll-mb-40" />
              <span>{c.label}</span>
              {c.detail ? <span className={cn("mt-0.5 text-sm font-normal", checked ? "text-white/90" : "text-slate-700")}>{c.detail}</span> : null}
            </label>
          );
        })}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A chosen condition keeps its meaning in colour too (the label says it first). */
function conditionTone(value: string): string {
  if (value === "DAMAGED") return "border-red-700 bg-red-700 text-white";
  if (value === "WRONG_ITEM") return "border-amber-700 bg-amber-700 text-white";
  return "border-green-700 bg-green-700 text-white";
}
