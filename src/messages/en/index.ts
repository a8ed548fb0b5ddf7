// The English messages: the catalog every other language matches (./catalog.ts). Loaded as a chunk of its own, so a
// page in another language never downloads it (src/app/language.ts).
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

export const en = { shell, search, catalog, career, day, salaries, readingList, vocabulary, money, pay }
