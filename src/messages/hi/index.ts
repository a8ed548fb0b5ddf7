// The Hindi messages: every message the English catalog has (a missing one fails the type check), in standard Hindi
// with the glossary's terms (../glossary.ts). Loaded as a chunk of its own, for Hindi pages only.
import type { Catalog } from '../catalog'
import { career } from './career'
import { catalog } from './catalog-page'
import { day } from './day'
import { readingList } from './reading-list'
import { salaries } from './salaries'
import { search } from './search'
import { money } from './money'
import { pay } from './pay'
import { shell } from './shell'
import { vocabulary } from './vocabulary'

export const hi: Catalog = {
  shell,
  search,
  catalog,
  career,
  day,
  salaries,
  readingList,
  vocabulary,
  money,
  pay,
}
