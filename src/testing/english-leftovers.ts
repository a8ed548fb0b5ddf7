// Finds English interface text left on a page in another language: Latin-script words in text or in the attributes a
// reader hears (aria-label, title, placeholder, alt), outside elements marked lang="en" (the source's content), less
// the names that stay in Latin script in every language. The e2e run uses the same function in the browser
// (tests/e2e/hindi.spec.ts), which is why it refers to nothing outside itself.

/** Names and abbreviations every language writes in Latin script. */
export const LATIN_NAMES = [
  'Career Explorer',
  'clarup.com',
  'JavaScript',
  'Python',
  'Django',
  'FastAPI',
  'Async',
  'Concurrency',
  'API',
  'ML',
  'PF',
  'EPF',
  'TDS',
  'CTC',
  'JSON',
  'Markdown',
  'English',
  'INR',
  'LPA',
  // Keys, as printed on keyboards.
  'Tab',
  'Escape',
  'Enter',
]

/**
 * Each piece of text under `root` (the whole document by default) outside lang="en" that still has a Latin word of
 * two letters or more once `names` are taken out. Self-contained, so it can run in a browser page as it is.
 */
export function englishLeftoversIn(names: readonly string[], root?: Element): string[] {
  const scope = root ?? document.documentElement
  const sorted = [...names].sort((a, b) => b.length - a.length)
  const latin = (text: string) => {
    let rest = text
    for (const name of sorted) rest = rest.split(name).join(' ')
    return /[A-Za-z]{2,}/.test(rest)
  }
  const inEnglish = (element: Element) =>
    element.closest('[lang]')?.getAttribute('lang')?.toLowerCase().startsWith('en') === true
  const attributes = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription']
  const found: string[] = []
  const walker = scope.ownerDocument.createTreeWalker(scope, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) || inEnglish(parent)) continue
      const text = node.textContent?.trim() ?? ''
      if (text && latin(text)) found.push(text)
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element
      if (inEnglish(element)) continue
      for (const name of attributes) {
        const value = element.getAttribute(name)
        if (value && latin(value)) found.push(`[${name}] ${value}`)
      }
    }
  }
  return found
}

/** englishLeftoversIn for a rendered container, with the Latin names and any `allow` of the test's own. */
export const englishLeftovers = (root: Element, allow: readonly string[] = []): string[] =>
  englishLeftoversIn([...LATIN_NAMES, ...allow], root)
