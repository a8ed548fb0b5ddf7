import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ExternalLink, safeExternalUrl } from './external-link'

describe('ExternalLink', () => {
  it('links to an https address without an opener or referrer', () => {
    render(<ExternalLink href="https://clarup.com/careers/python-developer">clarup.com</ExternalLink>)
    const link = screen.getByRole('link', { name: 'clarup.com' })
    expect(link).toHaveAttribute('href', 'https://clarup.com/careers/python-developer')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it('shows anything that is not https as text, not as a link', () => {
    for (const href of [
      'javascript:alert(1)',
      'http://example.com/',
      'data:text/html,<b>x</b>',
      'not a url',
    ]) {
      const { unmount } = render(<ExternalLink href={href}>Somewhere</ExternalLink>)
      expect(screen.queryByRole('link')).toBeNull()
      expect(screen.getByText('Somewhere')).toBeInTheDocument()
      unmount()
    }
    expect(safeExternalUrl('https://example.com')).toBe('https://example.com/')
  })
})
