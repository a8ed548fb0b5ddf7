import type { StepKind } from '@/content/vocabulary'

// One line-drawn icon per step kind. Always shown next to the kind's name (never instead of it) and hidden from
// assistive technology, so a kind is never told by colour or picture alone.
const PATHS: Record<StepKind, string> = {
  planning: 'M10 6h10M10 12h10M10 18h10M3.5 6l1.5 1.5L7.5 5M3.5 12l1.5 1.5 2.5-2.5M3.5 18l1.5 1.5 2.5-2.5',
  meeting:
    'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20a6 6 0 0 1 12 0M17 11a2.5 2.5 0 1 0 0-5M17.5 14c2.4.4 4 2.6 4 5.5',
  'deep-work': 'M8 7l-5 5 5 5M16 7l5 5-5 5M13.5 5l-3 14',
  break: 'M4 9h12v5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5zM16 10.5h1.5a2.5 2.5 0 0 1 0 5H16M8 3v3M12 3v3',
  review: 'M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12zM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
  incident: 'M12 3.5l9.5 17h-19zM12 10v4.5M12 17.5v.5',
  mentoring: 'M2 9l10-5 10 5-10 5zM6 11v5c0 1.7 2.7 3 6 3s6-1.3 6-3v-5M22 9v6',
  communication: 'M4 5h16v11H9.5L4 20zM8 9h8M8 12.5h5',
}

export function KindIcon({ kind }: { kind: StepKind }) {
  return (
    <svg className="kind-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} />
    </svg>
  )
}

export function CheckIcon() {
  return (
    <svg className="kind-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M4.5 12.5l5 5L20 7" />
    </svg>
  )
}
