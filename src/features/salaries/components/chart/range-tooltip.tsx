import type { TooltipContentProps } from 'recharts'
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent'
import type { SalaryRow } from '../../lib/rows'
import type { SalaryUnit } from '../../lib/search'
import { formatAmount, PER_UNIT } from '../../lib/units'
import { describeVerdict } from '../../lib/verdict'

/** The tooltip: the place, its formatted range and, with an offer, where the offer sits. */
export function RangeTooltip({
  active,
  label,
  byId,
  unit,
  hasOffer,
}: TooltipContentProps<ValueType, NameType> & {
  byId: Map<string, SalaryRow>
  unit: SalaryUnit
  hasOffer: boolean
}) {
  const row = label === undefined ? undefined : byId.get(String(label))
  if (!active || !row) return null
  return (
    <div className="chart-tooltip" role="status">
      <p className="chart-tooltip__place">{row.place}</p>
      <p>
        {row.label} {PER_UNIT[unit]}
      </p>
      {hasOffer && row.verdict && (
        <p>
          Your offer
          {row.offerInHand === undefined ? '' : ` (${formatAmount(row.offerInHand, unit)} in hand)`}:{' '}
          {describeVerdict(row.verdict, unit)}
        </p>
      )}
    </div>
  )
}
