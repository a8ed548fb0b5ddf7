import type { GetManifestOptions } from 'workbox-build'
/** The precache's options (what every page needs to start); see service-worker.mjs. */
export const PRECACHE: Pick<
  GetManifestOptions,
  'globPatterns' | 'globIgnores' | 'maximumFileSizeToCacheInBytes' | 'manifestTransforms'
>
/** Writes `<dist>/sw.js`, precaching the app shell of `dist`; see service-worker.mjs. */
export function writeServiceWorker(dist: string): Promise<{ count: number; size: number }>
