import type { IncomingMessage, ServerResponse } from 'node:http'
export {
  LANGUAGE_FOLDERS,
  NOT_FOUND_FILE,
  addressFor,
  htmlFileFor,
  isPagePath,
  notFoundFile,
  pageFiles,
} from '../src/app/static-paths.mjs'

/** What answers an address: the file and the status it is sent with. */
export interface Found {
  file: string
  status: number
}
/** The Content-Type of each kind of file a build holds. */
export const CONTENT_TYPES: Record<string, string>
export function contentType(file: string): string
/** The file that answers `pathname` in `folder` (404.html → 404), or undefined; see static-host.mjs. */
export function resolveFile(folder: string, pathname: string): Found | undefined

export interface ServeOptions {
  gzip?: boolean
  cacheControl?: string
  page?: (pathname: string) => Found | undefined
  onSend?: (sent: { file: string | undefined; status: number; bytes: number }) => void
}
/** A request handler (or middleware, with `next`) serving `folder` as a static host does; see static-host.mjs. */
export function serveStatic(
  folder: string,
  options?: ServeOptions,
): (request: IncomingMessage, response: ServerResponse, next?: () => void) => void

/** The `_headers` file for a build's pages (file and Content-Security-Policy); see static-host.mjs. */
export function headersFile(pages: readonly { file: string; policy: string }[]): string
