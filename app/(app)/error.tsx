"use client";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/states";
import { useI18n } from "@/components/i18n/i18n-provider";

export default function SignedInError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <ErrorState title={t("common.states.errorTitle")} action={<Button onClick={reset}>{t("common.retry")}</Button>}>
      {t("common.states.errorBody", { ref: error.digest ?? "-" })}
    </ErrorState>
  );
}
