// The theme in the running app: the header's control reads and changes it here. The first paint was already
// marked by src/app/theme-init.js (inline in <head>); this keeps <html data-theme> and theme-color in step after that: on a change,
// when the system's preference changes under "system", and when another tab changes the choice.
import { readThemeChoice, resolveTheme, THEME_COLORS, THEME_STORAGE_KEY, type ThemeChoice } from './theme'

const DARK_QUERY = '(prefers-color-scheme: dark)'
const listeners = new Set<() => void>()
let choice: ThemeChoice | undefined

function readStored(): ThemeChoice {
  try {
    return readThemeChoice(window.localStorage.getItem(THEME_STORAGE_KEY))
  } catch {
    return 'system'
  }
}

export function getThemeChoice(): ThemeChoice {
  return (choice ??= readStored())
}

function applyTheme() {
  const theme = resolveTheme(getThemeChoice(), window.matchMedia?.(DARK_QUERY).matches ?? false)
  document.documentElement.dataset.theme = theme
  document.querySelector('meta[name="theme-color"]')?.setAttribute('content', THEME_COLORS[theme])
}

function changed() {
  applyTheme()
  for (const listener of listeners) listener()
}

export function setThemeChoice(next: ThemeChoice) {
  choice = next
  try {
    if (next === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY)
    else window.localStorage.setItem(THEME_STORAGE_KEY, next)
  } catch {
    // Not remembered (storage refused): the choice still holds in this tab.
  }
  changed()
}

const onStorage = (event: StorageEvent) => {
  if (event.key !== THEME_STORAGE_KEY && event.key !== null) return
  choice = readStored()
  changed()
}

export function subscribeToTheme(listener: () => void) {
  if (listeners.size === 0) {
    window.matchMedia?.(DARK_QUERY).addEventListener('change', changed)
    window.addEventListener('storage', onStorage)
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size > 0) return
    window.matchMedia?.(DARK_QUERY).removeEventListener('change', changed)
    window.removeEventListener('storage', onStorage)
  }
}
