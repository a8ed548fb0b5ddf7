import { useId, useState, type ChangeEvent } from 'react'
import { formatLakh, formatLakhExact, formatLakhRange, formatRupees } from '@/lib/format-inr'
import { RUPEES_PER_LAKH } from '@/lib/pay/units'
import type { SalaryRow } from '../lib/rows'
import { parseWorking, type PfConvention, type WorkingChoice } from '../lib/search'
import { pfAssumption as pfConvention } from '../lib/summary'
import {
  CESS_RATE,
  PF_MIN_PER_MONTH,
  REBATE_INCOME_LIMIT,
  reliefBands,
  STANDARD_DEDUCTION,
  TAX_YEAR,
  takeHome,
  type TakeHome,
} from '../lib/take-home'

export interface TakeHomeWorkingProps {
  /** The in-hand rows; places without an estimate are not offered. */
  rows: readonly SalaryRow[]
  /** The offer, lakh a year, when there is one. */
  offer: number | undefined
  pf: PfConvention
  /** "bangalore:offer", from the page address; unknown or stale values fall back to the page's choice. */
  working: string | undefined
  onWorkingChange: (working: string) => void
}

interface Option {
  value: string
  label: string
  gross: number
  row: SalaryRow
}

function workingOptions(rows: readonly SalaryRow[], offer: number | undefined): Option[] {
  const estimated = rows.filter((row) => row.noEstimate === undefined && row.states)
  const offers =
    offer === undefined
      ? []
      : estimated.map((row) => ({
          value: `${row.id}:offer`,
          label: `Your offer of ${formatLakhExact(offer)} in ${row.place}`,
          gross: offer * RUPEES_PER_LAKH,
          row,
        }))
  const ends = estimated.flatMap((row) => [
    {
      value: `${row.id}:low`,
      label: `${row.place}, low end (${formatLakh(row.minLakh)})`,
      gross: row.minLakh * RUPEES_PER_LAKH,
      row,
    },
    {
      value: `${row.id}:high`,
      label: `${row.place}, high end (${formatLakh(row.maxLakh)})`,
      gross: row.maxLakh * RUPEES_PER_LAKH,
      row,
    },
  ])
  return [...offers, ...ends]
}

const minus = (amount: number) => `−${NBSP}${formatRupees(amount)}`
const NBSP = '\u00a0'
const percent = (rate: number) => `${Math.round(rate * 100)}%`

/**
 * "Show the working": one figure — the offer, or a place's low or high end — taken from gross pay to in hand, line
 * by line, each rule with its source. Open by default: the estimate is only as good as the reader can check.
 */
export function TakeHomeWorking({ rows, offer, pf, working, onWorkingChange }: TakeHomeWorkingProps) {
  const id = useId()
  const [open, setOpen] = useState(true)
  const options = workingOptions(rows, offer)
  const asked: WorkingChoice | undefined = parseWorking(working)
  const chosen =
    options.find((option) => asked && option.value === `${asked.placeId}:${asked.end}`) ?? options[0]
  const result = chosen && chosen.row.states ? takeHome(chosen.gross, pf, chosen.row.states) : undefined

  return (
    <details className="working" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show the working</summary>
      {!chosen || !result?.ok ? (
        <p>No place here has an in-hand estimate to work through.</p>
      ) : (
        <>
          <div className="field working__choice">
            <label htmlFor={`${id}-figure`}>Work through</label>
            <select
              id={`${id}-figure`}
              value={chosen.value}
              onChange={(event: ChangeEvent<HTMLSelectElement>) => onWorkingChange(event.target.value)}
            >
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <WorkingTable working={result.value} label={chosen.label} pf={pf} />
        </>
      )}
      <p className="working__note">
        An estimate for a salaried resident with no other income, tax year {TAX_YEAR}, under the default tax
        regime, not tax or financial advice. The source’s figures are total cash compensation, taken here as
        gross cash pay; your employer’s payroll may count variable pay, PF and the months differently. It is
        all worked out in this browser: nothing about your pay is sent anywhere.
      </p>
    </details>
  )
}

