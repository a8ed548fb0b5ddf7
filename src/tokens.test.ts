// The colour pairs the app puts together, read from tokens.css itself, meet WCAG 2.2 AA in both themes:
// 4.5:1 for text, 3:1 for what is not text (focus rings, control edges, chart bars, the offer line, the hatching).
// And no colour is written anywhere but tokens.css.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = join(process.cwd(), 'src')
const tokensCss = readFileSync(join(src, 'tokens.css'), 'utf8')

type Scheme = 'light' | 'dark'

/** `--name: value;` declarations of the :root block (comments removed). */
function declarations(css: string): Map<string, string> {
  const rootBlock = /:root\s*\{([\s\S]*?)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1] ?? ''
  const map = new Map<string, string>()
  for (const [, name, value] of rootBlock.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
    if (name && value) map.set(name, value.trim())
  return map
}

const tokens = declarations(tokensCss)

/** A token's colour in one scheme, following `var(--other)` and picking from `light-dark(a, b)`. */
function colour(name: string, scheme: Scheme, seen = new Set<string>()): string {
  const value = tokens.get(name)
  if (value === undefined) throw new Error(`tokens.css has no ${name}`)
  if (seen.has(name)) throw new Error(`${name} refers to itself`)
  seen.add(name)
  const alias = /^var\((--[\w-]+)\)$/.exec(value)
  if (alias?.[1]) return colour(alias[1], scheme, seen)
  const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value)
  if (pair?.[1] && pair[2]) return scheme === 'light' ? pair[1] : pair[2]
  if (/^#[0-9a-f]{6}$/i.test(value)) return value
  throw new Error(`${name} is not a colour this test can read: ${value}`)
}

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (high + 0.05) / (low + 0.05)
}

const TEXT = 4.5
const NON_TEXT = 3

/** [foreground, background, minimum]: every pair the stylesheets put together. */
const PAIRS: [string, string, number][] = [
  ...['--bg', '--surface', '--surface-sunken', '--accent-soft'].flatMap(
    (background): [string, string, number][] => [
      ['--text', background, TEXT],
      ['--muted', background, TEXT],
      ['--accent', background, TEXT],
      ['--accent-strong', background, TEXT],
      ['--focus', background, NON_TEXT],
    ],
  ),
  ['--danger', '--surface', TEXT],
  ['--danger', '--bg', TEXT],
  ['--on-danger', '--danger', TEXT],
  ['--on-danger', '--danger-strong', TEXT],
  ['--on-accent', '--accent', TEXT],
  ['--on-accent', '--accent-strong', TEXT],
  ['--accent-strong', '--on-accent', TEXT],
  ['--on-header', '--header-bg', TEXT],
  ['--header-bg', '--on-header', TEXT],
  ['--text', '--header-field-bg', TEXT],
  ['--muted', '--header-field-bg', TEXT],
  ['--on-inverse', '--inverse-bg', TEXT],
  ['--warning-text', '--warning-bg', TEXT],
  ['--text', '--warning-bg', TEXT],
  ['--warning-border', '--warning-bg', NON_TEXT],
  ['--text', '--mark-bg', TEXT],
  ['--control-border', '--surface', NON_TEXT],
  ['--control-border', '--bg', NON_TEXT],
  ['--accent', '--surface', NON_TEXT],
  // The chart sits on the page's background; its tooltip and key on the surface.
  ['--chart-bar', '--bg', NON_TEXT],
  ['--chart-bar', '--surface', NON_TEXT],
  ['--chart-bar', '--chart-hatch-gap', NON_TEXT],
  ['--chart-hatch-gap', '--chart-bar', NON_TEXT],
  ['--chart-ink', '--bg', TEXT],
  ['--chart-ink', '--chart-halo', TEXT],
  ['--chart-axis', '--bg', TEXT],
  ['--chart-active', '--bg', NON_TEXT],
  ['--chart-ink', '--chart-cursor', TEXT],
]

describe('design tokens', () => {
  it.each(['light', 'dark'] as const)('%s: every pair meets its WCAG AA contrast', (scheme) => {
    const failures = PAIRS.map(([fg, bg, minimum]) => ({
      pair: `${fg} on ${bg}`,
      ratio: contrast(colour(fg, scheme), colour(bg, scheme)),
      minimum,
    }))
      .filter(({ ratio, minimum }) => ratio < minimum)
      .map(({ pair, ratio, minimum }) => `${pair}: ${ratio.toFixed(2)} < ${minimum}`)
    expect(failures).toEqual([])
  })

  it('the contrast formula gives the known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })

  it('the two themes really differ: dark text is light, dark surfaces are dark', () => {
    expect(luminance(colour('--bg', 'dark'))).toBeLessThan(0.05)
    expect(luminance(colour('--text', 'dark'))).toBeGreaterThan(0.6)
    expect(luminance(colour('--bg', 'light'))).toBeGreaterThan(0.9)
  })
})

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(path, pattern)
    return pattern.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe('colours come from the tokens', () => {
  const HEX = /#[0-9a-f]{3,8}\b(?![-\w])/gi

  it('no stylesheet but tokens.css writes a colour value', () => {
    const offenders = filesUnder(src, /\.css$/)
      .filter((file) => !file.endsWith('tokens.css'))
      .flatMap((file) => {
        const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
        const found = [...(css.match(HEX) ?? []), ...(css.match(/\b(?:rgba?|hsla?)\([^)]*\)/g) ?? [])]
        return found.map((value) => `${file.slice(src.length + 1)}: ${value}`)
      })
    expect(offenders).toEqual([])
  })

  it('no component writes a hex colour', () => {
    const offenders = filesUnder(src, /\.tsx$/).flatMap((file) =>
      (readFileSync(file, 'utf8').match(HEX) ?? []).map((value) => `${file.slice(src.length + 1)}: ${value}`),
    )
    expect(offenders).toEqual([])
  })
})
