// How the simulation screens say times, periods and money: times in the retailer's display time
// zone, a period [from, to) by its first and last day, costs in euros (integer cents).
import { DISPLAY_TIME_ZONE, formatDate, formatDateTime, formatMoney, formatNumber, formatPercent } from "@/lib/i18n/client";

export { DISPLAY_TIME_ZONE };
export const CURRENCY = "EUR";

export const when = (date: Date | string, locale: string) => formatDateTime(date, locale, DISPLAY_TIME_ZONE);
export const day = (date: Date | string, locale: string) => formatDate(date, locale, DISPLAY_TIME_ZONE);

/** The period's first and last day (its end is exclusive). */
export function periodDays(from: Date | string, to: Date | string, locale: string): { from: string; to: string } {
  const last = new Date(new Date(to).getTime() - 1);
  return { from: day(from, locale), to: day(last, locale) };
}

export const money = (minor: number, locale: string) => formatMoney(Math.round(minor), CURRENCY, locale);

/** A change with its sign ("+€1.20", "−€3.00"); zero without one. */
export function signedMoney(minor: number, locale: string): string {
  const m = Math.round(minor);
  return m > 0 ? `+${money(m, locale)}` : m < 0 ? `−${money(-m, locale)}` : money(0, locale);
}

export function signedNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  const text = formatNumber(Math.abs(value), locale, options);
  // The sign of what is shown: a change that rounds to zero has none.
  const shown = Number(text.replace(/[^\d]/g, "")) === 0 ? 0 : value;
  return shown > 0 ? `+${text}` : shown < 0 ? `−${text}` : text;
}

export function signedPoints(ratio: number, locale: string): string {
  const text = formatPercent(Math.abs(ratio), locale);
  const shown = Number(text.replace(/[^\d]/g, "")) === 0 ? 0 : ratio;
  return shown > 0 ? `+${text}` : shown < 0 ? `−${text}` : text;
}

/** Engine costs are euros with decimals; the screens count cents. */
export const eurosToMinor = (euros: number) => Math.round(euros * 100);
