// Types for ./static-paths.mjs (plain JavaScript, shared by Node and Vite's bundles).
/** The page a host answers any address with that has no file of its own, with status 404. */
export const NOT_FOUND_FILE: string
/** The folders of the languages other than English ("/hi/…"). */
export const LANGUAGE_FOLDERS: string[]
/** The not-found page for an address: its language's ("/hi/nothing" → hi/404.html), else 404.html. */
export function notFoundFile(pathname: string): string
/** True for an address that is a page of the app (no file extension, or .html), not a file such as robots.txt. */
export function isPagePath(pathname: string): boolean
/** The files a host tries for a page's address, in order ("/a/b" → a/b/index.html, then a/b.html). */
export function pageFiles(pathname: string): string[]
/** The file the build writes a page's address to: "/" → index.html, "/a/b" → a/b/index.html. */
export function htmlFileFor(pathname: string): string
/** The address a host serves a file at: index.html → "/", a/b/index.html → "/a/b", anything else "/" + its name. */
export function addressFor(file: string): string
