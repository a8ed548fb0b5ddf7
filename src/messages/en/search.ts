// The header search, on every page.
import { forms } from '../catalog'

export const search = {
  region: 'Site',
  label: 'Search all careers',
  placeholder: 'Search careers  ( / )',
  results: 'Search results',
  loading: 'Loading search…',
  loadFailed: 'Search could not load. Check your connection and try again.',
  offline: 'You are offline: searching for this needs the network.',
  /** After a group's heading when it shows only some of its results. */
  groupCount: ' ({shown} of {total})',
  found: forms({
    one: '{count} result. Use the arrow keys to choose, Enter to open.',
    other: '{count} results. Use the arrow keys to choose, Enter to open.',
  }),
  noResults: 'No results for “{query}”.',
  tooShort: 'No results for “{query}”: search needs a word of two or more letters or digits.',
  tooBroad: 'Too many words start with “{words}”: type more of the word.',
  /** Between the words of tooBroad. */
  wordSeparator: '”, “',
  pagesGroup: 'Careers and their pages',
  pageCareer: 'Career page',
  pageSalaries: 'Salaries page',
  pageDay: 'Day page',
}
