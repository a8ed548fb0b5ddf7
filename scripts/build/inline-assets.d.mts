/** One entry of Vite's build manifest (dist/.vite/manifest.json). */
export interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  css?: string[]
}
/** A route file as the server build reports it (src/app/route-sources.ts). */
export interface RouteSource {
  id: string
  file: string
  lazyComponent: boolean
}
/** Route id → its component chunk's manifest key; throws for a lazily loaded route with no chunk. See inline-assets.mjs. */
export function routeChunks(
  manifest: Record<string, ManifestChunk>,
  routes: readonly RouteSource[],
): Map<string, string>
/** What each page of the build in `dist` inlines and preloads; see inline-assets.mjs. */
export function pageAssets(
  dist: string,
  routes: readonly RouteSource[],
): { forPage(routeIds: readonly string[]): { cssFiles: string[]; css: string; jsFiles: string[] } }
