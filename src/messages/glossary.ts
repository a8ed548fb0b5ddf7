// The terms that recur across the interface, and the one way each language writes them. Translations use these words
// and no synonyms, so a reader meets one word for one thing on every page; src/messages/catalogs.test.ts checks that a
// message whose English has a term has the same term in every other language (or is listed below as an exception,
// with the reason). Technology names stay in Latin script in every language (Python, Django, API, PF, TDS).
//
// A new language adds its column here, then its translation files (src/messages/<language>/).

export interface GlossaryTerm {
  /** How the term is found in an English message (matched case-insensitively, as a word). */
  en: RegExp
  /** The word each other language writes for it: a stem, so "सहेज" matches "सहेजें" and "सहेजा गया". */
  hi: string
  /** What the term means here, for a translator. */
  note: string
}

export const GLOSSARY: Record<string, GlossaryTerm> = {
  career: {
    en: /\bcareers?\b/i,
    hi: 'करियर',
    note: 'A line of work, as in "Python Developer". Hindi news writes करियर.',
  },
  salary: {
    en: /\b(salary|salaries|pay)\b/i,
    hi: 'वेतन',
    note: 'What a job pays. Standard Hindi (सरकारी और समाचार): वेतन.',
  },
  inHand: {
    en: /\bin[- ]hand\b/i,
    hi: 'हाथ में',
    note: 'Pay after tax and PF, paid into the bank each month: "हाथ में आने वाला वेतन".',
  },
  readingList: {
    en: /\breading list\b/i,
    hi: 'पढ़ने की सूची',
    note: 'The list of saved items to read later (the app\'s "Reading list").',
  },
  save: {
    en: /\b(save|saved|saving)\b/i,
    hi: 'सहेज',
    note: 'Keep an item on the reading list: सहेजें / सहेजा गया.',
  },
  remote: {
    en: /\bremote\b/i,
    hi: 'रिमोट',
    note: 'Working away from the office; Hindi tech writing keeps रिमोट.',
  },
  city: { en: /\bcit(y|ies)\b/i, hi: 'शहर', note: "The source's pay tables are by city." },
  offer: { en: /\boffers?\b/i, hi: 'ऑफ़र', note: "A job offer's pay that a reader types in." },
  lakh: { en: /\blakh\b/i, hi: 'लाख', note: '1,00,000 rupees. Written out in Hindi, never "L".' },
  crore: { en: /\bcrore\b/i, hi: 'करोड़', note: '1,00,00,000 rupees.' },
  perMonth: { en: /\b(a|per) month\b/i, hi: 'प्रति माह', note: 'Pay or cost for each month.' },
  perYear: { en: /\b(a|per) year\b/i, hi: 'प्रति वर्ष', note: "Pay for each year (the source's figures)." },
  offline: { en: /\boffline\b/i, hi: 'ऑफ़लाइन', note: 'Without a network connection.' },
  search: { en: /\bsearch\b/i, hi: 'खोज', note: 'The header search: खोज / खोजें.' },
  backup: { en: /\bbackups?\b/i, hi: 'बैकअप', note: 'A copy of the reading list kept in this browser.' },
}
