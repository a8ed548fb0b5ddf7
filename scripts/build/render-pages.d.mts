/** What the server build renders for one address (src/app/entry-server.tsx). */
export interface RenderedPage {
  status: number
  html: string
  routeIds: string[]
}
/** A page's CSS (files and text) and the scripts it preloads (./inline-assets.mjs). */
export interface PageAssets {
  cssFiles: string[]
  css: string
  jsFiles: string[]
}
/** Where each edit of the template goes; see render-pages.mjs. */
export type TemplateParts = object & { readonly __templateParts: unique symbol }
export function templateParts(template: string): TemplateParts
/** One page's HTML and its Content-Security-Policy; see render-pages.mjs. */
export function pageHtml(
  template: string,
  parts: TemplateParts,
  path: string,
  page: RenderedPage,
  assets: PageAssets,
): { html: string; policy: string }
