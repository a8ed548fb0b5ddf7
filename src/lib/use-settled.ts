import { useEffect, useState } from 'react'

/**
 * `value`, once it has stopped changing for `delayMs`. For live regions: while someone types, a screen reader
 * hears the result when they pause, not a count per keystroke.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return settled
}
