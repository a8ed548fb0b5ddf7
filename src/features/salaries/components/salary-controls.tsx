import type { ChangeEvent } from 'react'
import { useSettled } from '@/lib/use-settled'
import { useId, useRef } from 'react'
import type { PayReading } from '@/lib/pay/reader'
import { SORT_LABELS } from '../lib/rows'
import {
  PF_CONVENTIONS,
  SORT_KEYS,
  UNITS,
  type PfConvention,
  type SalaryUnit,
  type SortKey,
} from '../lib/search'

const MESSAGE_DELAY_MS = 500

const UNIT_LABELS: Record<SalaryUnit, string> = {
  year: 'Per year (₹ lakh)',
  month: 'Per month (₹, yearly ÷ 12)',
  inhand: 'In hand per month (estimate)',
}

const UNIT_HINTS: Record<SalaryUnit, string> = {
  year: 'The source gives yearly figures only.',
  month: 'Per month is worked out here: the yearly total cash compensation divided by 12, before tax.',
  inhand:
    'In hand is estimated here from the yearly figures, taken as gross cash pay: less income tax, your PF and professional tax, divided by 12.',
}

const PF_LABELS: Record<PfConvention, string> = {
  min: '₹1,800 a month (the statutory minimum, common in offers)',
  basic40: '12% of basic, basic 40% of pay',
  basic50: '12% of basic, basic 50% of pay',
}

const OFFER_LABELS: Record<SalaryUnit, { label: string; example: string }> = {
  year: { label: 'Your offer, in ₹ lakh a year', example: 'For example 15 or 15 LPA for ₹15 L a year.' },
  month: { label: 'Your offer, in ₹ a month', example: 'For example 125000 for ₹1,25,000 a month.' },
  inhand: {
    label: 'Your offer, in ₹ lakh a year (before tax)',
    example: 'For example 15 or 15 LPA for ₹15 L a year: the page works out what it leaves in hand.',
  },
}

export interface SalaryControlsProps {
  sort: SortKey
  unit: SalaryUnit
  /** What is in the offer box, as typed. */
  offerText: string
  offer: PayReading
  /** One line on the offer: a prompt, the problem with it, or where it sits overall. */
  offerMessage: string
  /** The PF assumption, asked only in hand. */
  pf: PfConvention
  onSortChange: (sort: SortKey) => void
  onUnitChange: (unit: SalaryUnit) => void
  onPfChange: (pf: PfConvention) => void
  onOfferChange: (text: string) => void
  onOfferClear: () => void
}

/** Sort, unit and "your offer": every change shows at once in the summary, chart and table. */
export function SalaryControls(props: SalaryControlsProps) {
  const { sort, unit, offerText, offer, offerMessage, pf } = props
  const id = useId()
  const offerInput = useRef<HTMLInputElement>(null)
  const invalid = offer.status === 'invalid'

  // Said once typing pauses: "₹1 a month is too little" while someone is still typing 125000 helps no one.
  const shownMessage = useSettled(offerMessage, MESSAGE_DELAY_MS)
  const shownInvalid = useSettled(invalid, MESSAGE_DELAY_MS)
  return (
    <div className="salary-controls">
      <div className="field">
        <label htmlFor={`${id}-sort`}>Sort places</label>
        <select
          id={`${id}-sort`}
          value={sort}
          onChange={(event: ChangeEvent<HTMLSelectElement>) =>
            props.onSortChange(event.target.value as SortKey)
          }
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {SORT_LABELS[key]}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="field">
        <legend>Show pay</legend>
        <div className="field__choices">
          {UNITS.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${id}-unit`}
                value={value}
                checked={unit === value}
                onChange={() => props.onUnitChange(value)}
              />
              {UNIT_LABELS[value]}
            </label>
          ))}
        </div>
        <p className="field__help">{UNIT_HINTS[unit]}</p>
      </fieldset>

      {unit === 'inhand' && (
        <fieldset className="field">
          <legend>Count your PF as</legend>
          <div className="field__choices">
            {PF_CONVENTIONS.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name={`${id}-pf`}
                  value={value}
                  checked={pf === value}
                  onChange={() => props.onPfChange(value)}
                />
                {PF_LABELS[value]}
              </label>
            ))}
          </div>
          <p className="field__help">
            Your employer decides which: the offer letter or payslip says. At ₹20 L a year the difference is
            bigger than any between cities.
          </p>
        </fieldset>
      )}

      <div className="field">
        <label htmlFor={`${id}-offer`}>{OFFER_LABELS[unit].label}</label>
        <div className="field__row">
          {/* Text, not type="number": it keeps "1,25,000" and typos visible so they can be explained. */}
          <input
            ref={offerInput}
            id={`${id}-offer`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={offerText}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-offer-message ${id}-offer-hint`}
            onChange={(event) => props.onOfferChange(event.target.value)}
          />
          <button
            type="button"
            className="button button--secondary"
            disabled={offerText === ''}
            onClick={() => {
              props.onOfferClear()
              offerInput.current?.focus()
            }}
          >
            Clear offer
          </button>
        </div>
        <p
          id={`${id}-offer-message`}
          className={shownInvalid ? 'field__error' : 'field__status'}
          aria-live="polite"
        >
          {shownMessage}
        </p>
        <p id={`${id}-offer-hint`} className="field__help">
          {OFFER_LABELS[unit].example} Your offer stays on this device: the page sends it nowhere. It is kept
          in the page&rsquo;s address so a bookmark or shared link shows the same view.
        </p>
      </div>
    </div>
  )
}
