// Which theme a page shows: the reader's choice (remembered in localStorage), or the system's when they chose
// "system" or when what is stored cannot be read. src/app/theme-init.js (inline in <head>) repeats this before the first paint;
// theme-init.test.ts runs both on the same inputs so they cannot drift apart.

/** Written through src/lib/storage.ts; theme-init.js spells it out too, and its test answers only this key. */
export const THEME_STORAGE_KEY = 'career-explorer:theme'

export const THEME_CHOICES = ['system', 'light', 'dark'] as const
export type ThemeChoice = (typeof THEME_CHOICES)[number]
export type Theme = 'light' | 'dark'

/** The header's colour in each theme (`--header-bg` in tokens.css), for `<meta name="theme-color">`. */
export const THEME_COLORS: Record<Theme, string> = { light: '#0b5cad', dark: '#161b22' }

/** A stored value as a choice: anything but "light" or "dark" (missing, damaged, old) means "system". */
export function readThemeChoice(stored: unknown): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'system'
}

export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice !== 'system') return choice
  return systemPrefersDark ? 'dark' : 'light'
}
