"use client";
// The refusal banner of an admin form: the code's text from the errors catalogue, the field
// problems no field shows, and for a conflict where to compare with the latest version.
import { useErrorText } from "@/components/forms/error-text";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/states";
import type { FormRefusal } from "./action-errors";

export function FormRefusalAlert({ refusal, latestHref }: { refusal: FormRefusal | null; latestHref?: string }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  if (!refusal) return null;
  return (
    <Alert tone="danger">
      <p>{errorText(refusal)}</p>
      {refusal.problems.length ? (
        <ul className="mt-1 list-disc pl-5">
          {refusal.problems.map(([path, text]) => (
            <li key={path}>{text}</li>
          ))}
        </ul>
      ) : null}
      {refusal.code === "CONFLICT" ? (
        <>
          <p className="mt-1">{t("admin.common.inputKept")}</p>
          {latestHref ? (
            <p className="mt-2">
              <a href={latestHref} target="_blank" rel="noreferrer" className="font-medium underline">
                {t("admin.common.latestVersion")}
              </a>
            </p>
          ) : null}
        </>
      ) : null}
    </Alert>
  );
}
