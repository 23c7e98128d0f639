// Clock time for the "Live · updated" line, in the browser's (the user's) time zone.
const CLOCK: Record<string, Intl.DateTimeFormat> = {};

export function formatLiveClock(date: Date | string, locale: string): string {
  CLOCK[locale] ??= new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { timeStyle: "medium" });
  return CLOCK[locale].format(new Date(date));
}
