// The bars' labels, and how wide they are in the page's font: measured in a canvas, so a long place and range can
// be squeezed onto one line at 360 px rather than clipped.
export const LABEL_X = 0
export const LABEL_GAP = 8
export const LABEL_SIZE = 12.5
export const LABEL_WEIGHT = { regular: 400, bold: 600 } as const

let measuring: CanvasRenderingContext2D | null | undefined
/** The rendered width of a label in the page's font, measured in a canvas (0 where canvas is unavailable). */
export function textWidth(text: string, weight: keyof typeof LABEL_WEIGHT): number {
  measuring ??= document.createElement('canvas').getContext('2d')
  if (!measuring) return 0
  measuring.font = `${LABEL_WEIGHT[weight]} ${LABEL_SIZE}px ${getComputedStyle(document.documentElement).fontFamily}`
  return measuring.measureText(text).width
}
