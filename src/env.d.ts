/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The published site's origin, for canonical and share links (see src/lib/site.ts). */
  readonly VITE_SITE_ORIGIN?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
