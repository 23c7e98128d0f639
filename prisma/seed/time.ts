// Local time for the demo network. Every node is in a Central European zone (Paris, Brussels,
// Zurich, Luxembourg, Monaco), which all follow the EU summer-time rule, so one fast, deterministic
// offset function serves them all (no Intl calls in the hot loop of the order simulation).
import type { OpeningHours } from "./geo-data";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const DAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay());
}

/** UTC offset in hours of the Central European zones at instant t (CET +1, CEST +2). */
export function cetOffsetHours(t: number): number {
  const year = new Date(t).getUTCFullYear();
  const start = lastSundayUtc(year, 2) + HOUR;
  const end = lastSundayUtc(year, 9) + HOUR;
  return t >= start && t < end ? 2 : 1;
}

export interface LocalParts {
  /** 0 = Monday ... 6 = Sunday */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
  /** The UTC instant of this local day's midnight. */
  midnight: number;
}

export function localParts(t: number): LocalParts {
  const off = cetOffsetHours(t) * HOUR;
  const local = t + off;
  const localMidnight = Math.floor(local / DAY) * DAY;
  const weekday = (new Date(localMidnight).getUTCDay() + 6) % 7;
  return { weekday, minutes: Math.floor((local - localMidnight) / MINUTE), midnight: localMidnight - off };
}

/** The UTC instant of a local wall-clock time on the local day containing t. */
export function atLocal(t: number, hour: number, minute = 0): number {
  return localParts(t).midnight + (hour * 60 + minute) * MINUTE;
}

type Interval = [number, number];
const parsed = new WeakMap<OpeningHours, Interval[][]>();

function intervals(hours: OpeningHours): Interval[][] {
  let days = parsed.get(hours);
  if (!days) {
    const toMin = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
    days = DAY_KEYS.map((k) => hours[k].map(([a, b]) => [toMin(a), toMin(b)] as Interval));
    parsed.set(hours, days);
  }
  return days;
}

/** t itself when the node is open at t, else the next opening instant (within two weeks). */
export function nextOpen(hours: OpeningHours, t: number): number {
  const days = intervals(hours);
  let { weekday, minutes, midnight } = localParts(t);
  for (let i = 0; i < 15; i++) {
    for (const [a, b] of days[weekday]) {
      if (i === 0 && minutes >= a && minutes < b) return t;
      if (minutes < a) return midnight + a * MINUTE;
    }
    midnight = localParts(midnight + DAY + 2 * HOUR).midnight;
    weekday = (weekday + 1) % 7;
    minutes = 0;
  }
  return t;
}

/** Adds working minutes: time only runs while the node is open. */
export function addWorkingMinutes(hours: OpeningHours, t: number, minutes: number): number {
  const days = intervals(hours);
  let cur = nextOpen(hours, t);
  let left = minutes * MINUTE;
  for (let guard = 0; guard < 60; guard++) {
    const { weekday, minutes: m, midnight } = localParts(cur);
    const interval = days[weekday].find(([a, b]) => m >= a && m < b);
    if (!interval) {
      cur = nextOpen(hours, cur + MINUTE);
      continue;
    }
    const close = midnight + interval[1] * MINUTE;
    if (cur + left <= close) return cur + left;
    left -= close - cur;
    cur = nextOpen(hours, close);
  }
  return cur + left;
}

/** The next of the given local times (minutes after midnight) on allowed weekdays, at or after t. */
export function nextSlot(t: number, slots: number[], weekdays: number[]): number {
  let { weekday, midnight } = localParts(t);
  for (let i = 0; i < 15; i++) {
    if (weekdays.includes(weekday)) {
      for (const s of slots) {
        const at = midnight + s * MINUTE;
        if (at >= t) return at;
      }
    }
    midnight = localParts(midnight + DAY + 2 * HOUR).midnight;
    weekday = (weekday + 1) % 7;
  }
  return t;
}

/** Adds business days (Monday-Saturday deliveries) and lands at a local time of day. */
export function addDeliveryDays(t: number, days: number, minuteOfDay: number): number {
  let { weekday, midnight } = localParts(t);
  let left = days;
  while (left > 0) {
    midnight = localParts(midnight + DAY + 2 * HOUR).midnight;
    weekday = (weekday + 1) % 7;
    if (weekday !== 6) left--;
  }
  return midnight + minuteOfDay * MINUTE;
}

/** End of the local day containing t (23:59). */
export function endOfLocalDay(t: number): number {
  return localParts(t).midnight + (23 * 60 + 59) * MINUTE;
}
