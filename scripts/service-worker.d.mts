/** The files every page needs to start (globs relative to dist/): the whole precache; see service-worker.mjs. */
export const SHELL_PATTERNS: string[]
/** Writes `<dist>/sw.js`, precaching the app shell of `dist`; see service-worker.mjs. */
export function writeServiceWorker(dist: string): Promise<{ count: number; size: number }>
