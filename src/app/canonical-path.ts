import { localizePath, splitLocale } from '@/lib/i18n/locales'

// One spelling per page. Addresses are lowercase, without a trailing slash or "index.html": "/READING-LIST",
// "/careers/python-developer/" and "/index.html" all mean one page (a language's home is "/hi/"), and entry-client.tsx rewrites the address bar to that
// form before the router reads it. Paths that are not routes stay not found, whatever their spelling.

export function canonicalPath(pathname: string): string {
  const trimmed = pathname
    .toLowerCase()
    .replace(/\/index\.html$/, '/')
    .replace(/\/+$/, '')
  const path = trimmed.startsWith('/') ? trimmed : `/${trimmed}`
  // A language's home keeps its slash ("/hi" → "/hi/"), as the router writes it.
  const { locale, path: inLanguage } = splitLocale(path)
  return inLanguage === '/' ? localizePath('/', locale) : path
}
