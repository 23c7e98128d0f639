#!/usr/bin/env bash
# `npm test`: type check, lint, unit + integration tests (in-memory PGlite, plus the PostgreSQL
# server when one answers), then the browser tests in Chromium. Stops at the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
stage() { printf '\n\033[1m▶ %s\033[0m\n' "$1"; }

stage "Type check"
npx tsc --noEmit -p tsconfig.json

stage "Lint"
npx eslint --max-warnings=0 .

stage "Unit and integration tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest-results.json

stage "Browser"
bash scripts/ensure-chromium.sh

stage "End-to-end tests (Chromium)"
npx playwright test

node scripts/test-summary.mjs