function WorkingTable({ working, label, pf }: { working: TakeHome; label: string; pf: PfConvention }) {
  const { tax } = working
  const band = tax.inReliefBand
    ? reliefBands().find((b) => tax.totalIncome > b.from && tax.totalIncome <= b.to)
    : undefined
  return (
    <>
      <table className="working-table">
        <caption>
          {label}: from gross pay to in hand, {pfAssumption(working, pf)}.
        </caption>
        <tbody>
          <Line label="Gross cash pay a year" amount={formatRupees(working.gross)} />
          <Line
            label="Standard deduction"
            source={`s.19, Income-tax Act, 2025: ${formatRupees(STANDARD_DEDUCTION)} from salary`}
            amount={minus(working.standardDeduction)}
          />
          <Line
            label="Taxable (total) income"
            source="rounded to the nearest ₹10"
            amount={formatRupees(tax.totalIncome)}
            total
          />
          {tax.slabs
            .filter((slab) => slab.income > 0)
            .map((slab) => (
              <Line
                key={slab.from}
                label={`Tax on ${slab.to === undefined ? `income above ${formatLakh(slab.from / RUPEES_PER_LAKH)}` : formatLakhRange(slab.from / RUPEES_PER_LAKH, slab.to / RUPEES_PER_LAKH)} at ${percent(slab.rate)}`}
                source="slabs, s.202"
                amount={formatRupees(Math.round(slab.tax))}
              />
            ))}
          <Line label="Tax by slab" amount={formatRupees(Math.round(tax.slabTax))} total />
          {tax.relief.kind === 'rebate' && (
            <Line
              label={`Rebate: total income is at most ${formatRupees(REBATE_INCOME_LIMIT)}`}
              source="s.156: the whole tax, up to ₹60,000"
              amount={minus(Math.round(tax.relief.amount))}
            />
          )}
          {tax.relief.kind === 'marginal-rebate' && (
            <Line
              label={`Marginal relief: tax cut to the income above ${formatRupees(REBATE_INCOME_LIMIT)}`}
              source="s.156"
              amount={minus(Math.round(tax.relief.amount))}
            />
          )}
          {tax.relief.kind === 'none' && tax.totalIncome > REBATE_INCOME_LIMIT && (
            <Line
              label={`No rebate: total income is above ${formatRupees(REBATE_INCOME_LIMIT)}`}
              source="s.156"
              amount={formatRupees(0)}
            />
          )}
          {tax.surchargeRate > 0 && (
            <Line
              label={`Surcharge at ${percent(tax.surchargeRate)} of the tax${tax.surchargeRelief > 0 ? `, after marginal relief of ${formatRupees(Math.round(tax.surchargeRelief))}` : ''}`}
              source="Finance Act rates for the year: 10% above ₹50 L, 15% above ₹1 crore, 25% above ₹2 crore"
              amount={formatRupees(Math.round(tax.surcharge))}
            />
          )}
          <Line
            label={`Health and Education Cess at ${percent(CESS_RATE)}`}
            source="Finance Act: on the tax and surcharge"
            amount={formatRupees(Math.round(tax.cess))}
          />
          <Line
            label="Income tax for the year"
            source="rounded to the nearest ₹10"
            amount={minus(tax.total)}
            total
          />
          <Line
            label={pfLabel(working)}
            source="EPF scheme: 12% of basic wages, compulsory on wages up to ₹15,000 a month"
            amount={minus(working.pf)}
          />
          <Line
            label={professionalTaxLabel(working)}
            source={`${working.professionalTax.map((p) => p.rule).join('; ')}; at most ₹2,500 a year under Article 276(2) of the Constitution`}
            amount={minus(working.professionalTaxPerYear)}
          />
          <Line label="In hand a year" amount={formatRupees(working.inHandYear)} total />
          <Line
            label="In hand a month"
            source="the year ÷ 12: February’s extra professional tax and uneven monthly tax are averaged"
            amount={formatRupees(working.inHandMonth)}
            total
          />
        </tbody>
      </table>
      {band && (
        <p className="working__band">
          This pay sits in a marginal-relief band (total income {formatRupees(band.from)} to{' '}
          {formatRupees(band.to)}): there, each extra rupee of income is taxed in full plus 4% cess, so a
          raise inside the band leaves slightly less in hand, not more.
        </p>
      )}
    </>
  )
}

/** A month's amount from a year's, said as "about" when the year does not divide evenly. */
function perMonth(yearly: number): string {
  const month = yearly / 12
  return `${Number.isInteger(month) ? '' : 'about '}${formatRupees(Math.round(month))} a month`
}

/** The caption's PF assumption, as it applies to this figure: below the wage ceiling, ₹1,800 is not what is taken. */
function pfAssumption(working: TakeHome, pf: PfConvention): string {
  return pf === 'min' && working.pf < PF_MIN_PER_MONTH * 12
    ? 'PF counted as 12% of pay, which is less than ₹1,800 a month here'
    : pfConvention(pf)
}

/** "Your PF: ₹1,800 a month", or what is actually taken when that is less. */
function pfLabel(working: TakeHome): string {
  switch (working.pfConvention) {
    case 'min':
      return working.pf < PF_MIN_PER_MONTH * 12
        ? `Your PF: ${perMonth(working.pf)}, 12% of pay, as pay is under the ₹15,000 a month wage ceiling`
        : `Your PF: ${formatRupees(PF_MIN_PER_MONTH)} a month`
    case 'basic40':
    case 'basic50':
      return `Your PF: 12% of a basic of ${formatRupees(Math.round(working.gross * (working.pfConvention === 'basic40' ? 0.4 : 0.5)))} a year`
  }
}

/** "Professional tax: ₹200 a month, ₹300 in February", or "none on ₹8,333 a month" below the state's threshold. */
function professionalTaxLabel(working: TakeHome): string {
  const { perMonth: monthly, february } = working.professionalTaxCharge
  if (monthly === 0) {
    const levied = working.professionalTax.some((p) => p.slabs.length > 0)
    return levied
      ? `Professional tax: none on ${formatRupees(working.grossMonth)} a month`
      : 'Professional tax: none'
  }
  return february === monthly
    ? `Professional tax: ${formatRupees(monthly)} a month`
    : `Professional tax: ${formatRupees(monthly)} a month, ${formatRupees(february)} in February`
}

function Line({
  label,
  source,
  amount,
  total = false,
}: {
  label: string
  source?: string
  amount: string
  total?: boolean
}) {
  return (
    <tr className={total ? 'working-table__total' : undefined}>
      <th scope="row">
        {label}
        {source && <span className="working-table__source">{source}</span>}
      </th>
      <td>{amount}</td>
    </tr>
  )
}
