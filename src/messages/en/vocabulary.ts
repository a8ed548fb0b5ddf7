// The interface's own names for the vocabulary the career content is tagged with (src/content/vocabulary.ts).
import type {
  Topic,
  DayPhase,
  StepKind,
  ResourceKind,
  PlaceKind,
  CommunityFormatGroup,
} from '@/content/vocabulary'

export const vocabulary = {
  topics: {
    python: 'Python language',
    django: 'Django',
    fastapi: 'FastAPI',
    async: 'Async',
    concurrency: 'Concurrency',
    testing: 'Testing',
    'code-review': 'Code review',
    debugging: 'Debugging',
    databases: 'Databases',
    architecture: 'Architecture',
    production: 'Production & on-call',
    collaboration: 'Teamwork',
    'career-growth': 'Career growth',
    interviews: 'Interviews',
    'data-ml': 'Data & ML',
  } satisfies Record<Topic, string>,
  dayPhases: {
    morning: 'Morning',
    midday: 'Midday',
    afternoon: 'Afternoon',
    'end-of-day': 'End of day',
  } satisfies Record<DayPhase, string>,
  stepKinds: {
    planning: 'Planning',
    meeting: 'Meeting',
    'deep-work': 'Deep work',
    break: 'Break',
    review: 'Review',
    incident: 'Incident',
    mentoring: 'Mentoring',
    communication: 'Communication',
  } satisfies Record<StepKind, string>,
  resourceKinds: {
    book: 'Book',
    web: 'Web',
    podcast: 'Podcast',
    video: 'Video',
  } satisfies Record<ResourceKind, string>,
  placeKinds: {
    city: 'City',
    region: 'Region',
    remote: 'Remote',
  } satisfies Record<PlaceKind, string>,
  communityFormats: {
    'in-person': 'In person',
    'online-chat': 'Online chat',
    forum: 'Forum',
    web: 'Website',
  } satisfies Record<CommunityFormatGroup, string>,
}
