"use client";
// A refused return, refund or goodwill refund, said plainly: the refusal in the user's language, the
// field problems not shown next to a field, and for a conflict a button to reload the current state.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { errorHeadline, isKnownCode, type ReturnActionError } from "./errors";

export function ReturnErrorAlert({ error }: { error: ReturnActionError | null }) {
  const { t } = useI18n();
  const router = useRouter();
  const [reloading, startReload] = useTransition();
  if (!error) return null;
  const other = Object.entries(error.fields ?? {});
  // The server's own sentence only when the catalogue has nothing for its code.
  const detail = !isKnownCode(error.code) && error.message ? error.message : null;
  return (
    <div role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-medium">{errorHeadline(t, error)}</p>
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
          {t("returns.errors.reload")}
        </Button>
      ) : null}
    </div>
  );
}
