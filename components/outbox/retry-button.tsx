"use client";
// Puts a failed message back in the queue and refreshes the page; the outcome is announced next to
// the button. Rendered for every message (failed or not) so its message survives the refresh that
// turns the message back to pending.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { retryOutboxMessageAction } from "@/app/(app)/admin/outbox/actions";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";

const KNOWN_ERRORS = ["OUTBOX_NOT_FAILED", "CONFLICT", "FORBIDDEN", "NOT_FOUND"] as const;
type KnownError = (typeof KNOWN_ERRORS)[number];

export function RetryButton({ id, recipient, failed, size = "sm" }: { id: string; recipient: string; failed: boolean; size?: "sm" | "md" }) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const retry = () =>
    startTransition(async () => {
      const result = await retryOutboxMessageAction({ id });
      if (result.ok) {
        setOutcome({ ok: true, message: t("outbox.retry.done") });
        router.refresh();
      } else {
        const code = (KNOWN_ERRORS as readonly string[]).includes(result.error.code) ? (result.error.code as KnownError) : null;
        setOutcome({ ok: false, message: code ? t(`outbox.retry.errors.${code}`) : t("outbox.retry.errors.other") });
      }
    });

  if (!failed && !outcome) return null;
  return (
    <div className="flex flex-col items-start gap-1">
      {failed ? (
        <Button variant="secondary" size={size} onClick={retry} disabled={pending} aria-label={t("outbox.retry.buttonLabel", { recipient })}>
          {pending ? t("outbox.retry.retrying") : t("outbox.retry.button")}
        </Button>
      ) : null}
      <p role="status" aria-live="polite" className={outcome ? (outcome.ok ? "text-xs text-green-800" : "text-xs text-red-700") : "sr-only"}>
        {outcome?.message ?? ""}
      </p>
    </div>
  );
}
