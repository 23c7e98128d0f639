"use client";
// The tracking page's lookup: the form posts to the server action (it works before the page has
// hydrated too), then shows the order, or "not found", or the field errors, or "too many lookups".
import { useActionState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/states";
import { errorText } from "@/lib/i18n/client";
import type { TrackLookupResult } from "@/lib/orders/client";
import { TrackForm } from "./track-form";
import { TrackResult } from "./track-result";

export interface TrackLookupState {
  values: { number: string; email: string };
  result: TrackLookupResult | null;
}

export function TrackLookup({ action, initialNumber }: { action: (state: TrackLookupState, form: FormData) => Promise<TrackLookupState>; initialNumber?: string }) {
  const { t, locale } = useI18n();
  const [state, formAction, pending] = useActionState(action, { values: { number: initialNumber ?? "", email: "" }, result: null });
  const result = state.result;

  if (result?.status === "found") {
    return (
      <>
        <TrackResult order={result.order} t={t} locale={locale} />
        <p>
          {/* A fresh page: the lookup's state starts over. */}
          <a href="/track" className="font-medium text-brand-700 underline">
            {t("track.result.another")}
          </a>
        </p>
      </>
    );
  }
  const errors: { number?: string; email?: string } = {};
  if (result?.status === "invalid") {
    for (const field of ["number", "email"] as const) {
      const issue = result.fieldErrors[field];
      if (issue) errors[field] = errorText(locale, issue);
    }
  }
  return (
    <>
      {result?.status === "notFound" ? <Alert tone="danger">{t("track.notFound")}</Alert> : null}
      {result?.status === "throttled" ? <Alert tone="danger">{t("track.throttled", { minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) })}</Alert> : null}
      <TrackForm action={formAction} values={state.values} errors={errors} pending={pending} t={t} />
    </>
  );
}
