import { useSyncExternalStore } from 'react'
import { THEME_CHOICES, type ThemeChoice } from '@/lib/theme/theme'
import { getThemeChoice, setThemeChoice, subscribeToTheme } from '@/lib/theme/theme-store'
import { messages } from '@/lib/i18n/runtime'

/** The header's theme picker: the system's theme, or always light, or always dark; remembered in this browser. */
export function ThemeControl() {
  // The HTML is rendered as "System" (the server cannot know the choice); the stored one follows on hydration.
  const t = messages().shell
  const labels: Record<ThemeChoice, string> = {
    system: t.themeSystem,
    light: t.themeLight,
    dark: t.themeDark,
  }
  const choice = useSyncExternalStore(subscribeToTheme, getThemeChoice, () => 'system' as const)
  return (
    <label className="theme-control">
      {t.themeLabel}
      <select value={choice} onChange={(event) => setThemeChoice(event.target.value as ThemeChoice)}>
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {labels[value]}
          </option>
        ))}
      </select>
    </label>
  )
}
