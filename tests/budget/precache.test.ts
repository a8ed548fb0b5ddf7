// The service worker's precache is the app shell: the same files whatever the number of careers, and never a career's
// page, content or search file. Checked with Workbox's own manifest builder over a build-shaped folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { getManifest } from 'workbox-build'
import { PRECACHE } from '../../scripts/build/service-worker.mjs'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A folder laid out as `npm run build` writes dist/, with `n` careers. */
function buildWith(n: number): string {
  const dist = mkdtempSync(join(tmpdir(), 'precache-'))
  folders.push(dist)
  const files = [
    'index.html',
    '404.html',
    'reading-list/index.html',
    'hi/index.html',
    'hi/404.html',
    'hi/reading-list/index.html',
    'hi/manifest.webmanifest',
    'sw.js',
    'robots.txt',
    'favicon.svg',
    'share-card.png',
    'manifest.webmanifest',
    'icons/icon-192.png',
    'assets/index-abc.js',
    'assets/index-abc.css',
    'assets/careers._careerId.index-def.js',
    'assets/salary-chart-ghi.js',
    'content/catalog/index.json',
    'content/catalog/cards-0.json',
    'search/prefixes.json',
    'search/words/py.json',
    '.vite/manifest.json',
  ]
  for (let i = 0; i < n; i++) {
    const id = i === 0 ? 'python-developer' : `synthetic-career-${i}`
    files.push(
      `careers/${id}/index.html`,
      `careers/${id}/salaries/index.html`,
      `careers/${id}/day/index.html`,
      `hi/careers/${id}/index.html`,
      `hi/careers/${id}/salaries/index.html`,
      `hi/careers/${id}/day/index.html`,
      `content/careers/${id}.json`,
      `search/careers/${i}.json`,
    )
  }
  for (const file of files) {
    mkdirSync(dirname(join(dist, file)), { recursive: true })
    writeFileSync(join(dist, file), file)
  }
  return dist
}

const precached = async (dist: string) =>
  (await getManifest({ globDirectory: dist, ...PRECACHE })).manifestEntries?.map((entry) =>
    typeof entry === 'string' ? entry : entry.url,
  ) ?? []

describe('the precache', () => {
  it('is the app shell (scripts, styles, 404.html, the catalog and reading-list pages, icons, manifest) in each language, each at its address', async () => {
    expect((await precached(buildWith(1))).sort()).toEqual(
      [
        '/',
        '/404.html',
        '/assets/careers._careerId.index-def.js',
        '/assets/index-abc.css',
        '/assets/index-abc.js',
        '/assets/salary-chart-ghi.js',
        '/favicon.svg',
        '/icons/icon-192.png',
        '/manifest.webmanifest',
        '/reading-list',
        '/hi/',
        '/hi/404.html',
        '/hi/manifest.webmanifest',
        '/hi/reading-list',
      ].sort(),
    )
  })

  it('holds no career page, content or search file, and is the same list at 1, 100 and 1,000 careers', async () => {
    const lists = await Promise.all([1, 100, 1000].map(async (n) => precached(buildWith(n))))
    for (const list of lists) {
      expect(list.filter((url) => /^(\/hi)?\/(careers|content|search)\//.test(url))).toEqual([])
      expect(list).toEqual(lists[0])
    }
  })
})
