// Browser tests in Debian's Chromium against the built app on a small, freshly seeded embedded
// database (.data/e2e-pglite). `npm run test:e2e` runs them; `npm test` runs everything.
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = {
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // E2E_OUT, E2E_PGLITE_DIR and NEXT_DIST_DIR let two runs share a checkout without touching each other's files.
  outputDir: process.env.E2E_OUT ? `${process.env.E2E_OUT}/test-results` : "test-results",
  reporter: [["list"], ["json", { outputFile: process.env.E2E_OUT ? `${process.env.E2E_OUT}/e2e-results.json` : "reports/e2e-results.json" }]],
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure", launchOptions, locale: "en-GB" },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "desktop", testMatch: /.*\.spec\.ts/, testIgnore: /store\.spec\.ts/, dependencies: ["setup"], use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 }, launchOptions } },
    { name: "tablet", testMatch: /store\.spec\.ts/, dependencies: ["setup"], use: { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false, launchOptions } },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/start.ts",
    url: `${baseURL}/login`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? ".data/e2e-pglite",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? "",
      SEED_SCALE: "small",
      OMS_RESEED: "1",
      // The shadow price LP is not part of any journey: keep its CPU out of the timings.
      SHADOW_PRICES: "off",
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production",
      NEXTAUTH_URL: baseURL,
      DATABASE_URL: "",
    },
  },
});
