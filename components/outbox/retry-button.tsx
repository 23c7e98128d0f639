"use client";
// Puts a failed message back in the queue and refreshes the page; the outcome is announced next to
// the button. Rendered for every message (failed or not) so its message survives the refresh that
// turns the message back to pending.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { retryOutboxMessageAction } from "@/app/(app)/admin/outbox/actions";
import { useErrorText } from "@/components/forms/error-text";
import { callAction } from "@/components/forms/server-errors";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";

export function RetryButton({ id, recipient, failed, size = "sm" }: { id: string; recipient: string; failed: boolean; size?: "sm" | "md" }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const retry = () =>
    startTransition(async () => {
      const result = await callAction(retryOutboxMessageAction, { id });
      if (result.ok) {
        setOutcome({ ok: true, message: t("outbox.retry.done") });
        router.refresh();
      } else {
        // The refusal's code in the admin's language (the errors catalogue says each one).
        setOutcome({ ok: false, message: errorText(result.error) });
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
