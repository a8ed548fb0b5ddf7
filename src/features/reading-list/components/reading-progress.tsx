import { useId } from 'react'
import { fill, messages } from '@/lib/i18n/runtime'

/** "3 of 7 done", as words and as a bar. */
export function ReadingProgress({ done, total }: { done: number; total: number }) {
  const id = useId()
  return (
    <div className="reading-progress">
      <p id={id} className="reading-progress__label">
        {fill(messages().readingList.progress, { done, total })}
      </p>
      <progress value={done} max={total} aria-labelledby={id} />
    </div>
  )
}
