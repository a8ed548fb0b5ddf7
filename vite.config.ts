/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [
    // Must come before react(): it rewrites route files so each page's component loads with its route.
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
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
})
