/** The problems of one HTML document that hold back its first paint, or name a file twice; see render-blocking.mjs. */
export function renderBlockingProblems(html: string): string[]
