// The reporting period a page was asked for in its URL (?days=7|30|90, or ?from=&to= calendar
// days), shared by the KPI page and the benefits calculator: the input their queries take, what was
// typed (kept in the picker on a refusal), and each refused field's problem in the reader's language.
import { kpiCustomPeriodSchema, kpiPeriodSchema } from "@/lib/analytics/client";
import { issueFor } from "@/lib/errors";
import { errorText, type Locale } from "@/lib/i18n/client";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export function readPeriodParams(sp: SearchParams, locale: Locale) {
  const days = kpiPeriodSchema.parse(first(sp.days) ?? 30);
  const typed = { from: first(sp.from), to: first(sp.to) };
  const custom = kpiCustomPeriodSchema.safeParse(typed);
  const errors: { from?: string; to?: string } = {};
  for (const issue of custom.error?.issues ?? []) {
    const field = issue.path[0] as "from" | "to";
    errors[field] ??= errorText(locale, issueFor(issue as never));
  }
  // A refused custom period falls back to the last 30 days (the page says so).
  const input = custom.success ? { days, ...custom.data } : { days: 30 as const };
  return { input, typed, errors, customValid: custom.success };
}
