// The one rule for serving a prerendered build the way a static host does, used by `npm run preview` (vite.config.ts),
// the paint benchmark and the update e2e test: "/a/b" and "/a/b/" get a/b/index.html (or a/b.html), an address with
// no file gets 404.html with status 404, and anything with a file extension is an asset, served as it is.
import { existsSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'

const isFile = (file) => existsSync(file) && statSync(file).isFile()

/** True when `pathname` names an asset (a script, a stylesheet, an icon) rather than a page. */
export const isAssetPath = (pathname) => extname(pathname) !== '' && !pathname.endsWith('.html')

/** The page file for `pathname` in `folder` with its status, or undefined when there is neither it nor a 404.html. */
export function resolvePage(folder, pathname) {
  const candidates = [
    join(pathname, 'index.html'),
    pathname.endsWith('.html') ? pathname : `${pathname}.html`,
  ]
  const file = candidates.map((name) => join(folder, name)).find(isFile)
  if (file) return { file, status: 200 }
  const notFound = join(folder, '404.html')
  return isFile(notFound) ? { file: notFound, status: 404 } : undefined
}
