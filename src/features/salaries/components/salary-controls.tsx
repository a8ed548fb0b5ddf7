import type { ChangeEvent } from 'react'
import { useSettled } from '@/lib/use-settled'
import { useId, useRef } from 'react'
import type { PayReading } from '@/lib/pay/reader'
import { messages } from '@/lib/i18n/runtime'
import {
  PF_CONVENTIONS,
  SORT_KEYS,
  UNITS,
  type PfConvention,
  type SalaryUnit,
  type SortKey,
} from '../lib/search'

const MESSAGE_DELAY_MS = 500

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
  const t = messages().salaries
  const shownInvalid = useSettled(invalid, MESSAGE_DELAY_MS)
  return (
    <div className="salary-controls">
      <div className="field">
        <label htmlFor={`${id}-sort`}>{t.sortLabel}</label>
        <select
          id={`${id}-sort`}
          value={sort}
          onChange={(event: ChangeEvent<HTMLSelectElement>) =>
            props.onSortChange(event.target.value as SortKey)
          }
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {messages().salaries.sort[key]}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="field">
        <legend>{t.showPay}</legend>
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
              {t.unit[value]}
            </label>
          ))}
        </div>
        <p className="field__help">{t.unitHint[unit]}</p>
      </fieldset>

      {unit === 'inhand' && (
        <fieldset className="field">
          <legend>{t.pfLegend}</legend>
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
                {t.pfOption[value]}
              </label>
            ))}
          </div>
          <p className="field__help">{t.pfHint}</p>
        </fieldset>
      )}

      <div className="field">
        <label htmlFor={`${id}-offer`}>{t.offerLabel[unit]}</label>
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
            {t.clearOffer}
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
          {t.offerExample[unit]} {t.offerPrivacy}
        </p>
      </div>
    </div>
  )
}
