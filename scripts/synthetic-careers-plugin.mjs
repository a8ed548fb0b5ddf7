// `SYNTHETIC_CAREERS=N npm run build` adds N made-up careers (tests/synthetic) beside the real ones, to measure the
// app at scale. Without it — every normal build, the dev server, the tests — the virtual module is empty and the
// generator is never loaded.
import { join } from 'node:path'
import { runnerImport } from 'vite'

const CAREERS = 'virtual:synthetic-careers'
// npm scripts, Vite and Vitest all run from the project's root.
const src = join(process.cwd(), 'src')
const generator = join(process.cwd(), 'tests/synthetic/build.ts')

/** The N asked for: a whole number from 0 to 5,000 (unset means 0). */
export function syntheticCount(value = process.env.SYNTHETIC_CAREERS) {
  if (value === undefined || value === '') return 0
  const count = Number(value)
  if (!Number.isInteger(count) || count < 0 || count > 5000)
    throw new Error(`SYNTHETIC_CAREERS must be a whole number from 0 to 5000, not "${value}".`)
  return count
}

export function syntheticCareersPlugin(count = syntheticCount()) {
  /** @type {Promise<{ careers: unknown[] }> | undefined} */
  let made
  const make = () =>
    (made ??= runnerImport(generator, {
      configFile: false,
      logLevel: 'error',
      resolve: { alias: { '@': src } },
    }).then(({ module }) => module.makeSynthetic(count)))

  return {
    name: 'synthetic-careers',
    resolveId(id) {
      return id === CAREERS ? `\0${id}` : undefined
    },
    async load(id) {
      if (id === `\0${CAREERS}`)
        return `export const syntheticCareers = ${count ? JSON.stringify((await make()).careers) : '[]'}`
      return undefined
    },
  }
}
