// Short formats for the store screens, to be read at arm's length: waiting time and clock time.
import type { Translate } from "@/lib/i18n/client";

/** "45 min", "2 h 5 min", "3 d 4 h". */
export function formatAge(minutes: number, t: Translate): string {
  if (minutes < 60) return t("store.age.minutes", { m: minutes });
  const h = Math.floor(minutes / 60);
  if (h < 24) return t("store.age.hours", { h, m: minutes % 60 });
  return t("store.age.days", { d: Math.floor(h / 24), h: h % 24 });
}

/** "14:05" in the store's time zone. */
export function formatClock(date: Date | string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { timeStyle: "short", timeZone }).format(new Date(date));
}
