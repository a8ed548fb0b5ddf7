// The theme in the running app: the header's control reads and changes it here. The first paint was already
// marked by src/app/theme-init.js (inline in <head>); this keeps <html data-theme> and theme-color in step after that: on a change,
// when the system's preference changes under "system", and when another tab changes the choice.
import { readStored, writeStored } from '@/lib/storage'
import { readThemeChoice, resolveTheme, THEME_COLORS, THEME_STORAGE_KEY, type ThemeChoice } from './theme'

const DARK_QUERY = '(prefers-color-scheme: dark)'
const listeners = new Set<() => void>()
let choice: ThemeChoice | undefined

const readStoredChoice = (): ThemeChoice => readThemeChoice(readStored(THEME_STORAGE_KEY))

export function getThemeChoice(): ThemeChoice {
  return (choice ??= readStoredChoice())
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
  // When storage refuses, the choice is not remembered but still holds in this tab.
  writeStored(THEME_STORAGE_KEY, next === 'system' ? null : next)
  changed()
}

const onStorage = (event: StorageEvent) => {
  if (event.key !== THEME_STORAGE_KEY && event.key !== null) return
  choice = readStoredChoice()
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
