import { useEffect } from 'react'
import type { TooltipContentProps } from 'recharts'
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent'
import type { SalaryRow } from '../../lib/rows'
import type { SalaryUnit } from '../../lib/search'
import { formatAmount, perUnit } from '../../lib/units'
import { describeVerdict } from '../../lib/verdict'
import { fill, messages } from '@/lib/i18n/runtime'

/**
 * The tooltip: the place, its formatted range and, with an offer, where the offer sits. It is drawn for the eye
 * only; the same words go to the chart's one live region (`announce`), which stays in the page while the tooltip
 * comes and goes, so a screen reader hears each place once as the arrow keys reach it.
 */
export function RangeTooltip({
  active,
  label,
  byId,
  unit,
  hasOffer,
  announce,
}: TooltipContentProps<ValueType, NameType> & {
  byId: Map<string, SalaryRow>
  unit: SalaryUnit
  hasOffer: boolean
  announce: (text: string) => void
}) {
  const row = active && label !== undefined ? byId.get(String(label)) : undefined
  const t = messages().salaries
  const offer =
    hasOffer && row?.verdict
      ? row.offerInHand === undefined
        ? fill(t.tooltipOffer, { verdict: describeVerdict(row.verdict, unit) })
        : fill(t.tooltipOfferInHand, {
            amount: formatAmount(row.offerInHand, unit),
            verdict: describeVerdict(row.verdict, unit),
          })
      : undefined
  const range = row ? fill(t.tooltipRange, { range: row.label, per: perUnit(unit) }) : undefined
  const words =
    row && range
      ? offer
        ? fill(t.tooltipWordsOffer, { place: row.place, range, offer })
        : fill(t.tooltipWords, { place: row.place, range })
      : ''
  useEffect(() => {
    announce(words)
  }, [announce, words])
  useEffect(() => () => announce(''), [announce])
  if (!row) return null
  return (
    <div className="chart-tooltip" aria-hidden="true">
      <p className="chart-tooltip__place">{row.place}</p>
      <p>{range}</p>
      {offer && <p>{offer}</p>}
    </div>
  )
}
