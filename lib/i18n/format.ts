// Locale-aware formatting, used only at the edge (pages and components). Money is integer minor
// units with a currency; dates are stored in UTC and shown in a node's or the user's time zone.

/** The retailer's time zone: back-office screens show times in it (the demo retailer is in Paris). */
export const DISPLAY_TIME_ZONE = "Europe/Paris";

const INTL_LOCALE: Record<string, string> = { en: "en-GB", fr: "fr-FR" };
const intl = (locale: string) => INTL_LOCALE[locale] ?? locale;

// Building an Intl formatter costs far more than using one: they are kept per locale and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

export function formatMoney(minor: number, currency: string, locale: string): string {
  const f = cached(`money|${locale}|${currency}`, () => new Intl.NumberFormat(intl(locale), { style: "currency", currency }));
  const digits = f.resolvedOptions().maximumFractionDigits ?? 2;
  return f.format(minor / 10 ** digits);
}

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intl(locale), options).format(value);
}

export function formatPercent(ratio: number, locale: string, fractionDigits = 1): string {
  return new Intl.NumberFormat(intl(locale), { style: "percent", minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(ratio);
}

export function formatDate(date: Date | string, locale: string, timeZone?: string): string {
  return cached(`date|${locale}|${timeZone ?? ""}`, () => new Intl.DateTimeFormat(intl(locale), { dateStyle: "medium", timeZone })).format(new Date(date));
}

export function formatDateTime(date: Date | string, locale: string, timeZone?: string): string {
  return cached(`datetime|${locale}|${timeZone ?? ""}`, () => new Intl.DateTimeFormat(intl(locale), { dateStyle: "medium", timeStyle: "short", timeZone })).format(new Date(date));
}

/** "in 3 days" / "dans 3 jours", "2 days ago" / "il y a 2 jours". */
export function formatRelativeDays(date: Date | string, locale: string, now: Date = new Date()): string {
  const days = Math.round((new Date(date).getTime() - now.getTime()) / 86_400_000);
  return new Intl.RelativeTimeFormat(intl(locale), { numeric: "auto" }).format(days, "day");
}
