// The content the browser fetches, made from the career modules: each career's own file and the catalog index with
// its card files (./catalog-files.ts). `npm run build` writes these files (src/app/entry-server.tsx), the dev server
// serves them from memory (vite.config.ts) and unit tests answer them (src/testing/site-fetch.ts), so all three run
// the same fetch path and nothing derived from the modules is kept in the repository.
import { catalogEntry } from './catalog-entry'
import { catalogFiles } from './catalog-files'
import { careerContentPath } from './registry'
import type { Career } from './schema'

/** Every content file for these careers, as [path, JSON]; the catalog lists them in the order given. */
export function contentFilesFor(careers: readonly Career[]): [string, string][] {
  return [
    ...careers.map((career): [string, string] => [careerContentPath(career.id), JSON.stringify(career)]),
    ...catalogFiles(careers.map(catalogEntry)),
  ]
}
