// The SOURCING rule's networkPricing setting: off unless a version says otherwise (older versions
// still read), and refused with a message both catalogues say when its values are out of range.
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@/lib/i18n";
import { definitionFieldIssues } from "./definition-errors";
import { DEFAULT_RULES, sourcingRulesSchema } from "./schemas";

const { networkPricing: _dropped, ...older } = DEFAULT_RULES.SOURCING;

describe("the networkPricing sourcing setting", () => {
  it("is off by default, also for versions published before it existed", () => {
    expect(DEFAULT_RULES.SOURCING.networkPricing).toEqual({ enabled: false, weight: 1 });
    expect(sourcingRulesSchema.parse(older).networkPricing).toEqual({ enabled: false, weight: 1 });
    expect(sourcingRulesSchema.parse({ ...older, networkPricing: { enabled: true, weight: 0.5 } }).networkPricing).toEqual({ enabled: true, weight: 0.5 });
  });

  it.each([
    ["a negative weight", { enabled: true, weight: -1 }, "definition.networkPricing.weight"],
    ["a weight above 5", { enabled: true, weight: 6 }, "definition.networkPricing.weight"],
    ["a weight that is not a number", { enabled: true, weight: "1" }, "definition.networkPricing.weight"],
    ["a switch that is not a yes or no", { enabled: "yes", weight: 1 }, "definition.networkPricing.enabled"],
    ["a missing weight", { enabled: true }, "definition.networkPricing.weight"],
  ])("refuses %s, on the setting, in words both catalogues have", (_name, networkPricing, path) => {
    const parsed = sourcingRulesSchema.safeParse({ ...older, networkPricing });
    expect(parsed.success).toBe(false);
    const issue = definitionFieldIssues(parsed.error!)[path];
    expect(issue, path).toBeDefined();
    for (const locale of ["en", "fr"] as const) expect(CATALOGUES[locale].errors).toHaveProperty(issue.code);
  });
});
