#!/usr/bin/env bash
# Makes sure the Chromium the e2e tests use is installed: Debian's package (Playwright cannot download its own
# browser here). CHROMIUM_PATH points elsewhere to use another build.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH is set to $path, but nothing executable is there." >&2
  exit 1
fi
echo "Chromium is not installed; installing Debian's chromium package…"
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Cannot install Chromium without root. Install Debian's 'chromium' package, or set CHROMIUM_PATH." >&2
  exit 1
fi
"$path" --version 2>/dev/null | grep -v 'unexpected operator' || true
