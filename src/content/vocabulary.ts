import { messages } from '@/lib/i18n/runtime'
// The fixed vocabularies content is tagged with, and the words the app shows for them. Kept apart from the zod
// schema so pages can import these without bundling zod.

export const TOPICS = [
  'python',
  'django',
  'fastapi',
  'async',
  'concurrency',
  'testing',
  'code-review',
  'debugging',
  'databases',
  'architecture',
  'production',
  'collaboration',
  'career-growth',
  'interviews',
  'data-ml',
] as const
export type Topic = (typeof TOPICS)[number]

export const DAY_PHASES = ['morning', 'midday', 'afternoon', 'end-of-day'] as const
export type DayPhase = (typeof DAY_PHASES)[number]

export const STEP_KINDS = [
  'planning',
  'meeting',
  'deep-work',
  'break',
  'review',
  'incident',
  'mentoring',
  'communication',
] as const
export type StepKind = (typeof STEP_KINDS)[number]

export const RESOURCE_KINDS = ['book', 'web', 'podcast', 'video'] as const
export type ResourceKind = (typeof RESOURCE_KINDS)[number]

export const PLACE_KINDS = ['city', 'region', 'remote'] as const
export type PlaceKind = (typeof PLACE_KINDS)[number]

/** Communities grouped by how you take part, from the formats the page gives ("In-person", "Slack"…). */
export const COMMUNITY_FORMAT_GROUPS = ['in-person', 'online-chat', 'forum', 'web'] as const
export type CommunityFormatGroup = (typeof COMMUNITY_FORMAT_GROUPS)[number]

const FORMAT_GROUP_OF: Record<string, CommunityFormatGroup> = {
  'in-person': 'in-person',
  meetup: 'in-person',
  slack: 'online-chat',
  discord: 'online-chat',
  reddit: 'forum',
  web: 'web',
}

/** The groups a community's formats fall into; formats the vocabulary does not know are left out. */
export function communityFormatGroups(formats: readonly string[]): CommunityFormatGroup[] {
  const groups = new Set(formats.map((f) => FORMAT_GROUP_OF[f.toLowerCase()]))
  return COMMUNITY_FORMAT_GROUPS.filter((g) => groups.has(g))
}

/** The interface's names for each topic, phase, kind and format, in the interface language. */
export const vocabularyLabels = () => messages().vocabulary
