import { useSyncExternalStore } from 'react'
import { useReadingListStore } from './store'

const subscribe = (onChange: () => void) => useReadingListStore.persist.onFinishHydration(onChange)
const hasHydrated = () => useReadingListStore.persist.hasHydrated()
// A prerendered page is rendered with an empty store (the server has no localStorage), and React hydrates with
// the server's answer: so the server and the first client render both say "not read yet", and nothing claims the
// list is empty before it has been read.
const notOnServer = () => false

/** True once the stored reading list has been read; until then, show no count and no empty state. */
export function useReadingListHydrated(): boolean {
  return useSyncExternalStore(subscribe, hasHydrated, notOnServer)
}
