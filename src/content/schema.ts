// The shape of a career's content. Types are inferred from these schemas; the schemas themselves run in the
// content tests (and can validate a future remote source). Pages import only types from here, so zod stays out of
// the app's bundles.
import { z } from 'zod'
import { DAY_PHASES, PLACE_KINDS, RESOURCE_KINDS, STEP_KINDS, TOPICS } from './vocabulary'

export const topicSchema = z.enum(TOPICS)

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case')
const text = z.string().trim().min(1)
const topics = z.array(topicSchema)

export const dayStepSchema = z.object({
  id,
  title: text.refine((t) => t.split(/\s+/).length <= 6, 'a step title has at most six words'),
  text,
  phase: z.enum(DAY_PHASES),
  kind: z.enum(STEP_KINDS),
  topics,
})
export type DayStep = z.infer<typeof dayStepSchema>

export const mistakeSchema = z.object({
  id,
  title: text,
  why: text,
  /** Optional: the page gives no "Instead" for some mistakes. */
  instead: text.optional(),
  topics,
})
export type Mistake = z.infer<typeof mistakeSchema>

export const citySalarySchema = z
  .object({
    id,
    place: text,
    placeKind: z.enum(PLACE_KINDS),
    /** Lakh rupees per year. */
    minLakh: z.number().positive(),
    maxLakh: z.number().positive(),
  })
  .refine((row) => row.minLakh <= row.maxLakh, 'min must not exceed max')
export type CitySalary = z.infer<typeof citySalarySchema>

export const salaryTableSchema = z.object({
  /** Who the figures describe, as the page puts it. */
  cohort: text,
  /** What is counted, as the page puts it. */
  measure: text,
  unit: z.literal('lakh INR per year'),
  rows: z.array(citySalarySchema).min(1),
})
export type SalaryTable = z.infer<typeof salaryTableSchema>

export const notablePersonSchema = z.object({ id, name: text, description: text })
export type NotablePerson = z.infer<typeof notablePersonSchema>

export const communitySchema = z.object({
  id,
  name: text,
  /** The formats exactly as the page lists them ("In-person", "Meetup", "Web", "Slack"…); empty when it names none. */
  formats: z.array(text),
  description: text,
  topics,
})
export type Community = z.infer<typeof communitySchema>

export const resourceSchema = z.object({
  id,
  title: text,
  kind: z.enum(RESOURCE_KINDS),
  /** The medium as the page labels it, e.g. "Web tutorials", "YouTube (India)". */
  medium: text,
  indiaFocused: z.boolean(),
  by: text,
  why: text,
  topics,
})
export type Resource = z.infer<typeof resourceSchema>

/** A labelled point: `label` is the item's lead phrase and `text` the rest, joined on the page by `separator`. */
export const labelledItemSchema = z.object({
  id,
  label: text,
  separator: z.enum([' — ', ': ', '; ']),
  text,
  topics,
})
export type LabelledItem = z.infer<typeof labelledItemSchema>

export const sourceSchema = z.object({
  publisher: text,
  title: text,
  url: z.url({ protocol: /^https$/ }),
})

export const careerSchema = z.object({
  id,
  title: text,
  region: text,
  /** One line for cards: the overview's first sentence. */
  summary: text,
  overview: text,
  source: sourceSchema,
  day: z.array(dayStepSchema),
  mistakes: z.array(mistakeSchema),
  salaries: salaryTableSchema,
  notableIndians: z.array(notablePersonSchema),
  communities: z.array(communitySchema),
  resources: z.array(resourceSchema),
  responsibilities: z.array(labelledItemSchema),
  advantages: z.array(labelledItemSchema),
  challenges: z.array(labelledItemSchema),
  education: z.array(labelledItemSchema),
})
export type Career = z.infer<typeof careerSchema>
