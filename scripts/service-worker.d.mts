/** Writes `<dist>/sw.js`, precaching every page and file in `dist`; see service-worker.mjs. */
export function writeServiceWorker(dist: string): Promise<{ count: number; size: number }>
