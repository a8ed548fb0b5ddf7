// `fetch` for unit tests: the files the build writes beside the pages, made the way the build makes them from the
// career modules: the content (/content/careers/<id>.json, /content/catalog/…) and the header search's index
// (/search/…). The app under test loads its content and runs its search as it does in production. A test can read
// what was asked (`siteRequests`) and make an address fail (`failRequests`); both are reset after each test.
import { allCareers } from '@/content/all-careers'
import { contentFilesFor } from '@/content/content-files'
import { inMemorySearchIndex } from './search-index-fetch'

let files: Map<string, string> | undefined
const siteFiles = () =>
  (files ??= new Map([
    ...contentFilesFor(allCareers),
    ...[...inMemorySearchIndex().files].map(([file, body]): [string, string] => [`/${file}`, body]),
  ]))

/** The paths fetched in this test, in order. */
export const siteRequests: string[] = []

interface Failure {
  path: string | RegExp
  /** An HTTP status, or none for a network failure (offline), where fetch rejects. */
  status: number | undefined
  times: number
}
const failures: Failure[] = []

/**
 * The next `times` requests for `path` (a path, or a pattern over paths) fail: with an HTTP `status`, or without
 * one as a network failure (fetch rejects, as it does offline).
 */
export function failRequests(
  path: string | RegExp,
  { status, times = 1 }: { status?: number; times?: number } = {},
) {
  failures.push({ path, status, times })
}

export function resetSiteFetch() {
  siteRequests.length = 0
  failures.length = 0
}

const matches = (pattern: string | RegExp, path: string) =>
  typeof pattern === 'string' ? pattern === path : pattern.test(path)

export const siteFetch: typeof fetch = async (input) => {
  const url = input instanceof Request ? input.url : String(input)
  const path = new URL(url, 'http://localhost').pathname
  siteRequests.push(path)
  const failure = failures.find((f) => f.times > 0 && matches(f.path, path))
  if (failure) {
    failure.times -= 1
    if (failure.status === undefined) throw new TypeError('Failed to fetch')
    return new Response('Unavailable', { status: failure.status })
  }
  const body = siteFiles().get(path)
  return body === undefined
    ? new Response('Not found', { status: 404 })
    : new Response(body, { headers: { 'Content-Type': 'application/json' } })
}
