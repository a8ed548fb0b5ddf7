// The page's one live region for its Save buttons (a career page has 17): what one press could not store is said
// here, naming the item, instead of each button carrying a live region of its own.

let region: HTMLElement | undefined
let users = 0

function liveRegion(): HTMLElement {
  if (region?.isConnected) return region
  region = document.createElement('p')
  region.setAttribute('role', 'status')
  region.className = 'visually-hidden'
  document.body.append(region)
  return region
}

/**
 * For each Save button while it is on the page: the region must be there before anything is said into it for
 * screen readers to say it, and goes when the last button does.
 */
export function holdSaveAnnouncer(): () => void {
  users++
  liveRegion()
  return () => {
    if (--users > 0) return
    region?.remove()
    region = undefined
  }
}

/** Says `text` once. The same text again (the same item pressed twice) is still said. */
export function announceSave(text: string) {
  const live = liveRegion()
  live.textContent = live.textContent === text ? `${text}\u00a0` : text
}
