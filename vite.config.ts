/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { staticSite } from './scripts/build/vite-plugin.mjs'
import { inlineHeadScripts } from './scripts/head-scripts.mjs'
import { LANGUAGE_FOLDERS, serveStatic } from './scripts/static-host.mjs'
import { syntheticCareersPlugin } from './scripts/synthetic-careers-plugin.mjs'

/** `npm run preview` serves the prerendered build the way a static host does (scripts/static-host.mjs). */
function staticHostPreview(): Plugin {
  return {
    name: 'static-host-preview',
    configurePreviewServer(server) {
      server.middlewares.use(serveStatic(server.config.build.outDir))
    },
  }
}

/** What src/app/entry-server.tsx gives the build besides pages: the files it writes beside them. */
interface BuildFilesModule {
  searchIndexFiles: () => Promise<{ file: string; body: string }[]>
  contentFiles: () => [string, string][]
  languageManifests: (english: Record<string, unknown>) => [string, string][]
}

const englishManifest = () =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL('./public/manifest.webmanifest', import.meta.url)), 'utf8'),
  ) as Record<string, unknown>

/** Each folder the build writes files into beside the pages, with those files as [path under the base, body]. */
const BUILD_FILES: Record<string, (module: BuildFilesModule) => Promise<[string, string][]>> = {
  'search/': async (module) => (await module.searchIndexFiles()).map(({ file, body }) => [file, body]),
  'content/': async (module) => module.contentFiles().map(([path, body]) => [path.slice(1), body]),
  // Each language's manifest (hi/manifest.webmanifest); the language's pages themselves are the app's.
  ...Object.fromEntries(
    LANGUAGE_FOLDERS.map((folder) => [
      `${folder}/manifest.webmanifest`,
      async (module: BuildFilesModule) => module.languageManifests(englishManifest()),
    ]),
  ),
}

/**
 * `npm run dev` serves what the build writes beside the pages, from memory: the header search's index (search/…)
 * and the content (content/careers/<id>.json, content/catalog/…), made by the same functions the build writes them
 * with (src/app/entry-server.tsx), from the modules as they are now. So the app fetches in dev what it fetches in
 * production.
 */
function buildFilesDev(): Plugin {
  return {
    name: 'build-files-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)
        const file = path.slice(server.config.base.length)
        const folder = Object.entries(BUILD_FILES).find(([prefix]) => file.startsWith(prefix))
        if (!folder) return next()
        const [, filesIn] = folder
        server
          .ssrLoadModule('/src/app/entry-server.tsx')
          .then((module) => filesIn(module as BuildFilesModule))
          .then((files) => {
            const found = files.find(([name]) => name === file)
            response.setHeader('Cache-Control', 'no-cache')
            // A file the build would not write is not found, as on the static host (not the app's index.html).
            if (!found) {
              response.statusCode = 404
              response.end('Not found')
              return
            }
            response.setHeader(
              'Content-Type',
              file.endsWith('.webmanifest') ? 'application/manifest+json' : 'application/json',
            )
            response.end(found[1])
          }, next)
      })
    },
  }
}

/**
 * The `.test.ts` files that need a document, storage or the browser's fetch types: they run in jsdom with the
 * `.test.tsx` files; every other `.test.ts` runs in Node. A pure test that starts using the DOM fails loudly in Node
 * ("document is not defined"): add it here.
 */
const DOM_UNIT_TESTS = [
  'src/app/offline-careers.test.ts',
  'src/app/manifest.test.ts',
  'src/content/catalog-files.test.ts',
  'src/features/day-timeline/hooks/*.test.ts',
  'src/lib/content-search/search-index.test.ts',
  'src/lib/reading-list/store.test.ts',
  'src/lib/reading-list/sync.properties.test.ts',
  'src/lib/theme/*.test.ts',
  'src/lib/use-*.test.ts',
]

export default defineConfig(({ isPreview }) => ({
  // The dev server renders in the browser and falls back to index.html for every path; the preview serves files only.
  appType: isPreview ? 'mpa' : 'spa',
  plugins: [
    // Must come before react(): it rewrites route files so each page's component loads with its route.
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    inlineHeadScripts(),
    staticHostPreview(),
    syntheticCareersPlugin(),
    buildFilesDev(),
    // `vite build`: the client, the server build and the prerendered pages, in one call (scripts/build/).
    staticSite(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // The budget script reads the manifest to find the entry chunk and what it imports statically.
    manifest: true,
    target: 'es2022',
    // Everything the entry imports statically stays in one entry file. Without this, Rolldown splits modules the
    // entry shares with a lazily loaded chunk (React, the router, recharts' use of both) into extra small files: more
    // requests and worse compression on the first visit.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
  },
  test: {
    css: false,
    testTimeout: 15_000,
    projects: [
      {
        // Components, hooks and anything that needs a document or storage: jsdom, with Testing Library's setup.
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', ...DOM_UNIT_TESTS],
          setupFiles: ['src/testing/language.ts', 'src/testing/setup.ts'],
        },
      },
      {
        // Pure functions (most of lib/ and each feature's lib/): plain Node, which starts far faster than jsdom.
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: DOM_UNIT_TESTS,
          setupFiles: ['src/testing/language.ts'],
        },
      },
      {
        // Checks of the build's own steps and outputs: plain Node, no DOM.
        extends: true,
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/budget/**/*.test.ts'],
          setupFiles: ['src/testing/language.ts'],
        },
      },
    ],
  },
}))
