"use client";
// Says a server's refusal, or a schema's, in the user's language: the one way screens turn an
// error code and its parameters into words (lib/i18n/messages/<lang>/errors/).
import { useCallback } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { errorText, type ErrorIssue } from "@/lib/i18n/client";

export function useErrorText(): (issue: ErrorIssue) => string {
  const { locale } = useI18n();
  return useCallback((issue: ErrorIssue) => errorText(locale, issue), [locale]);
}
