import { useState } from 'react'
import { Link } from '@tanstack/react-router'
import { ViewResult } from '@/components/layout/view-result'
import { SourceCredit } from '@/components/source-credit'
import type { Career } from '@/content/schema'
import { readOffer } from '@/lib/pay/boxes'
import { roundOffer } from '@/lib/pay/limits'
import { offerUnit } from '@/lib/pay/units'
import { boxText, convertPay } from '@/lib/pay/write-back'
import { usePrefersReducedMotion } from '@/lib/use-prefers-reduced-motion'
import { SalaryChartFrame } from './components/salary-chart-frame'
import { SalaryControls } from './components/salary-controls'
import { SalaryRangeTable } from './components/salary-range-table'
import { TakeHomeWorking } from './components/take-home-working'
import { salaryRows } from './lib/rows'
import type { SalarySearch, SalaryUnit } from './lib/search'
import {
  inHandSummary,
  offerLabel as nameOffer,
  offerSummary,
  PF_ASSUMPTION,
  salarySummary,
} from './lib/summary'
import './salaries.css'
import './in-hand.css'
import { PageHead } from '@/components/layout/page-head'
import { careerPayInWords } from '@/lib/career-pay-words'

export interface SalariesPageProps {
  career: Career
  /** The view, from the page address (already validated). */
  search: SalarySearch
  /** Writes the view back to the address; `replace` for typing, so each keystroke is not a history entry. */
  onSearchChange: (next: SalarySearch, options: { replace: boolean }) => void
}

/** `/careers/$careerId/salaries`: the salary ranges by place as a chart and a table, and where an offer sits. */
export function SalariesPage({ career, search, onSearchChange }: SalariesPageProps) {
  const { sort, unit, pf } = search
  const offerBox = useOfferBox(search, onSearchChange)
  const offer = offerBox.parsed.status === 'valid' ? offerBox.parsed.value : undefined
  const rows = salaryRows(career.salaries, { sort, unit, offer, pf })
  const inHand = unit === 'inhand'
  // In hand, a place without an estimate drops out of the chart (the table says why) rather than showing a guess.
  const chartRows = inHand ? rows.filter((row) => row.noEstimate === undefined) : rows
  const { cohort, measure } = career.salaries
  const offerColumn =
    offer === undefined
      ? undefined
      : inHand
        ? `${nameOffer(offer, 'year')}, in hand there`
        : nameOffer(offer, unit)
  const measured =
    unit === 'year'
      ? `${cohort} ${measure} per year, ₹ lakh.`
      : unit === 'month'
        ? `${cohort} ${measure} per month, ₹: the source's yearly figure divided by 12.`
        : `${cohort} ${measure}, estimated in hand per month, ₹: after income tax, PF and professional tax, ${PF_ASSUMPTION[pf]}.`

  let offerMessage: string
  if (offerBox.parsed.status === 'invalid') offerMessage = offerBox.parsed.message
  else if (offerBox.parsed.status === 'empty' || offer === undefined)
    offerMessage = inHand
      ? 'Enter a yearly offer to see what it leaves in hand in each place.'
      : 'Enter an offer to see where it sits in each range.'
  else offerMessage = `${offerBox.parsed.understood} ${offerSummary(rows, offer, unit)}`

  return (
    <article className="page salaries-page">
      <PageHead
        title={`${career.title} salaries by city`}
        description={`What a ${career.title} earns in ${career.region}, place by place. ${careerPayInWords(career)}`}
        path={`/careers/${career.id}/salaries`}
      />
      <p className="back-link">
        {/* exact: the career page is this page's parent, not the page itself (no aria-current) */}
        <Link to="/careers/$careerId" params={{ careerId: career.id }} activeOptions={{ exact: true }}>
          <span aria-hidden="true">← </span>
          {career.title}
        </Link>
      </p>
      <header className="career-header">
        <p className="career-header__region">{career.region}</p>
        <h1>{career.title} salaries by city</h1>
        <p className="lede salary-summary">
          {unit === 'inhand' ? inHandSummary(rows, pf) : salarySummary(career.salaries, unit)}
        </p>
      </header>

      <ViewResult>
        <h2 className="salary-section-heading">Sort, unit and your offer</h2>
        <SalaryControls
          sort={sort}
          unit={unit}
          pf={pf}
          offerText={offerBox.text}
          offer={offerBox.parsed}
          offerMessage={offerMessage}
          onSortChange={(next) => onSearchChange({ ...search, sort: next }, { replace: false })}
          onUnitChange={offerBox.changeUnit}
          onPfChange={(next) => onSearchChange({ ...search, pf: next }, { replace: false })}
          onOfferChange={offerBox.change}
          onOfferClear={() => offerBox.change('')}
        />

        <h2 className="salary-section-heading">The ranges on a chart</h2>
        <figure className="salary-figure">
          <figcaption>
            {measured} <SourceCredit source={career.source} />
          </figcaption>
          <SalaryChartFrame
            rows={chartRows}
            unit={unit}
            offer={inHand ? undefined : offer}
            title={`${career.title}: ${measured}`}
            reducedMotion={usePrefersReducedMotion()}
          />
          <ul className="chart-key">
            <li>
              <span className="chart-key__swatch" aria-hidden="true" /> Places in India
            </li>
            {chartRows.some((row) => row.group === 'remote') && (
              <li>
                <span className="chart-key__swatch chart-key__swatch--remote" aria-hidden="true" /> Remote /
                international: hatched, below the dashed rule
              </li>
            )}
            {offer !== undefined && (
              <li>
                <span
                  className={`chart-key__swatch ${inHand ? 'chart-key__swatch--offer-mark' : 'chart-key__swatch--offer'}`}
                  aria-hidden="true"
                />{' '}
                {inHand ? 'Your offer, in hand in each place' : 'Your offer'}
              </li>
            )}
          </ul>
          <p className="field__help">
            Keyboard: Tab to the chart, then use the arrow keys to move between places; Escape hides the
            details.
          </p>
        </figure>

        <h2 className="salary-section-heading">The ranges in a table</h2>
        <SalaryRangeTable
          rows={rows}
          unit={unit}
          caption={`${measured} The chart's figures, by place.`}
          offerLabel={offerColumn}
        />

        {inHand && (
          <>
            <h2 className="salary-section-heading">How the estimate is worked out</h2>
            <TakeHomeWorking
              rows={rows}
              offer={offer}
              pf={pf}
              working={search.working}
              onWorkingChange={(working) => onSearchChange({ ...search, working }, { replace: true })}
            />
          </>
        )}
      </ViewResult>
    </article>
  )
}

