// The shape every language's messages have: the English catalog's. A language that leaves a message out, or adds one
// English does not have, fails the type check; src/messages/catalogs.test.ts checks that every message has the same
// placeholders in every language.
import type { en } from './en'

export type Catalog = typeof en

/**
 * A message that depends on a count, one text per plural category the language uses (Intl.PluralRules): English and
 * Hindi use "one" and "other"; a language with more categories ("few", "many") adds them. Always has "other".
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

/** Marks an object in a catalog as the forms of one plural message. */
export const forms = (message: PluralMessage): PluralMessage => message
