#!/usr/bin/env bash
# Finds a Chromium for the e2e suite, or installs Debian's when running as root. Playwright's own
# browser download is never used (the machines have no internet beyond the package registries).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then exit 0; fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then exit 0; fi
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium. Install it (Debian: 'sudo apt-get install chromium')" >&2
echo "or point CHROMIUM_PATH at a Chromium binary, then run the tests again." >&2
exit 1
