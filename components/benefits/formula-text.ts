// Each benefit component's formula written out with its numbers, in the reader's language: the page
// shows it under the figure and the CSV export writes the same text, so both say one thing.
import type { BenefitComponent, CategoryTerm } from "@/lib/analytics/client";
import { formatMoney, formatNumber, type Translate } from "@/lib/i18n/client";

export function formatters(locale: string) {
  return {
    money: (minor: number) => formatMoney(minor, "EUR", locale),
    count: (n: number) => formatNumber(n, locale),
    percent: (p: number) => formatNumber(p / 100, locale, { style: "percent", maximumFractionDigits: 2 }),
  };
}

export function formulaText(c: BenefitComponent, t: Translate, locale: string): string {
  const f = formatters(locale);
  const i = c.inputs;
  const result = f.money(c.valueMinor);
  const vat = f.count(i.vatFactor ?? 1);
  const terms = (list: CategoryTerm[] | undefined) =>
    list && list.length
      ? list.map((x) => t("benefits.formula.term", { category: x.category, value: f.money(x.valueMinor), margin: f.percent(x.marginPercent) })).join(" + ")
      : t("benefits.formula.noTerms");
  switch (c.key) {
    case "bopisAddOn":
      return t("benefits.formula.bopisAddOn", { orders: f.count(i.orders), rate: f.percent(i.ratePercent), basket: f.money(i.basketMinor), vat, margin: f.percent(i.marginPercent), result });
    case "bopisIncrementalSales":
      return t("benefits.formula.bopisIncrementalSales", { terms: terms(c.terms), vat, share: f.percent(i.sharePercent), result });
    case "bopisDeliveryAvoided":
      return t("benefits.formula.bopisDeliveryAvoided", { orders: f.count(i.orders), legs: f.count(i.transferLegs), perShipment: f.money(i.perShipmentMinor), result });
    case "bopisHandling":
      return t("benefits.formula.bopisHandling", { units: f.count(i.units), dc: f.money(i.dcMinor), store: f.money(i.storeMinor), result });
    case "borisProcessing":
      return t("benefits.formula.borisProcessing", { returns: f.count(i.returns), mail: f.money(i.mailCostMinor), store: f.money(i.storeCostMinor), result });
    case "borisRepurchase":
      return t("benefits.formula.borisRepurchase", { terms: terms(c.terms), vat, share: f.percent(i.sharePercent), result });
    case "sfsMarkdownAvoided":
      return t("benefits.formula.sfsMarkdownAvoided", {
        excess: f.money(i.excessValueMinor),
        unknown: f.money(i.unknownValueMinor),
        unknownShare: f.percent(i.unknownSharePercent),
        vat,
        markdown: f.percent(i.markdownPercent),
        result,
      });
    case "sfsSavedSales":
      return t("benefits.formula.sfsSavedSales", { terms: terms(c.terms), vat, share: f.percent(i.sharePercent), result });
    case "sfsHandling":
      return t("benefits.formula.sfsHandling", { units: f.count(i.units), dc: f.money(i.dcMinor), store: f.money(i.storeMinor), result });
  }
}
