// Made-up careers for measuring the app at scale (`SYNTHETIC_CAREERS=1000 npm run build`, `npm run bench:scale`).
// Each is shaped like a real career — the same sections, item counts and text lengths — with different words, a
// title such as "Synthetic career 17" and different pay. They are never part of a production build: the build
// includes them only when SYNTHETIC_CAREERS is set (scripts/synthetic-careers-plugin.mjs).
import type { Career } from '@/content/schema'

/** Fields whose values are vocabularies or structure, not prose: kept as they are. */
const KEPT = new Set(['id', 'phase', 'kind', 'placeKind', 'separator', 'unit', 'topics', 'formats', 'medium'])

/** A small deterministic generator (mulberry32), so a build with the same N makes the same careers. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES =
  'ka ri mo te sa lu ven dor pa qui zel no ba fi tra gem hol osk ur ith an ep lo mar ces vy dun'.split(' ')

/** Made-up words by length, shared by every synthetic career, as a real catalog's careers share most words. */
function makeVocabulary(): Map<number, string[]> {
  const next = random(7)
  const byLength = new Map<number, string[]>()
  for (let i = 0; i < 6000; i++) {
    let word = ''
    const syllables = 1 + Math.floor(next() * 4)
    for (let s = 0; s < syllables; s++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)] ?? ''
    const list = byLength.get(word.length) ?? []
    if (!list.includes(word)) list.push(word)
    byLength.set(word.length, list)
  }
  return byLength
}

const VOCABULARY = makeVocabulary()

function wordOfLength(length: number, next: () => number): string {
  for (let l = length; l > 0; l--) {
    const list = VOCABULARY.get(l)
    if (list?.length) {
      const word = list[Math.floor(next() * next() * list.length)] ?? 'ka'
      return word.padEnd(length, 'a')
    }
  }
  return 'a'.repeat(length)
}

/** Replaces every word with a made-up one of the same length and case; digits and punctuation stay. */
function rewrite(text: string, next: () => number): string {
  return text.replace(/[A-Za-z\u00C0-\u024F]+/g, (word) => {
    const made = wordOfLength(word.length, next)
    return word[0] === word[0]?.toUpperCase() ? made[0]?.toUpperCase() + made.slice(1) : made
  })
}

function transform(value: unknown, key: string, next: () => number, n: number): unknown {
  if (KEPT.has(key)) return value
  if (typeof value === 'string')
    return key === 'url' ? `https://example.com/synthetic-career-${n}` : rewrite(value, next)
  if (Array.isArray(value)) return value.map((item) => transform(item, key, next, n))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, transform(v, k, next, n)]))
  return value
}

/** Synthetic career number `n` (1-based), shaped like `template`. */
export function syntheticCareer(template: Career, n: number): Career {
  const next = random(1000 + n)
  const career = transform(template, '', next, n) as Career
  // Pay: each place's range scaled by one factor per career (0.5×–2×), rounded to half a lakh.
  const factor = 0.5 + next() * 1.5
  const round = (lakh: number) => Math.max(0.5, Math.round(lakh * factor * 2) / 2)
  return {
    ...career,
    id: `synthetic-career-${n}`,
    title: `Synthetic career ${n}`,
    region: template.region,
    source: {
      publisher: 'example.com',
      title: `Synthetic career ${n}`,
      url: `https://example.com/synthetic-career-${n}`,
    },
    salaries: {
      ...career.salaries,
      rows: template.salaries.rows.map((row) => ({
        ...row,
        minLakh: round(row.minLakh),
        maxLakh: round(row.maxLakh),
      })),
    },
  }
}

/** Careers 1…count, shaped like `template`. */
export function syntheticCareers(template: Career, count: number): Career[] {
  return Array.from({ length: count }, (_, i) => syntheticCareer(template, i + 1))
}
