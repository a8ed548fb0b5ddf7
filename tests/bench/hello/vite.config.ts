// Builds the hello-world baseline for `npm run bench:paint` into dist-hello/.
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../dist-hello', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
})
