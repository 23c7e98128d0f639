// Formats the dashboards share: the live clock (hh:mm:ss, the browser's time zone), compact axis
// numbers, and a UTC day or week as a short date.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
const tag = (locale: string) => (locale === "fr" ? "fr-FR" : "en-GB");

export function formatClockSeconds(date: Date | string, locale: string): string {
  const key = `clock|${locale}`;
  if (!cache.has(key)) cache.set(key, new Intl.DateTimeFormat(tag(locale), { timeStyle: "medium" }));
  return (cache.get(key) as Intl.DateTimeFormat).format(new Date(date));
}

export function formatCompact(value: number, locale: string): string {
  const key = `compact|${locale}`;
  if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(tag(locale), { notation: "compact", maximumFractionDigits: 1 }));
  return (cache.get(key) as Intl.NumberFormat).format(value);
}

/** "3 Dec" for a yyyy-mm-dd UTC day. */
export function formatDay(day: string, locale: string): string {
  const key = `day|${locale}`;
  if (!cache.has(key)) cache.set(key, new Intl.DateTimeFormat(tag(locale), { day: "numeric", month: "short", timeZone: "UTC" }));
  return (cache.get(key) as Intl.DateTimeFormat).format(new Date(`${day}T12:00:00Z`));
}
