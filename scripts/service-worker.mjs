// Writes dist/sw.js after the pages are prerendered: Workbox precaches every page, script, style and icon of this
// build, so after one visit every route works with no network. Pages are cached under their clean address
// ("/careers/python-developer"), search params are ignored when matching (the HTML is the same for every view), and
// an address with no page of its own gets 404.html, in which the app renders whatever the address is.
// Updates wait: the new worker installs beside the old one and takes over only when the reader chooses Reload.
import { join } from 'node:path'
import { generateSW } from 'workbox-build'

export async function writeServiceWorker(dist) {
  const { count, size, warnings } = await generateSW({
    swDest: join(dist, 'sw.js'),
    globDirectory: dist,
    // Content JSON too (a career's page fetches its content when reached from another page), and search/**: the
    // header search's index files, small while the careers are few (see the README on scale).
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'content/**/*.json', 'search/**/*.json'],
    // Careers made up for measurement (SYNTHETIC_CAREERS=N) are left out: a thousand careers' pages are not
    // something to download on a first visit, and they never ship.
    globIgnores: ['.vite/**', 'sw.js', '**/synthetic-career-*', '**/synthetic-career-*/**'],
    // The recharts chunk is the largest file (≈ 410 kB before compression); the default limit is 2 MB.
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    manifestTransforms: [
      async (entries) => ({
        manifest: entries.map((entry) => ({
          ...entry,
          url: entry.url === 'index.html' ? '/' : entry.url.replace(/\/index\.html$/, ''),
        })),
        warnings: [],
      }),
    ],
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: '/404.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  })
  for (const warning of warnings) console.warn(warning)
  return { count, size }
}
