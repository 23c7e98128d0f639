"use client";
import { signOut } from "next-auth/react";
import { useI18n } from "@/components/i18n/i18n-provider";

export function SignOutButton({ touch }: { touch: boolean }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className={touch ? "min-h-12 rounded-md border border-white/60 px-4 text-base text-white hover:bg-brand-800" : "rounded-md border border-white/60 px-3 py-1.5 text-sm text-white hover:bg-brand-800"}
    >
      {t("common.signOut")}
    </button>
  );
}
