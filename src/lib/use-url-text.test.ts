import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useUrlText } from './use-url-text'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

/** A box whose value the "address" holds as a number; "abc" or "" stand for nothing. */
function setup(initial: number | undefined, delayMs = 300) {
  const writes: (number | undefined)[] = []
  const parse = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : undefined)
  const hook = renderHook(
    ({ value }: { value: number | undefined }) =>
      useUrlText({
        value,
        textFor: (v) => (v === undefined ? '' : String(v)),
        parse,
        write: (v) => writes.push(v),
        delayMs,
      }),
    { initialProps: { value: initial } },
  )
  return { ...hook, writes }
}

describe('useUrlText', () => {
  it('shows the address’s value, keeps what is typed, and writes once typing pauses', () => {
    const { result, writes } = setup(15)
    expect(result.current.text).toBe('15')
    act(() => result.current.setText('1'))
    act(() => result.current.setText('12'))
    expect(result.current.text).toBe('12')
    expect(writes).toEqual([])
    act(() => vi.advanceTimersByTime(299))
    expect(writes).toEqual([])
    act(() => vi.advanceTimersByTime(1))
    expect(writes).toEqual([12])
  })

  it('follows the address when it changes by other means (Back, a link, Clear all)', () => {
    const { result, rerender } = setup(15)
    rerender({ value: 20 })
    expect(result.current.text).toBe('20')
    rerender({ value: undefined })
    expect(result.current.text).toBe('')
  })

  it('keeps text that already stands for the address’s value, and text that is not usable yet', () => {
    const { result, rerender, writes } = setup(undefined)
    act(() => result.current.setText(' 7 '))
    rerender({ value: 7 })
    expect(result.current.text).toBe(' 7 ')
    act(() => result.current.setText('abc'))
    act(() => vi.advanceTimersByTime(300))
    expect(writes).toEqual([undefined])
    rerender({ value: undefined })
    expect(result.current.text).toBe('abc')
  })

  it('an address update it wrote itself never overwrites newer typing', () => {
    const { result, rerender, writes } = setup(undefined)
    act(() => result.current.setText('12'))
    act(() => vi.advanceTimersByTime(300))
    expect(writes).toEqual([12])
    act(() => result.current.setText('123'))
    // The router applies the older write after the newer keystroke.
    rerender({ value: 12 })
    expect(result.current.text).toBe('123')
  })

  it('flush writes a waiting value at once, and only once', () => {
    const { result, writes } = setup(undefined)
    act(() => result.current.setText('9'))
    act(() => result.current.flush())
    expect(writes).toEqual([9])
    act(() => vi.advanceTimersByTime(1000))
    expect(writes).toEqual([9])
    act(() => result.current.flush())
    expect(writes).toEqual([9])
  })
})
