// One spelling per page. Addresses are lowercase, without a trailing slash or "index.html": "/READING-LIST",
// "/careers/python-developer/" and "/index.html" all mean one page, and entry-client.tsx rewrites the address bar to that
// form before the router reads it. Paths that are not routes stay not found, whatever their spelling.

export function canonicalPath(pathname: string): string {
  const path = pathname
    .toLowerCase()
    .replace(/\/index\.html$/, '/')
    .replace(/\/+$/, '')
  return path.startsWith('/') ? path : `/${path}`
}
