// After `npm run build`: no prerendered page makes the browser wait for a request before its first paint, and none
// names a file twice (render-blocking.mjs says what counts). Prints what it checked; fails on any problem.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderBlockingProblems } from './render-blocking.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dist = join(root, process.argv[2] ?? 'dist')

const pages = readdirSync(dist, { recursive: true })
  .filter((file) => String(file).endsWith('.html'))
  .map((file) => join(dist, String(file)))
const problems = pages.flatMap((file) =>
  renderBlockingProblems(readFileSync(file, 'utf8')).map((problem) => `${relative(root, file)}: ${problem}`),
)
console.log(`Render-blocking check: ${pages.length} pages, ${problems.length} problems.`)
if (pages.length === 0) {
  console.error('No HTML pages found: run `npm run build` first.')
  process.exit(1)
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`  ${problem}`)
  process.exit(1)
}
