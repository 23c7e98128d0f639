// A GET form of filters: its state lives in the URL, so back, reload and shared links keep it.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

export function FilterBar({ label, action, resetLabel, applyLabel, children }: { label: string; action: string; resetLabel: string; applyLabel: string; children: React.ReactNode }) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      {children}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary", "md")}>
          {applyLabel}
        </button>
        <Link href={action} className={buttonClass("secondary", "md")}>
          {resetLabel}
        </Link>
      </div>
    </form>
  );
}

export function FilterSelect({ id, label, name, value, options }: { id: string; label: string; name: string; value?: string; options: Array<{ value: string; label: string }> }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={inputClass(false, "min-w-44")}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterSearch({ id, label, hint, name, value }: { id: string; label: string; hint: string; name: string; value?: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input id={id} name={name} type="search" defaultValue={value ?? ""} placeholder={hint} aria-describedby={`${id}-hint`} className={inputClass(false, "min-w-56")} />
      <p id={`${id}-hint`} className="sr-only">
        {hint}
      </p>
    </div>
  );
}
