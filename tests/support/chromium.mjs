// How every script and test here starts Chromium: Debian's builds (overridable with CHROMIUM_PATH and
// CHROMIUM_HEADLESS_SHELL_PATH), headless, with background networking off so it does not flood a closed network with
// refused connections.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

// Chromium's headless shell: the same Blink and V8 without the desktop browser around them, which is what Playwright
// itself runs for headless tests. Pages open about twice as fast on a 2-core machine, so most e2e journeys use it;
// the benchmarks, and the e2e project on React's development build, use the full browser.
export const CHROMIUM_HEADLESS_SHELL_PATH =
  process.env.CHROMIUM_HEADLESS_SHELL_PATH || '/usr/bin/chromium-headless-shell'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Launch options for Playwright: the full browser, or with `{ shell: true }` the headless shell. */
export function chromiumLaunchOptions({ shell = false } = {}) {
  return { executablePath: shell ? CHROMIUM_HEADLESS_SHELL_PATH : CHROMIUM_PATH, args: CHROMIUM_ARGS }
}
