"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/app/actions";
import { LOCALES, type Locale } from "@/lib/i18n/client";
import { useI18n } from "@/components/i18n/i18n-provider";

/** `compact`: the label is only said to screen readers and the select is a 44 px touch target. */
export function LocaleSwitcher({ tone = "dark", compact = false }: { tone?: "dark" | "light"; compact?: boolean }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <label className={tone === "dark" ? "flex items-center gap-2 text-sm text-white" : "flex items-center gap-2 text-sm text-slate-700"}>
      <span className={compact ? "sr-only" : undefined}>{t("common.language")}</span>
      <select
        className={compact ? "min-h-12 rounded-md border border-slate-300 bg-white px-2 text-base text-slate-900" : "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900"}
        value={locale}
        disabled={pending}
        onChange={(e) =>
          start(async () => {
            await setLocale(e.target.value as Locale);
            router.refresh();
          })
        }
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`common.languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
