import { Fragment, type ReactNode } from 'react'

/**
 * A message with elements in it: fillNodes("Content comes from {site}.", { site: <a href="…">clarup.com</a> }). The
 * text around the placeholders stays the translation's, so each language orders the sentence its own way.
 */
export function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts = template.split(/\{(\w+)\}/)
  return parts.map((part, index) => {
    if (index % 2 === 0) return part
    if (!(part in values)) throw new Error(`The message "${template}" needs a value for {${part}}.`)
    return <Fragment key={index}>{values[part]}</Fragment>
  })
}