/**
 * The offer box. What is typed stays as typed (so "1,25,000" or a typo is not rewritten under the cursor); the
 * address holds the last valid number, replaced rather than pushed. When the address changes from outside — back,
 * forward, a link — the box follows it, unless the box already says that. Values the box itself wrote are
 * remembered, so an address update that arrives after a newer keystroke does not overwrite that keystroke.
 */
function useOfferBox(search: SalarySearch, onSearchChange: SalariesPageProps['onSearchChange']) {
  const textFor = (value: number | undefined, unit: SalaryUnit) =>
    value === undefined ? '' : boxText(value, offerUnit(unit))
  const [box, setBox] = useState<OfferBoxState>(() => ({
    text: textFor(search.offer, search.unit),
    seen: search.offer,
    written: [],
  }))

  if (search.offer !== box.seen) {
    const mine = box.written.indexOf(search.offer)
    setBox(
      mine >= 0
        ? { ...box, seen: search.offer, written: box.written.slice(mine + 1) }
        : {
            text:
              offerIn(box.text, search.unit) === search.offer ? box.text : textFor(search.offer, search.unit),
            seen: search.offer,
            written: [],
          },
    )
  }

  const parsed = readOffer(box.text, search.unit)
  const lastWritten = box.written.length > 0 ? box.written[box.written.length - 1] : box.seen

  function write(text: string, next: SalarySearch, replace: boolean, switched?: OfferBoxState['switched']) {
    const changed = next.offer !== lastWritten
    setBox({ text, seen: box.seen, written: changed ? [...box.written, next.offer] : box.written, switched })
    if (changed || next.unit !== search.unit) onSearchChange(next, { replace })
  }

  return {
    text: box.text,
    parsed,
    change(text: string) {
      write(text, withOffer(search, search.unit, offerIn(text, search.unit)), true)
    },
    /**
     * Switching unit converts a valid offer (15 L a year ⇄ ₹1,25,000 a month) and clears one that is not. The
     * converted text stays even where the new unit cannot use it (under ₹1 L a year in hand): the box says why.
     * Switching back before editing restores the text as it was, so nothing is rounded on the way (a month is
     * whole rupees: 15.554 L is ₹1,29,616.67).
     */
    changeUnit(unit: SalaryUnit) {
      const toMonth = unit === 'month'
      let lakh: number | undefined
      let text = ''
      if (box.switched && box.switched.text === box.text) {
        lakh = box.switched.lakh
        text =
          box.switched.fromMonth === toMonth
            ? box.switched.fromText
            : textFor(convertPay(roundOffer(lakh, 'year'), 'year', offerUnit(unit)), unit)
      } else if (parsed.status === 'valid') {
        lakh = parsed.lakhPerYear
        text = textFor(convertPay(parsed.value, offerUnit(search.unit), offerUnit(unit)), unit)
      }
      const switched =
        lakh === undefined
          ? undefined
          : { lakh, text, fromText: box.text, fromMonth: search.unit === 'month' }
      write(text, withOffer(search, unit, offerIn(text, unit)), false, switched)
    },
  }
}

interface OfferBoxState {
  text: string
  /** The offer in the address when last looked. */
  seen: number | undefined
  /** Offers this box put in the address that the address has not shown yet. */
  written: (number | undefined)[]
  /** The last unit switch: the offer (lakh a year), the text it wrote, and the text it replaced. */
  switched?: { lakh: number; text: string; fromText: string; fromMonth: boolean } | undefined
}

/** The offer a text stands for in a unit, or undefined when it is not one the unit can use. */
function offerIn(text: string, unit: SalaryUnit): number | undefined {
  const reading = readOffer(text, unit)
  return reading.status === 'valid' ? reading.value : undefined
}

function withOffer(search: SalarySearch, unit: SalaryUnit, offer: number | undefined): SalarySearch {
  const { sort, pf, working } = search
  return {
    sort,
    unit,
    pf,
    ...(working === undefined ? {} : { working }),
    ...(offer === undefined ? {} : { offer }),
  }
}
