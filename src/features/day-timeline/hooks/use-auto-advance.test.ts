import { renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PLAY_INTERVAL_MS, useAutoAdvance } from './use-auto-advance'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

const setup = (playing: boolean) => {
  const onTick = vi.fn()
  const hook = renderHook(
    (props: { playing: boolean; stepKey: number }) => useAutoAdvance({ ...props, onTick }),
    {
      initialProps: { playing, stepKey: 0 },
    },
  )
  return { onTick, ...hook }
}

describe('useAutoAdvance', () => {
  it('ticks once the interval has passed on a step, not before', () => {
    const { onTick } = setup(true)
    vi.advanceTimersByTime(PLAY_INTERVAL_MS - 1)
    expect(onTick).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(onTick).toHaveBeenCalledTimes(1)
  })

  it('waits a whole interval again after every change of step', () => {
    const { onTick, rerender } = setup(true)
    vi.advanceTimersByTime(PLAY_INTERVAL_MS - 100)
    rerender({ playing: true, stepKey: 1 })
    vi.advanceTimersByTime(PLAY_INTERVAL_MS - 1)
    expect(onTick).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(onTick).toHaveBeenCalledTimes(1)
  })

  it('never ticks while paused, and pausing cancels the pending tick', () => {
    const { onTick, rerender } = setup(false)
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 3)
    expect(onTick).not.toHaveBeenCalled()
    rerender({ playing: true, stepKey: 0 })
    vi.advanceTimersByTime(PLAY_INTERVAL_MS / 2)
    rerender({ playing: false, stepKey: 0 })
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 3)
    expect(onTick).not.toHaveBeenCalled()
  })

  it('stops when unmounted', () => {
    const { onTick, unmount } = setup(true)
    unmount()
    vi.advanceTimersByTime(PLAY_INTERVAL_MS * 2)
    expect(onTick).not.toHaveBeenCalled()
  })
})
