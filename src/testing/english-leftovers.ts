// Finds English interface text left on a page in another language: Latin-script words in text or in the attributes a
// reader hears (aria-label, title, placeholder, alt), outside elements marked lang="en" (the source's content), less
// the names that stay in Latin script in every language. The e2e run has the same check in the browser
// (tests/e2e/hindi.spec.ts).

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
]

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription']

/** Each piece of text outside lang="en" that still has a Latin word of two letters or more once names are taken out. */
export function englishLeftovers(root: Element, allow: readonly string[] = []): string[] {
  const names = [...LATIN_NAMES, ...allow].sort((a, b) => b.length - a.length)
  const latin = (text: string) => {
    let rest = text
    for (const name of names) rest = rest.split(name).join(' ')
    return /[A-Za-z]{2,}/.test(rest)
  }
  const inEnglish = (element: Element | null) =>
    element?.closest('[lang]')?.getAttribute('lang')?.startsWith('en')
  const found: string[] = []
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) || inEnglish(parent)) continue
      const text = node.textContent?.trim() ?? ''
      if (text && latin(text)) found.push(text)
    } else if (node instanceof Element && !inEnglish(node)) {
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name)
        if (value && latin(value)) found.push(`[${name}] ${value}`)
      }
    }
  }
  return found
}
