/**
 * Brings the item an address points at (#resources-fluent-python) to the person: scrolls to it, marks it, and moves
 * keyboard focus to it so the next Tab continues from there. False when it is not on the page (yet).
 */
export function focusTarget(id: string): boolean {
  const target = document.getElementById(id)
  if (!target) return false
  for (const marked of document.querySelectorAll('[data-target]')) marked.removeAttribute('data-target')
  target.setAttribute('data-target', '')
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1
  target.scrollIntoView({ block: 'start' })
  target.focus({ preventScroll: true })
  return true
}

/**
 * Moves keyboard focus to the page's heading, where every page starts: after a navigation, or when the control that
 * had focus has gone (a notice dismissed, the last backup deleted). Nothing happens when the page has no heading yet.
 */
export function focusPageHeading(options?: FocusOptions): void {
  const heading = document.querySelector<HTMLElement>('main h1')
  if (!heading) return
  heading.tabIndex = -1
  heading.focus(options)
}
