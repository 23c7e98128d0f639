"use client";
// A refused action, said plainly: a conflict offers to reload (the dialog keeps what was typed),
// rule refusals say which rule, and field problems not shown next to a field are listed here.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { Key } from "@/lib/i18n";
import type { ActionError } from "./use-order-action";

const HEADLINES: Record<string, Key> = {
  CONFLICT: "orders.actions.errors.conflict",
  MODIFICATION_NOT_ALLOWED: "orders.actions.errors.notAllowed",
  WORK_IN_PROGRESS: "orders.actions.errors.workInProgress",
  LINE_ALREADY_SHIPPED: "orders.actions.errors.alreadyShipped",
  FORBIDDEN: "orders.actions.errors.forbidden",
  UNAUTHENTICATED: "orders.actions.errors.unauthenticated",
  VALIDATION_FAILED: "orders.actions.errors.validation",
  NETWORK: "orders.actions.errors.network",
  INTERNAL: "orders.actions.errors.internal",
};

export function ActionErrorAlert({ error, shownFields = [] }: { error: ActionError | null; shownFields?: string[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [reloading, startReload] = useTransition();
  if (!error) return null;
  const headline = t(HEADLINES[error.code] ?? "orders.actions.errors.refused");
  const other = Object.entries(error.fields ?? {}).filter(([path]) => !shownFields.includes(path));
  const detail = error.code === "CONFLICT" || error.code === "NETWORK" || error.code === "VALIDATION_FAILED" ? null : error.message;
  return (
    <div role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-medium">{headline}</p>
      {detail ? <p className="mt-1">{detail}</p> : null}
      {other.length ? (
        <ul className="mt-1 list-disc pl-5">
          {other.map(([path, message]) => (
            <li key={path}>{message}</li>
          ))}
        </ul>
      ) : null}
      {error.code === "CONFLICT" ? (
        <Button variant="secondary" size="sm" className="mt-2" disabled={reloading} onClick={() => startReload(() => router.refresh())}>
          {reloading ? t("orders.actions.reloading") : t("orders.actions.reload")}
        </Button>
      ) : null}
    </div>
  );
}
