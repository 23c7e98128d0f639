// Every page must pass axe-core's WCAG 2.1 AA rules with no serious or critical violation.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * axe-core with the WCAG 2.0/2.1 A and AA rules, plus label-in-name (WCAG 2.5.3), which axe still
 * ships as experimental and so leaves out of a run by tags.
 */
export function axeBuilder(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).withTags(WCAG_TAGS);
}

export async function expectAccessible(page: Page): Promise<void> {
  const results = await axeBuilder(page).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
