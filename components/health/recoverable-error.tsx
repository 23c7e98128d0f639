"use client";
// What a page shows when it failed: it asks /api/health whether the service can reach its
// database. When it cannot, the page says the service is temporarily unavailable (nothing the
// user did is wrong) and checks again every few seconds, reloading itself once the service is
// back; otherwise it is the generic error with its reference, never a stack trace.
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/states";
import { useI18n } from "@/components/i18n/i18n-provider";
import { HEALTH_PATH } from "@/lib/health/client";

export const HEALTH_POLL_MS = 5_000;

type Verdict = "checking" | "unavailable" | "error";

export function RecoverableError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  const [verdict, setVerdict] = useState<Verdict>("checking");
  const wasDown = useRef(false);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      let up = false;
      try {
        up = (await fetch(HEALTH_PATH, { cache: "no-store" })).ok;
      } catch {
        up = false;
      }
      if (cancelled) return;
      if (!up) {
        wasDown.current = true;
        setVerdict("unavailable");
        timer = setTimeout(() => void check(), HEALTH_POLL_MS);
      } else if (wasDown.current) {
        // Back: load the page afresh (a re-render would reuse the failed server answer).
        window.location.reload();
      } else {
        setVerdict("error");
      }
    };
    void check();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, []);

  if (verdict === "unavailable") {
    return (
      <ErrorState title={t("common.states.unavailableTitle")} action={<Button onClick={() => window.location.reload()}>{t("common.retry")}</Button>}>
        <p>{t("common.states.unavailableBody")}</p>
      </ErrorState>
    );
  }
  if (verdict === "checking") {
    return (
      <p role="status" className="text-sm text-slate-600">
        {t("common.states.unavailableChecking")}
      </p>
    );
  }
  return (
    <ErrorState title={t("common.states.errorTitle")} action={<Button onClick={reset}>{t("common.retry")}</Button>}>
      {t("common.states.errorBody", { ref: error.digest ?? "-" })}
    </ErrorState>
  );
}
