// After `npm run build`: the production build holds only careers that have a source page
// (src/content/sources/<id>.txt). A build made with SYNTHETIC_CAREERS=N left in dist/, or a made-up career that
// reached the bundle, fails here. Prints what it checked.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dist = join(root, process.argv[2] ?? 'dist')
const problems = []

const contentIds = readdirSync(join(dist, 'content/careers')).map((file) => file.replace(/\.json$/, ''))
const pageIds = readdirSync(join(dist, 'careers'))
for (const id of new Set([...contentIds, ...pageIds]))
  if (!existsSync(join(root, 'src/content/sources', `${id}.txt`)))
    problems.push(`dist/ has a career with no source page: ${id}`)

const catalog = JSON.parse(readFileSync(join(dist, 'content/catalog/index.json'), 'utf8'))
for (const [id] of catalog.careers)
  if (!existsSync(join(root, 'src/content/sources', `${id}.txt`)))
    problems.push(`the catalog index lists a career with no source page: ${id}`)

for (const file of readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js')))
  if (/synthetic-career-\d/i.test(readFileSync(join(dist, 'assets', file), 'utf8')))
    problems.push(`assets/${file} holds a synthetic career`)

// The hosts' headers file covers every address, the ones answered with 404.html included.
const headersFile = readFileSync(join(dist, '_headers'), 'utf8')
const catchAll = /^\/\*\n((?: {2}.+\n)+)/m.exec(headersFile)?.[1] ?? ''
for (const header of ["frame-ancestors 'none'", 'X-Content-Type-Options: nosniff', 'Referrer-Policy:'])
  if (!catchAll.includes(header)) problems.push(`_headers has no /* block with ${header}`)

console.log(
  `Careers in the build: ${[...new Set([...contentIds, ...pageIds])].join(', ')} (pages, content files, catalog index: ${catalog.careers.length}).`,
)
if (problems.length > 0) {
  for (const problem of problems) console.error(problem)
  process.exit(1)
}
console.log('Every career in the build has a source page; no synthetic career reached it.')
