/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

/**
 * `npm run preview` serves the prerendered build the way a static host does: "/a/b" and "/a/b/" get a/b/index.html,
 * an address with no file gets 404.html with status 404, and assets are served as files.
 */
function staticHostPreview(): Plugin {
  return {
    name: 'static-host-preview',
    configurePreviewServer(server) {
      const dist = server.config.build.outDir
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)
        if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) return next()
        const candidates = [join(path, 'index.html'), path.endsWith('.html') ? path : `${path}.html`]
        const file = candidates.map((name) => join(dist, name)).find((name) => existsSync(name))
        const notFound = join(dist, '404.html')
        if (!file && !existsSync(notFound)) return next()
        response.statusCode = file ? 200 : 404
        response.setHeader('Content-Type', 'text/html; charset=utf-8')
        response.setHeader('Cache-Control', 'no-cache')
        response.end(readFileSync(file ?? notFound))
      })
    },
  }
}

export default defineConfig(({ isPreview }) => ({
  // The dev server renders in the browser and falls back to index.html for every path; the preview serves files only.
  appType: isPreview ? 'mpa' : 'spa',
  plugins: [
    // Must come before react(): it rewrites route files so each page's component loads with its route.
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    staticHostPreview(),
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
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    css: false,
    testTimeout: 15_000,
  },
}))
