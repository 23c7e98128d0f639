"use client";
// A refused store action, said plainly next to the form or button that sent it: what happened in
// the associate's words (a conflict says the screen now shows the current state), and any field
// problem that has no field on screen.
import { useI18n } from "@/components/i18n/i18n-provider";
import { cn } from "@/components/ui/cn";
import { errorHeadline, type StoreActionError } from "./action-errors";

export function ActionAlert({ error, className }: { error: StoreActionError | null; className?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const headline = errorHeadline(t, error);
  const other = Object.entries(error.fields ?? {}).filter(([, message]) => message !== headline);
  return (
    <div role="alert" className={cn("rounded-md border border-red-300 bg-red-50 p-3 text-base text-red-900", className)}>
      <p className="font-medium">{headline}</p>
      {other.length ? (
        <ul className="mt-1 list-disc pl-5">
          {other.map(([path, message]) => (
            <li key={path}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
