// Writes dist/sw.js after the pages are prerendered: src/app/service-worker/sw.ts, bundled, with the list of files
// to precache written into it (Workbox's injectManifest). The list is the app shell only (in each language), the same size whether the
// build has one career or a thousand: scripts, styles, 404.html, the catalog and reading-list pages, icons, manifest.
// Career pages, content and search files are cached as the reader uses them (see sw.ts).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { injectManifest } from 'workbox-build'
import { LANGUAGE_FOLDERS, addressFor } from '../static-host.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * The precache: what every page needs to start, whatever the number of careers (globs relative to dist/). Each file
 * is listed under the address the host serves it at (scripts/static-host.mjs): "/" and "/reading-list", not
 * ".../index.html".
 */
export const PRECACHE = {
  globPatterns: [
    'assets/**/*.{js,css}',
    // The shell's pages in English and under each language's folder (hi/404.html, hi/index.html…).
    ...['', ...LANGUAGE_FOLDERS.map((folder) => `${folder}/`)].flatMap((folder) => [
      `${folder}404.html`,
      `${folder}index.html`,
      `${folder}reading-list/index.html`,
      `${folder}*.webmanifest`,
    ]),
    '*.{svg,png}',
    'icons/*.png',
  ],
  globIgnores: ['.vite/**', 'sw.js', 'share-card.png'],
  // The recharts chunk is the largest file (≈ 410 kB before compression); the default limit is 2 MB.
  maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  manifestTransforms: [
    async (entries) => ({
      manifest: entries.map((entry) => ({
        ...entry,
        url: addressFor(entry.url),
      })),
      warnings: [],
    }),
  ],
}

/** Bundles the worker's source into one classic script (a worker can't rely on module support everywhere). */
async function bundleWorker() {
  const outDir = mkdtempSync(join(tmpdir(), 'career-explorer-sw-'))
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: join(root, 'src/app/service-worker/sw.ts'),
        formats: ['iife'],
        name: 'careerExplorerWorker',
        fileName: () => 'sw.js',
      },
    },
  })
  return { file: join(outDir, 'sw.js'), cleanUp: () => rmSync(outDir, { recursive: true, force: true }) }
}

export async function writeServiceWorker(dist) {
  const source = await bundleWorker()
  try {
    const { count, size, warnings } = await injectManifest({
      swSrc: source.file,
      swDest: join(dist, 'sw.js'),
      globDirectory: dist,
      ...PRECACHE,
    })
    for (const warning of warnings) console.warn(warning)
    return { count, size }
  } finally {
    source.cleanUp()
  }
}
