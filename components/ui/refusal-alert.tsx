"use client";
// How every screen shows a refused action: a headline in the user's words, the server's detail when
// it adds something, the field problems that have no field on screen, and, for a conflict, a button
// that reloads the current state (what the user typed stays in the form).
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "./button";
import { cn } from "./cn";

export interface RefusalAlertProps {
  headline: string;
  detail?: string | null;
  /** Field problems to list here (those not shown next to their field). */
  problems?: Array<[path: string, message: string]>;
  /** For a conflict: the reload button's label, and its label while reloading. */
  reload?: { label: string; busyLabel?: string } | null;
  /** Store screens use a larger text for touch at arm's length. */
  size?: "sm" | "base";
  className?: string;
}

export function RefusalAlert({ headline, detail, problems = [], reload, size = "sm", className }: RefusalAlertProps) {
  const router = useRouter();
  const [reloading, startReload] = useTransition();
  const listed = problems.filter(([, message]) => message !== headline);
  return (
    <div role="alert" className={cn("rounded-md border bg-red-50 p-3 text-red-900", size === "sm" ? "mb-4 border-red-200 text-sm" : "border-red-300 text-base", className)}>
      <p className="font-medium">{headline}</p>
      {detail ? <p className="mt-1">{detail}</p> : null}
      {listed.length ? (
        <ul className="mt-1 list-disc pl-5">
          {listed.map(([path, message]) => (
            <li key={path}>{message}</li>
          ))}
        </ul>
      ) : null}
      {reload ? (
        <Button variant="secondary" size="sm" className="mt-2" disabled={reloading} onClick={() => startReload(() => router.refresh())}>
          {reloading ? (reload.busyLabel ?? reload.label) : reload.label}
        </Button>
      ) : null}
    </div>
  );
}
