import { useEffect, useEffectEvent } from 'react'

/** How long each step stays before Play moves on: long enough to read a step's title and the start of its text. */
export const PLAY_INTERVAL_MS = 5000

/**
 * While `playing`, calls `onTick` once `intervalMs` after the current step (`stepKey`) was reached. Any change of
 * step, by Play or by hand, starts the wait again; pausing or unmounting cancels it. The caller decides what a tick
 * does and when playing stops.
 */
export function useAutoAdvance({
  playing,
  stepKey,
  intervalMs = PLAY_INTERVAL_MS,
  onTick,
}: {
  playing: boolean
  stepKey: number
  intervalMs?: number
  onTick: () => void
}) {
  const tick = useEffectEvent(onTick)
  useEffect(() => {
    if (!playing) return
    const timer = setTimeout(tick, intervalMs)
    return () => clearTimeout(timer)
  }, [playing, stepKey, intervalMs])
}
