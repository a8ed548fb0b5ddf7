#!/usr/bin/env bash
# Makes sure the Chromium builds the e2e tests use are installed: Debian's packages chromium (the browser) and
# chromium-headless-shell (Playwright cannot download its own browsers here). CHROMIUM_PATH and
# CHROMIUM_HEADLESS_SHELL_PATH point elsewhere to use other builds.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
shell="${CHROMIUM_HEADLESS_SHELL_PATH:-/usr/bin/chromium-headless-shell}"
missing=()
[ -x "$browser" ] || missing+=(chromium)
[ -x "$shell" ] || missing+=(chromium-headless-shell)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}${CHROMIUM_HEADLESS_SHELL_PATH:-}" ]; then
  echo "CHROMIUM_PATH / CHROMIUM_HEADLESS_SHELL_PATH is set, but nothing executable is at $browser or $shell." >&2
  exit 1
fi
echo "Installing Debian's ${missing[*]}…"
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Cannot install ${missing[*]} without root. Install Debian's packages, or set CHROMIUM_PATH and CHROMIUM_HEADLESS_SHELL_PATH." >&2
  exit 1
fi
"$browser" --version 2>/dev/null | grep -v 'unexpected operator' || true
