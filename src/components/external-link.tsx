import type { ReactNode } from 'react'

/** The address if it is a well-formed https URL, else undefined: nothing else leaves the app from a link. */
export function safeExternalUrl(href: string): string | undefined {
  try {
    const url = new URL(href)
    return url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/**
 * A link to another site: https only, and opened without handing that site this page (`noopener`) or the address
 * the reader came from (`noreferrer`). An address that is not https is shown as plain text.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const url = safeExternalUrl(href)
  if (!url) return <span>{children}</span>
  return (
    <a href={url} rel="noopener noreferrer">
      {children}
    </a>
  )
}
