/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The published site's origin, for canonical and share links (see src/lib/site.ts). */
  readonly VITE_SITE_ORIGIN?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}

// Careers made up for measurement (tests/synthetic), present only in a build made with SYNTHETIC_CAREERS=N; empty
// otherwise. See scripts/synthetic-careers-plugin.mjs.
declare module 'virtual:synthetic-careers' {
  import type { Career } from '@/content/schema'
  export const syntheticCareers: readonly Career[]
}
