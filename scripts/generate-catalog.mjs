// `npm run gen:catalog`: writes src/content/catalog.gen.ts, the catalog index, from the career modules in
// src/content/careers (one entry each, made by catalogEntry()). Run it after adding or changing a career; a unit
// test (src/content/catalog.test.ts) fails while the file is behind the modules.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { runnerImport } from 'vite'
import { syntheticCareersPlugin } from './synthetic-careers-plugin.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const load = (file) =>
  runnerImport(`${root}src/content/${file}`, {
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@': `${root}src` } },
    // Only careers with a source file go in the index, whatever SYNTHETIC_CAREERS says.
    plugins: [syntheticCareersPlugin(0)],
  }).then(({ module }) => module)

const { sourcedCareers } = await load('all-careers.ts')
const { catalogEntry } = await load('catalog-entry.ts')
const entries = sourcedCareers.map(catalogEntry)

const target = `${root}src/content/catalog.gen.ts`
const code = `// Written by \`npm run gen:catalog\` from src/content/careers — do not edit by hand.
import type { CatalogEntry } from './catalog-entry'

export const generatedCatalog: readonly CatalogEntry[] = ${JSON.stringify(entries)}
`
const options = (await prettier.resolveConfig(target)) ?? {}
writeFileSync(target, await prettier.format(code, { ...options, filepath: target }))
console.log(
  `Wrote ${entries.length} catalog entr${entries.length === 1 ? 'y' : 'ies'} to src/content/catalog.gen.ts`,
)
