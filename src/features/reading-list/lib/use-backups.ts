// The backups this browser holds, read again whenever one may have come or gone: on opening the page, after this
// page's own replace or delete, when a damaged list is found (and backed up), and when another tab changes storage.
import { useCallback, useEffect, useState } from 'react'
import { listBackups } from '@/lib/reading-list/backups'
import { useReadingListStore } from '@/lib/reading-list/store'
import { browserLocalStorage } from '@/lib/storage'

export function useBackups() {
  const [storage] = useState(browserLocalStorage)
  const [backups, setBackups] = useState(() => listBackups(storage))
  const relist = useCallback(() => setBackups(listBackups(storage)), [storage])
  useEffect(() => {
    window.addEventListener('storage', relist)
    const stopListening = useReadingListStore.persistence.useStatus.subscribe(relist)
    return () => {
      window.removeEventListener('storage', relist)
      stopListening()
    }
  }, [relist])
  return { backups, storage, relist }
}
