// The chart's colours are the design tokens (src/tokens.css), so they follow the theme.
export const INK = 'var(--chart-ink)'
export const BAR = 'var(--chart-bar)'
export const AXIS = 'var(--chart-axis)'
export const HATCH_ID = 'salary-remote-hatch'

/** A page-coloured outline under text, so labels stay readable where the offer line crosses them. */
export const HALO = {
  stroke: 'var(--chart-halo)',
  strokeWidth: 4,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
} as const
