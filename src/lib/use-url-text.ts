import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'

/** The pause after which typed text reaches the address, everywhere in the app. */
export const TYPING_PAUSE_MS = 300

export interface UrlTextOptions<V> {
  /** What the address holds now (undefined: nothing). */
  value: V | undefined
  /** The text a value from the address shows as. */
  textFor: (value: V | undefined) => string
  /** The value typed text stands for; undefined when it is empty or not usable yet. */
  parse: (text: string) => V | undefined
  /** Puts a value in the address, replacing the current entry (typing is not history). */
  write: (value: V | undefined) => void
  /** How long typing must pause before the address follows; 0 writes on every keystroke. */
  delayMs: number
}

export interface UrlText<V> {
  /** Exactly what was typed: never rewritten under the cursor. */
  text: string
  /** The value the text stands for now (it may not be in the address yet). */
  typed: V | undefined
  setText: (text: string) => void
  /** Writes a value still waiting for its pause now (call before pushing another change, so Back returns to it). */
  flush: () => void
}

/**
 * Text in a box that the address also holds ("typed text follows the URL after a pause"): the box keeps what was
 * typed; the address gets the value once typing pauses; when the address changes by other means (Back, a shared
 * link, Clear all) the box follows it — unless the box already says that, or the change is one this box wrote and
 * has since typed past.
 */
export function useUrlText<V>({ value, textFor, parse, write, delayMs }: UrlTextOptions<V>): UrlText<V> {
  const [state, setState] = useState(() => ({
    text: textFor(value),
    seen: value,
    written: [] as (V | undefined)[],
  }))
  if (!Object.is(value, state.seen)) {
    const mine = state.written.findIndex((w) => Object.is(w, value))
    if (mine >= 0) setState({ ...state, seen: value, written: state.written.slice(mine + 1) })
    else
      setState({
        text: Object.is(parse(state.text), value) ? state.text : textFor(value),
        seen: value,
        written: [],
      })
  }

  const typed = parse(state.text)
  const lastWritten = state.written.length > 0 ? state.written[state.written.length - 1] : state.seen
  const pending = !Object.is(typed, lastWritten)

  const latest = useRef({ typed, pending, write })
  useLayoutEffect(() => {
    latest.current = { typed, pending, write }
  })
  const flush = useCallback(() => {
    const { typed: now, pending: waiting, write: put } = latest.current
    if (!waiting) return
    latest.current.pending = false
    setState((s) => ({ ...s, written: [...s.written, now] }))
    put(now)
  }, [])

  useEffect(() => {
    if (!pending) return
    const timer = setTimeout(flush, delayMs)
    return () => clearTimeout(timer)
  }, [pending, typed, delayMs, flush])

  const setText = useCallback((text: string) => setState((s) => ({ ...s, text })), [])
  return { text: state.text, typed, setText, flush }
}
