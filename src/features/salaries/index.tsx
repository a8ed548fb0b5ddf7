import { Link } from '@tanstack/react-router'
import { ViewResult } from '@/components/layout/view-result'
import { SourceCredit } from '@/components/source-credit'
import type { Career } from '@/content/schema'
import { usePrefersReducedMotion } from '@/lib/use-prefers-reduced-motion'
import { SalaryChartFrame } from './components/salary-chart-frame'
import { SalaryControls } from './components/salary-controls'
import { SalaryRangeTable } from './components/salary-range-table'
import { TakeHomeWorking } from './components/take-home-working'
import { useOfferBox, type SearchChange } from './hooks/use-offer-box'
import { salaryRows } from './lib/rows'
import type { SalarySearch } from './lib/search'
import {
  inHandSummary,
  offerLabel as nameOffer,
  offerSummary,
  pfAssumption,
  salarySummary,
} from './lib/summary'
import './salaries.css'
import './in-hand.css'
import { PageHead } from '@/components/layout/page-head'
import { careerPayInWords } from '@/lib/career-pay-words'
import { fill, messages } from '@/lib/i18n/runtime'
import { fillNodes } from '@/lib/i18n/rich'
import { InEnglish, contentLang } from '@/components/in-english'

export interface SalariesPageProps {
  career: Career
  /** The view, from the page address (already validated). */
  search: SalarySearch
  /** Writes the view back to the address; `replace` for typing, so each keystroke is not a history entry. */
  onSearchChange: SearchChange
}

/** `/careers/$careerId/salaries`: the salary ranges by place as a chart and a table, and where an offer sits. */
export function SalariesPage({ career, search, onSearchChange }: SalariesPageProps) {
  const { sort, pf } = search
  const offerBox = useOfferBox(search, onSearchChange)
  // The box's unit: a unit just chosen shows at once, with the offer converted, before the address catches up.
  const { unit } = offerBox
  const offer = offerBox.parsed.status === 'valid' ? offerBox.parsed.value : undefined
  const rows = salaryRows(career.salaries, { sort, unit, offer, pf })
  const inHand = unit === 'inhand'
  // In hand, a place without an estimate drops out of the chart (the table says why) rather than showing a guess.
  const chartRows = inHand ? rows.filter((row) => row.noEstimate === undefined) : rows
  const { cohort, measure } = career.salaries
  const t = messages().salaries
  const offerColumn =
    offer === undefined
      ? undefined
      : inHand
        ? fill(t.offerColumnInHand, { offer: nameOffer(offer, 'year') })
        : nameOffer(offer, unit)
  const measured = fill(t.measured[unit], { cohort, measure, pf: pfAssumption(pf) })

  let offerMessage: string
  if (offerBox.parsed.status === 'invalid') offerMessage = offerBox.parsed.message
  else if (offerBox.parsed.status === 'empty' || offer === undefined)
    offerMessage = inHand ? t.promptInHand : t.prompt
  else offerMessage = `${offerBox.parsed.understood} ${offerSummary(rows, offer, unit)}`

  return (
    <article className="page salaries-page">
      <PageHead
        title={fill(t.pageTitle, { career: career.title })}
        description={fill(t.description, {
          career: career.title,
          region: career.region,
          pay: careerPayInWords(career),
        })}
        path={`/careers/${career.id}/salaries`}
      />
      <p className="back-link">
        {/* exact: the career page is this page's parent, not the page itself (no aria-current) */}
        <Link to="/careers/$careerId" params={{ careerId: career.id }} activeOptions={{ exact: true }}>
          <span aria-hidden="true">← </span>
          <InEnglish>{career.title}</InEnglish>
        </Link>
      </p>
      <header className="career-header">
        <p className="career-header__region" lang={contentLang()}>
          {career.region}
        </p>
        <h1>{fillNodes(t.heading, { career: <InEnglish>{career.title}</InEnglish> })}</h1>
        <p className="lede salary-summary">
          {unit === 'inhand' ? inHandSummary(rows, pf) : salarySummary(career.salaries, unit)}
        </p>
      </header>

      <ViewResult>
        <h2 className="salary-section-heading">{t.controlsHeading}</h2>
        <SalaryControls
          sort={sort}
          unit={unit}
          pf={pf}
          offerText={offerBox.text}
          offer={offerBox.parsed}
          offerMessage={offerMessage}
          onSortChange={(next) => offerBox.push({ sort: next })}
          onUnitChange={offerBox.changeUnit}
          onPfChange={(next) => offerBox.push({ pf: next })}
          onOfferChange={offerBox.setText}
          onOfferClear={offerBox.clear}
        />

        <h2 className="salary-section-heading">{t.chartHeading}</h2>
        <figure className="salary-figure">
          <figcaption>
            {measured} <SourceCredit source={career.source} />
          </figcaption>
          <SalaryChartFrame
            rows={chartRows}
            unit={unit}
            offer={inHand ? undefined : offer}
            title={fill(t.chartTitle, { career: career.title, measured })}
            reducedMotion={usePrefersReducedMotion()}
          />
          <ul className="chart-key">
            <li>
              <span className="chart-key__swatch" aria-hidden="true" /> {t.keyIndia}
            </li>
            {chartRows.some((row) => row.group === 'remote') && (
              <li>
                <span className="chart-key__swatch chart-key__swatch--remote" aria-hidden="true" />{' '}
                {t.keyRemote}
              </li>
            )}
            {offer !== undefined && (
              <li>
                <span
                  className={`chart-key__swatch ${inHand ? 'chart-key__swatch--offer-mark' : 'chart-key__swatch--offer'}`}
                  aria-hidden="true"
                />{' '}
                {inHand ? t.keyOfferInHand : t.keyOffer}
              </li>
            )}
          </ul>
          <p className="field__help">{t.keyboard}</p>
        </figure>

        <h2 className="salary-section-heading">{t.tableHeading}</h2>
        <SalaryRangeTable
          rows={rows}
          unit={unit}
          caption={fill(t.tableCaption, { measured })}
          offerLabel={offerColumn}
        />

        {inHand && (
          <>
            <h2 className="salary-section-heading">{t.workingHeading}</h2>
            <TakeHomeWorking
              rows={rows}
              offer={offer}
              pf={pf}
              working={search.working}
              onWorkingChange={(working) => offerBox.replace({ working })}
            />
          </>
        )}
      </ViewResult>
    </article>
  )
}
