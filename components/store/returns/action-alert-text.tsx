"use client";
// A refused receipt, said plainly above the button that sent it: the refusal in the associate's
// words, and any field problem that has no field on screen.
import { useI18n } from "@/components/i18n/i18n-provider";
import type { StoreActionError } from "../action-errors";
import { returnErrorHeadline } from "./return-errors";

export function ActionAlertText({ error }: { error: StoreActionError }) {
  const { t } = useI18n();
  const headline = returnErrorHeadline(t, error);
  const other = Object.entries(error.fields ?? {}).filter(([, message]) => message !== headline);
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-base text-red-900">
      <p className="font-medium">{headline}</p>
      {other.length ? (
        <ul className="mt-1 list-disc pl-5">
          {other.map(([path, message]) => (
            <li key={path}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
