// Where the app is published, for canonical and share links. One setting: VITE_SITE_ORIGIN at build time
// (`VITE_SITE_ORIGIN=https://careers.example.org npm run build`). The default is a reserved example domain, so an
// unconfigured build never points share cards at someone else's site.
const DEFAULT_ORIGIN = 'https://career-explorer.example'

function readOrigin(value: string | undefined): string {
  if (!value) return DEFAULT_ORIGIN
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : DEFAULT_ORIGIN
  } catch {
    return DEFAULT_ORIGIN
  }
}

export const SITE_ORIGIN = readOrigin(import.meta.env.VITE_SITE_ORIGIN)

/** "/careers/python-developer" → "https://…/careers/python-developer" */
export const absoluteUrl = (path: string): string => new URL(path, SITE_ORIGIN).href

/** The one share image (1200×630), in public/. */
export const SHARE_IMAGE = { path: '/share-card.png', width: 1200, height: 630 }
