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
import { fill, messages } from '@/lib/i18n/runtime'

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
          label: fill(messages().salaries.working.optionOffer, {
            offer: formatLakhExact(offer),
            place: row.place,
          }),
          gross: offer * RUPEES_PER_LAKH,
          row,
        }))
  const ends = estimated.flatMap((row) => [
    {
      value: `${row.id}:low`,
      label: fill(messages().salaries.working.optionLow, {
        place: row.place,
        amount: formatLakh(row.minLakh),
      }),
      gross: row.minLakh * RUPEES_PER_LAKH,
      row,
    },
    {
      value: `${row.id}:high`,
      label: fill(messages().salaries.working.optionHigh, {
        place: row.place,
        amount: formatLakh(row.maxLakh),
      }),
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
  const t = messages().salaries.working

  return (
    <details className="working" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.show}</summary>
      {!chosen || !result?.ok ? (
        <p>{t.none}</p>
      ) : (
        <>
          <div className="field working__choice">
            <label htmlFor={`${id}-figure`}>{t.workThrough}</label>
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
      <p className="working__note">{fill(t.note, { year: TAX_YEAR })}</p>
    </details>
  )
}

function WorkingTable({ working, label, pf }: { working: TakeHome; label: string; pf: PfConvention }) {
  const { tax } = working
  const band = tax.inReliefBand
    ? reliefBands().find((b) => tax.totalIncome > b.from && tax.totalIncome <= b.to)
    : undefined
  const t = messages().salaries.working
  const rules: Record<string, string> = t.ptRules
  return (
    <>
      <table className="working-table">
        <caption>{fill(t.caption, { label, pf: pfAssumption(working, pf) })}</caption>
        <tbody>
          <Line label={t.gross} amount={formatRupees(working.gross)} />
          <Line
            label={t.standardDeduction}
            source={fill(t.standardDeductionSource, { amount: formatRupees(STANDARD_DEDUCTION) })}
            amount={minus(working.standardDeduction)}
          />
          <Line label={t.taxable} source={t.rounded10} amount={formatRupees(tax.totalIncome)} total />
          {tax.slabs
            .filter((slab) => slab.income > 0)
            .map((slab) => (
              <Line
                key={slab.from}
                label={
                  slab.to === undefined
                    ? fill(t.slabAbove, {
                        from: formatLakh(slab.from / RUPEES_PER_LAKH),
                        rate: percent(slab.rate),
                      })
                    : fill(t.slabRange, {
                        range: formatLakhRange(slab.from / RUPEES_PER_LAKH, slab.to / RUPEES_PER_LAKH),
                        rate: percent(slab.rate),
                      })
                }
                source={t.slabSource}
                amount={formatRupees(Math.round(slab.tax))}
              />
            ))}
          <Line label={t.slabTax} amount={formatRupees(Math.round(tax.slabTax))} total />
          {tax.relief.kind === 'rebate' && (
            <Line
              label={fill(t.rebate, { limit: formatRupees(REBATE_INCOME_LIMIT) })}
              source={t.rebateSource}
              amount={minus(Math.round(tax.relief.amount))}
            />
          )}
          {tax.relief.kind === 'marginal-rebate' && (
            <Line
              label={fill(t.marginal, { limit: formatRupees(REBATE_INCOME_LIMIT) })}
              source={t.s156}
              amount={minus(Math.round(tax.relief.amount))}
            />
          )}
          {tax.relief.kind === 'none' && tax.totalIncome > REBATE_INCOME_LIMIT && (
            <Line
              label={fill(t.noRebate, { limit: formatRupees(REBATE_INCOME_LIMIT) })}
              source={t.s156}
              amount={formatRupees(0)}
            />
          )}
          {tax.surchargeRate > 0 && (
            <Line
              label={
                tax.surchargeRelief > 0
                  ? fill(t.surchargeRelief, {
                      rate: percent(tax.surchargeRate),
                      relief: formatRupees(Math.round(tax.surchargeRelief)),
                    })
                  : fill(t.surcharge, { rate: percent(tax.surchargeRate) })
              }
              source={t.surchargeSource}
              amount={formatRupees(Math.round(tax.surcharge))}
            />
          )}
          <Line
            label={fill(t.cess, { rate: percent(CESS_RATE) })}
            source={t.cessSource}
            amount={formatRupees(Math.round(tax.cess))}
          />
          <Line label={t.incomeTax} source={t.rounded10} amount={minus(tax.total)} total />
          <Line label={pfLabel(working)} source={t.pfSource} amount={minus(working.pf)} />
          <Line
            label={professionalTaxLabel(working)}
            source={fill(t.ptSource, {
              rules: working.professionalTax.map((p) => rules[p.state] ?? p.rule).join(t.ruleSeparator),
            })}
            amount={minus(working.professionalTaxPerYear)}
          />
          <Line label={t.inHandYear} amount={formatRupees(working.inHandYear)} total />
          <Line
            label={t.inHandMonth}
            source={t.inHandMonthSource}
            amount={formatRupees(working.inHandMonth)}
            total
          />
        </tbody>
      </table>
      {band && (
        <p className="working__band">
          {fill(t.band, { from: formatRupees(band.from), to: formatRupees(band.to) })}
        </p>
      )}
    </>
  )
}

/** A month's amount from a year's, said as "about" when the year does not divide evenly. */
function perMonth(yearly: number): string {
  const month = yearly / 12
  const t = messages().salaries.working
  return fill(Number.isInteger(month) ? t.perMonth : t.aboutPerMonth, {
    amount: formatRupees(Math.round(month)),
  })
}

/** The caption's PF assumption, as it applies to this figure: below the wage ceiling, ₹1,800 is not what is taken. */
function pfAssumption(working: TakeHome, pf: PfConvention): string {
  return pf === 'min' && working.pf < PF_MIN_PER_MONTH * 12
    ? messages().salaries.working.pfLow
    : pfConvention(pf)
}

/** "Your PF: ₹1,800 a month", or what is actually taken when that is less. */
function pfLabel(working: TakeHome): string {
  const t = messages().salaries.working
  switch (working.pfConvention) {
    case 'min':
      return working.pf < PF_MIN_PER_MONTH * 12
        ? fill(t.pfUnderCeiling, { amount: perMonth(working.pf) })
        : fill(t.pfMin, { amount: formatRupees(PF_MIN_PER_MONTH) })
    case 'basic40':
    case 'basic50':
      return fill(t.pfBasic, {
        amount: formatRupees(Math.round(working.gross * (working.pfConvention === 'basic40' ? 0.4 : 0.5))),
      })
  }
}

/** "Professional tax: ₹200 a month, ₹300 in February", or "none on ₹8,333 a month" below the state's threshold. */
function professionalTaxLabel(working: TakeHome): string {
  const { perMonth: monthly, february } = working.professionalTaxCharge
  const t = messages().salaries.working
  if (monthly === 0) {
    const levied = working.professionalTax.some((p) => p.slabs.length > 0)
    return levied ? fill(t.ptNoneOn, { amount: formatRupees(working.grossMonth) }) : t.ptNone
  }
  return february === monthly
    ? fill(t.ptMonthly, { amount: formatRupees(monthly) })
    : fill(t.ptFebruary, { amount: formatRupees(monthly), february: formatRupees(february) })
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
