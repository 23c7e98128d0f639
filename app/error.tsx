"use client";
// Unexpected errors: a generic message with a reference, never a stack trace.
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/states";
import { useI18n } from "@/components/i18n/i18n-provider";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <ErrorState title={t("common.states.errorTitle")} action={<Button onClick={reset}>{t("common.retry")}</Button>}>
        {t("common.states.errorBody", { ref: error.digest ?? "-" })}
      </ErrorState>
    </main>
  );
}
