// Runs in <head>, before the first paint: marks <html data-theme="light|dark"> with the remembered theme (or the
// system's) and sets the browser's theme colour to match, so no page ever flashes the other theme.
// It mirrors src/lib/theme/theme.ts (theme-init.test.ts checks that they agree) and never throws.
;(function () {
  var theme = 'light'
  try {
    var stored = null
    try {
      stored = window.localStorage.getItem('career-explorer:theme')
    } catch {
      // Storage refused (privacy mode, a sandbox): follow the system.
    }
    if (stored === 'light' || stored === 'dark') theme = stored
    else if (window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches) theme = 'dark'
    document.documentElement.setAttribute('data-theme', theme)
    var meta = document.querySelector('meta[name="theme-color"]')
    if (meta) meta.setAttribute('content', theme === 'dark' ? '#161b22' : '#0b5cad')
  } catch {
    // Without the mark the stylesheet follows the system's preference.
  }
})()
