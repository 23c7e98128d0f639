// Prints one closing line for the whole suite from the vitest and Playwright JSON reports.
import fs from "node:fs";

const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : null);
const unit = read("reports/vitest-results.json");
const e2e = read("reports/e2e-results.json");
let passed = 0;
let failed = 0;
let skipped = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
if (e2e) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
console.log(`\nunit+integration: ${unit ? unit.numPassedTests : 0} passed; e2e: ${e2e ? e2e.stats.expected + (e2e.stats.flaky ?? 0) : 0} passed`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
