// The benefits calculator for a period as a CSV download: the period, each lever's figures with
// their formulas written out (in the user's language), the data behind them, the per-week or
// per-month series, the assumptions and the fulfilment costs used. Same query string as /benefits.
import { FACT_ROWS, categoryValues } from "@/components/benefits/facts-rows";
import { formulaText } from "@/components/benefits/formula-text";
import { getBenefitsReport, benefitsInputSchema, LEVERS, BENEFITS_DEFAULTS, type BenefitsReport } from "@/lib/analytics";
import { sessionRoute } from "@/lib/auth";
import { csvResponse, type CsvColumn } from "@/lib/csv";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/http";
import { createTranslator, isLocale, localeFromAcceptLanguage, LOCALE_COOKIE, type Locale } from "@/lib/i18n";
import { methodsNotAllowed } from "@/lib/http-methods";

export const dynamic = "force-dynamic";

interface Row {
  section: "period" | "figure" | "data" | "data_by_category" | "series" | "assumption" | "cost_model";
  lever: string;
  item: string;
  value: string | number;
  unit: "EUR" | "count" | "percent" | "date" | "text";
  formula: string;
}

const COLUMNS: CsvColumn<Row>[] = (["section", "lever", "item", "value", "unit", "formula"] as const).map((k) => ({ header: k, value: (r: Row) => r[k] }));

/** EUR as a number (a string like "-2.40" would be guarded against formula injection and stop being a number). */
const eur = (minor: number) => Math.round(minor) / 100;

function requestLocale(req: Request): Locale {
  const cookie = (req.headers.get("cookie") ?? "").split(/;\s*/).find((c) => c.startsWith(`${LOCALE_COOKIE}=`))?.slice(LOCALE_COOKIE.length + 1);
  return isLocale(cookie) ? cookie : localeFromAcceptLanguage(req.headers.get("accept-language"));
}

function benefitsCsvRows(r: BenefitsReport, locale: Locale): Row[] {
  const t = createTranslator(locale);
  const rows: Row[] = [
    { section: "period", lever: "", item: "from", value: r.from, unit: "date", formula: "" },
    { section: "period", lever: "", item: "to_exclusive", value: r.to, unit: "date", formula: "" },
    { section: "period", lever: "", item: "series_unit", value: r.unit, unit: "text", formula: "" },
    { section: "figure", lever: "all", item: "total", value: eur(r.result.totalMinor), unit: "EUR", formula: "" },
  ];
  for (const lever of LEVERS) {
    const res = r.result[lever];
    rows.push({ section: "figure", lever, item: "total", value: eur(res.totalMinor), unit: "EUR", formula: "" });
    for (const c of res.components) rows.push({ section: "figure", lever, item: c.key, value: eur(c.valueMinor), unit: "EUR", formula: formulaText(c, t, locale) });
  }
  for (const lever of LEVERS) {
    for (const f of FACT_ROWS[lever]) {
      const v = f.get(r.facts);
      rows.push({ section: "data", lever, item: f.code, value: f.kind === "money" ? eur(v) : v, unit: f.kind === "money" ? "EUR" : "count", formula: "" });
    }
    for (const [category, v] of Object.entries(categoryValues(lever, r.facts)).sort(([a], [b]) => a.localeCompare(b)))
      rows.push({ section: "data_by_category", lever, item: category, value: eur(v), unit: "EUR", formula: "" });
  }
  for (const b of r.buckets) for (const lever of LEVERS) rows.push({ section: "series", lever, item: b.bucket, value: eur(b.result[lever].totalMinor), unit: "EUR", formula: "" });
  for (const key of Object.keys(BENEFITS_DEFAULTS) as Array<keyof typeof BENEFITS_DEFAULTS>) {
    if (key === "categoryMargins") continue;
    const money = key === "bopisAddOnBasket" || key === "borisMailReturnCost" || key === "borisStoreReturnCost";
    rows.push({ section: "assumption", lever: "", item: key, value: r.assumptions[key], unit: money ? "EUR" : "percent", formula: "" });
  }
  for (const m of r.assumptions.categoryMargins) rows.push({ section: "assumption", lever: "", item: `margin:${m.category}`, value: m.marginPercent, unit: "percent", formula: "" });
  rows.push({ section: "assumption", lever: "", item: "saved", value: r.assumptionsSaved ? "yes" : "defaults", unit: "text", formula: "" });
  rows.push(
    { section: "cost_model", lever: "", item: "rule_set_version", value: r.costModel.ruleSetVersion ?? "defaults", unit: "text", formula: "" },
    { section: "cost_model", lever: "", item: "per_shipment", value: r.costModel.perShipment, unit: "EUR", formula: "" },
    { section: "cost_model", lever: "", item: "handling_per_unit_dc", value: r.costModel.handlingPerUnit.DC, unit: "EUR", formula: "" },
    { section: "cost_model", lever: "", item: "handling_per_unit_store", value: r.costModel.handlingPerUnit.STORE, unit: "EUR", formula: "" },
    { section: "cost_model", lever: "", item: "vat_rate_included_in_prices", value: r.vatRate * 100, unit: "percent", formula: "" },
  );
  return rows;
}

export const GET = sessionRoute("benefits.view", async (req, actor) => {
  const params = new URL(req.url).searchParams;
  const raw = Object.fromEntries([...params.entries()].filter(([, v]) => v !== ""));
  const input = parseInput(benefitsInputSchema, raw);
  const report = await getBenefitsReport(await getDb(), actor, input);
  const rows = benefitsCsvRows(report, requestLocale(req));
  async function* batches() {
    yield rows;
  }
  return csvResponse({
    filename: `benefits-${report.from.slice(0, 10)}-${report.to.slice(0, 10)}.csv`,
    columns: COLUMNS,
    batches: batches(),
    onError: (e) => console.error("[benefits export]", e),
  });
});

// Any other method: a JSON 405 with Allow (docs/errors.md).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed("GET");
