import { useParams } from '@tanstack/react-router'
import { NotFoundView } from '@/components/layout/not-found-view'
import { messages } from '@/lib/i18n/runtime'
import { fillNodes } from '@/lib/i18n/rich'

/** An address like /careers/astronaut: say which career is missing and lead back to the list. */
export function CareerNotFound() {
  const { careerId } = useParams({ strict: false })
  const t = messages().shell
  return (
    <NotFoundView title={t.careerNotFoundTitle}>
      <p>
        {fillNodes(t.careerNotFoundText, {
          career: careerId === undefined ? <q>{t.unknownCareer}</q> : <q lang="en">{careerId}</q>,
        })}
      </p>
    </NotFoundView>
  )
}
