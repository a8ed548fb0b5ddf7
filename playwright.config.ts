import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/support/chromium.mjs'

const PORT = Number(process.env.E2E_PORT ?? 4173)
// The same prerendered app built with React's development build (`npm run build:react-dev` → dist-dev/), which
// reports every hydration mismatch in detail: the prerender journeys run against it too.
const DEV_PORT = PORT + 1
// A build with 200 synthetic careers beside the real one (`npm run build:synthetic` → dist-synthetic/).
const SYNTHETIC_PORT = PORT + 2

const phone = {
  ...devices['Desktop Chrome'],
  viewport: { width: 360, height: 780 },
  launchOptions: chromiumLaunchOptions({ shell: true }),
}

// End-to-end journeys against the production build (`vite preview`), in Debian's Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // axe runs several times in some journeys; on a 2-core machine one pass over a long page takes seconds.
  timeout: 90_000,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    // The service worker would serve requests that tests intercept; the offline journeys turn it back on.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium-phone',
      testIgnore: 'scale.spec.ts',
      use: { ...phone, baseURL: `http://localhost:${PORT}` },
    },
    {
      // Hydration is what React's development build checks more closely; the pages without JavaScript are the same
      // HTML as in the production build. This project runs the full Chromium browser rather than its headless shell.
      name: 'react-development',
      testMatch: 'prerender.spec.ts',
      grep: /hydration/,
      use: { ...phone, launchOptions: chromiumLaunchOptions(), baseURL: `http://localhost:${DEV_PORT}` },
    },
    {
      name: 'synthetic-careers',
      testMatch: 'scale.spec.ts',
      use: { ...phone, baseURL: `http://localhost:${SYNTHETIC_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npm run preview -- --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npm run preview -- --outDir dist-dev --port ${DEV_PORT} --strictPort`,
      url: `http://localhost:${DEV_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npm run preview -- --outDir dist-synthetic --port ${SYNTHETIC_PORT} --strictPort`,
      url: `http://localhost:${SYNTHETIC_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
})
