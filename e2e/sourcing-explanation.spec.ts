// The agent reads why an order's units come from where they do: the seeded order of the sourcing
// explanation journey has a line split over two DCs, an address change that sourced it again from
// other DCs, and a cancelled line. The panel shows the current plan with its certificate, and the
// earlier decision opens by keyboard with what changed.
import { expect, test } from "@playwright/test";
import { EXPLANATION_JOURNEY_CUSTOMER } from "../prisma/seed/sourcing-explanation-customer";
import { expectAccessible } from "./support/axe";
import { storageState } from "./support/users";

test.use({ storageState: storageState("agent") });

test("an agent reads the explanation and certificate of a split line, and opens the earlier decision", async ({ page }) => {
  await page.goto(`/orders?q=${encodeURIComponent(EXPLANATION_JOURNEY_CUSTOMER.email)}`);
  const orderLink = page.getByRole("table").getByRole("link", { name: /^OMS-\d+$/ });
  await expect(orderLink).toHaveCount(1);
  const orderNumber = (await orderLink.textContent())!.trim();
  await orderLink.click();
  await expect(page.getByRole("heading", { level: 1, name: `Order ${orderNumber}` })).toBeVisible();

  const panel = page.getByRole("region", { name: "Sourcing: why each unit comes from where it does" });
  await expect(panel).toBeVisible();
  // The summary sentence stays after the re-sourcing, with the plan's certificate.
  await expect(panel.getByText(/^2 shipment\(s\) from .*; plan cost €/).first()).toBeVisible();

  // The split line: two DCs, each with its cost parts and why it was chosen.
  const split = panel.getByRole("region", { name: /^Line 1 · .+ × 3$/ }).first();
  await expect(split.getByText("Split line")).toBeVisible();
  await expect(split.getByText(/^Planned by the decision of .* \(Re-sourced after a change\)\.$/)).toBeVisible();
  await expect(split.getByText(/^(Optimal|Within [\d.]+% of optimal)$/)).toBeVisible();
  const chosen = split.getByRole("region", { name: "Chosen nodes for line 1 and their cost parts" });
  const rows = chosen.getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(chosen.getByRole("row", { name: /\(DC-BDX\) 2 / })).toContainText(/Nearest node with stock; .+ \(DC-[A-Z]{3}\) was €[\d.]+ dearer\. 2 of 3 units from here; the rest from .+ \(DC-LYO\)/);
  await expect(chosen.getByRole("row", { name: /\(DC-LYO\) 1 / })).toContainText(/Next cheapest node with stock; .+ \(DC-PAR\) was €[\d.]+ dearer\. 1 of 3 units from here/);
  // Every other node was rejected for want of stock, the nearest named with their distance.
  await expect(split.getByText(/^No stock: \d+/)).toBeVisible();
  await expect(split.getByText(/Nearest: .+ \(ST-BDX-01\) at \d+ km/)).toBeVisible();
  await expect(split.getByRole("img", { name: /^Map of line 1: chosen .*DC-BDX.*; destination the customer$/ })).toBeVisible();

  // The cancelled line is marked as such, not shown as still planned.
  const cancelled = panel.getByRole("region", { name: /^Line 2 · / }).first();
  await expect(cancelled.getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(cancelled.getByText("This line was cancelled after the decision: its units are no longer planned.")).toBeVisible();
  await expect(cancelled.getByRole("region", { name: /^Chosen nodes/ })).toHaveCount(0);

  // The next-best plans and what they would have cost.
  await expect(panel.getByRole("heading", { name: "Next-best plans" })).toBeVisible();
  await expect(panel.getByText(/^2 shipment\(s\) from .+: €[\d.]+ \(\+€[\d.]+\)$/).first()).toBeVisible();
  await expectAccessible(page);

  // Both decisions, newest first; the capture opens by keyboard and shows its own explanation.
  await expect(panel.getByRole("heading", { name: "Decisions for this order (2)" })).toBeVisible();
  const decisions = panel.getByRole("list", { name: "Decisions for this order (2)" }).locator(":scope > li > details");
  await expect(decisions).toHaveCount(2);
  await expect(decisions.nth(0)).toContainText(/Re-sourced after a change.*Current/);
  await expect(decisions.nth(0)).toContainText(/Added: .+\(DC-BDX\).*Removed: .+\(DC-PAR\).*Cost [+−]€/);
  const capture = decisions.nth(1);
  await expect(capture).toContainText(/Order capture.*First decision/);
  const captureSummary = capture.locator(":scope > summary");
  await captureSummary.focus();
  await page.keyboard.press("Enter");
  await expect(capture).toHaveAttribute("open", "");
  const atCapture = capture.getByRole("region", { name: /^Line 1 · / });
  await expect(atCapture.getByRole("region", { name: "Chosen nodes for line 1 and their cost parts" }).getByRole("row", { name: /\(DC-PAR\) 2 / })).toBeVisible();
  await expect(capture.getByText(/^(Optimal|Within [\d.]+% of optimal|No bound recorded)$/)).toBeVisible();
  await expectAccessible(page);
});
