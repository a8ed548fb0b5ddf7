import { useParams } from '@tanstack/react-router'
import { NotFoundView } from '@/components/layout/not-found-view'

/** An address like /careers/astronaut: say which career is missing and lead back to the list. */
export function CareerNotFound() {
  const { careerId } = useParams({ strict: false })
  return (
    <NotFoundView title="Career not found">
      <p>
        We have no career called <q>{careerId ?? 'unknown'}</q>. It may have been renamed, or the link may be
        mistyped.
      </p>
    </NotFoundView>
  )
}
