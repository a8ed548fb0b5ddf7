import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderWithRouter } from '@/testing/render-with-router'
import type { SalaryChartProps } from './components/salary-chart'

// jsdom cannot lay out recharts; the chart itself is tested in the browser (tests/e2e/salaries.spec.ts). Here a
// stand-in shows what the page hands the chart.
vi.mock('./components/salary-chart', () => ({
  default: ({ rows, offer, unit }: SalaryChartProps) => (
    <>
      <p data-testid="chart">
        {rows.map((row) => row.place).join(' | ')} / unit {unit} / offer {String(offer)}
      </p>
      <p data-testid="chart-labels">
        {rows
          .map((row) => `${row.place} ${row.label}${row.offerInHand ? ` offer ${row.offerInHand}` : ''}`)
          .join(' | ')}
      </p>
    </>
  ),
}))

const PATH = '/careers/python-developer/salaries'

// Each test is one visit: the app mounts once and the reader goes on from there. A view that a shared link or
// Back would bring is reached the same way, by changing the address.
async function renderPage(search = '') {
  const rendered = renderWithRouter(`${PATH}${search}`)
  await screen.findByRole('heading', { level: 1, name: 'Python Developer salaries by city' })
  const goTo = async (next: string) => {
    await act(async () => {
      rendered.router.history.push(`${PATH}${next}`)
      await rendered.router.load()
    })
  }
  return { ...rendered, user: userEvent.setup(), goTo }
}

const table = () => screen.getByRole('table', { name: /Mid-level total cash compensation/ })
const rowHeaders = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)
const rowOf = (place: string) => within(table()).getByRole('row', { name: new RegExp(`^${place}`) })
const offerBox = () => screen.getByRole('textbox', { name: /Your offer/ })
const plain = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ')
const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ')

describe('SalariesPage', () => {
  it('a first visit: the default view, the way back, sorting, and per month', async () => {
    const { user, router } = await renderPage()
    // The heading, a summary from the data, the controls, the chart and the table.
    expect(document.title).toBe('Python Developer salaries by city · Career Explorer')
    expect(plain(screen.getByText(/^Across 5 places in India/).textContent)).toBe(
      'Across 5 places in India, mid-level total cash compensation spans ₹10 L to ₹22 L a year; the highest range is in Bangalore (₹12–22 L). ' +
        'Remote / international reaches ₹45 L.',
    )
    expect(screen.getByRole('combobox', { name: 'Sort places' })).toHaveValue('page')
    expect(screen.getByRole('radio', { name: 'Per year (₹ lakh)' })).toBeChecked()
    expect(offerBox()).toHaveValue('')
    expect(screen.getByText('Enter an offer to see where it sits in each range.')).toBeInTheDocument()
    expect(
      screen.getByText(/Mid-level total cash compensation per year, ₹ lakh\. Source:/, {
        selector: 'figcaption',
      }),
    ).toBeInTheDocument()
    expect(await screen.findByTestId('chart')).toHaveTextContent(
      'Bangalore | Hyderabad | Pune | NCR (Gurugram + Noida) | Mumbai | Remote / international / unit year / offer undefined',
    )
    expect(rowHeaders()).toHaveLength(6)
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Place', 'Range per year'])
    expect(plain(rowOf('Bangalore').textContent)).toBe('Bangalore₹12–22 L')

    // It links back to the career page.
    expect(screen.getByRole('link', { name: /Python Developer/ })).toHaveAttribute(
      'href',
      '/careers/python-developer',
    )

    // Sorting changes the order of the table and the chart, and is kept in the address.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort places' }), 'Midpoint, highest first')
    expect(rowHeaders()).toEqual([
      'Bangalore',
      'Hyderabad',
      'NCR (Gurugram + Noida)',
      'Mumbai',
      'Pune',
      'Remote / international',
    ])
    expect(screen.getByTestId('chart')).toHaveTextContent(/^Bangalore \| Hyderabad \| NCR/)
    expect(router.state.location.search).toEqual({ sort: 'mid' })
    expect(router.state.location.href).toBe(`${PATH}?sort=mid`)

    // Back to the default order, then per month: gross rupees a month, said to be the yearly figure ÷ 12.
    await act(async () => router.history.back())
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Sort places' })).toHaveValue('page'))
    await user.click(screen.getByRole('radio', { name: 'Per month (₹, yearly ÷ 12)' }))
    expect(within(table()).getByRole('columnheader', { name: 'Range per month' })).toBeInTheDocument()
    expect(rowOf('Bangalore')).toHaveTextContent('₹1,00,000–₹1,83,333')
    expect(table()).toHaveAccessibleName(/per month, ₹: the source's yearly figure divided by 12/)
    expect(screen.getByText(/^Across 5 places/)).toHaveTextContent('spans ₹83,333 to ₹1,83,333 a month')
    expect(screen.getByRole('textbox', { name: 'Your offer, in ₹ a month' })).toBeInTheDocument()
    expect(router.state.location.href).toBe(`${PATH}?unit=month`)
  })

  it('typing an offer: verdicts at once, the address once typing pauses (one entry), invalid offers explained, Clear', async () => {
    const { user, router } = await renderPage()
    const entries = router.history.length
    await user.type(offerBox(), '15')
    expect(
      within(table()).getByRole('columnheader', { name: /^Your offer of ₹15.L a year$/ }),
    ).toBeInTheDocument()
    expect(rowOf('Bangalore')).toHaveTextContent('Within, 30% of the way up')
    expect(rowOf('Pune')).toHaveTextContent('Within, 71% of the way up')
    expect(plain(rowOf('Remote / international').textContent)).toContain('Below, by ₹5 L')
    expect(plain((await screen.findByText(/is within the range/)).textContent)).toBe(
      'Read as ₹15 L a year. ₹15 L a year is within the range in 5 places and below it in 1.',
    )
    expect(screen.getByTestId('chart')).toHaveTextContent('offer 15')
    // The address follows once typing pauses, replacing the history entry rather than adding one per key.
    await waitFor(() => expect(router.state.location.search).toMatchObject({ offer: 15 }))
    expect(router.history.length).toBe(entries)

    // An invalid offer is explained inline and draws nothing; the address drops the offer.
    for (const [typed, message] of [
      ['abc', 'Enter lakh a year, like 15, 15 L or ₹15,00,000.'],
      ['-1', 'Pay cannot be negative. Enter the amount without a minus sign.'],
      ['0', 'Enter an amount above zero.'],
      ['10,000', '₹100 crore a year is more than ₹5 crore a year, beyond what this box takes.'],
      ['15,5', 'Did you mean ₹15.5 L?'],
    ] as const) {
      await user.clear(offerBox())
      await user.type(offerBox(), typed)
      expect(offerBox()).toHaveAttribute('aria-invalid', 'true')
      // The message is said once typing pauses.
      await waitFor(() => expect(plain(describedBy(offerBox()))).toContain(message))
      expect(within(table()).queryByRole('columnheader', { name: /Your offer/ })).not.toBeInTheDocument()
      expect(screen.getByTestId('chart')).toHaveTextContent('offer undefined')
      await waitFor(() => expect(router.state.location.href).toBe(PATH))
    }

    // The clear button empties the box, removes the verdicts and returns focus to the box.
    await user.clear(offerBox())
    await user.type(offerBox(), '15')
    await waitFor(() => expect(router.state.location.href).toBe(`${PATH}?offer=15`))
    expect(offerBox()).toHaveValue('15')
    await user.click(screen.getByRole('button', { name: 'Clear offer' }))
    expect(offerBox()).toHaveValue('')
    expect(offerBox()).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Clear offer' })).toBeDisabled()
    expect(within(table()).queryByRole('columnheader', { name: /Your offer/ })).not.toBeInTheDocument()
    expect(router.state.location.href).toBe(PATH)
  })

  it('switching unit converts the offer, clears one that is not valid, and keeps one as typed when switched back', async () => {
    const { user, router, goTo } = await renderPage('?offer=15')
    // ₹15 L a year is ₹1,25,000 a month.
    await user.click(screen.getByRole('radio', { name: 'Per month (₹, yearly ÷ 12)' }))
    expect(offerBox()).toHaveValue('125000')
    expect(
      within(table()).getByRole('columnheader', { name: 'Your offer of ₹1,25,000 a month' }),
    ).toBeInTheDocument()
    expect(router.state.location.href).toBe(`${PATH}?unit=month&offer=125000`)
    await user.click(screen.getByRole('radio', { name: 'Per year (₹ lakh)' }))
    expect(offerBox()).toHaveValue('15')

    // An offer that is not valid is cleared rather than read in the new unit.
    await user.clear(offerBox())
    await user.type(offerBox(), '10000')
    await user.click(screen.getByRole('radio', { name: 'Per month (₹, yearly ÷ 12)' }))
    expect(offerBox()).toHaveValue('')
    await user.click(screen.getByRole('radio', { name: 'Per year (₹ lakh)' }))

    // Switching unit and back keeps the offer as typed: 15.555 and 15.554 are not rounded.
    await user.type(offerBox(), '15.554')
    await user.click(screen.getByRole('radio', { name: 'Per month (₹, yearly ÷ 12)' }))
    // ₹15,55,400 ÷ 12 = ₹1,29,616.67: a month is shown to the rupee.
    expect(offerBox()).toHaveValue('129617')
    await user.click(screen.getByRole('radio', { name: 'Per year (₹ lakh)' }))
    expect(offerBox()).toHaveValue('15.554')
    expect(router.state.location.search).toMatchObject({ offer: 15.554 })

    await user.clear(offerBox())
    await user.type(offerBox(), '15.555')
    await user.click(screen.getByRole('radio', { name: 'Per month (₹, yearly ÷ 12)' }))
    expect(offerBox()).toHaveValue('129625')
    await user.click(screen.getByRole('radio', { name: 'In hand per month (estimate)' }))
    expect(offerBox()).toHaveValue('15.555')
    expect(router.state.location.search).toMatchObject({ unit: 'inhand', offer: 15.555 })

    // Switching to in hand keeps an offer below its range in the box and says why it is not used.
    await goTo('?offer=0.5')
    expect(offerBox()).toHaveValue('0.5')
    await user.click(screen.getByRole('radio', { name: 'In hand per month (estimate)' }))
    expect(offerBox()).toHaveValue('0.5')
    expect(offerBox()).toHaveAttribute('aria-invalid', 'true')
    await waitFor(() =>
      expect(plain(describedBy(offerBox()))).toMatch(
        /₹50,000 a year is less than ₹1 L a year\. The in-hand estimate starts at ₹1 L a year/,
      ),
    )
    expect(router.state.location.search).toEqual({ unit: 'inhand' })
    // Back per year, the same text is a valid offer again.
    await user.click(screen.getByRole('radio', { name: 'Per year (₹ lakh)' }))
    expect(offerBox()).toHaveValue('0.5')
    expect(router.state.location.search).toEqual({ offer: 0.5 })
  })

  it('an offer typed and the unit switched at once: the address has both, and Back returns to the offer as typed', async () => {
    const { user, router } = await renderPage()
    await user.type(offerBox(), '15')
    await user.click(screen.getByRole('radio', { name: 'Per month (₹, yearly ÷ 12)' }))
    expect(offerBox()).toHaveValue('125000')
    expect(router.state.location.href).toBe(`${PATH}?unit=month&offer=125000`)
    await act(async () => router.history.back())
    await waitFor(() => expect(router.state.location.href).toBe(`${PATH}?offer=15`))
    expect(offerBox()).toHaveValue('15')
    expect(screen.getByRole('radio', { name: 'Per year (₹ lakh)' })).toBeChecked()

    // The same for a sort chosen straight after typing.
    await user.clear(offerBox())
    await user.type(offerBox(), '18')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort places' }), 'top')
    expect(router.state.location.search).toEqual({ sort: 'top', offer: 18 })
    await act(async () => router.history.back())
    await waitFor(() => expect(router.state.location.href).toBe(`${PATH}?offer=18`))
    expect(offerBox()).toHaveValue('18')
  })

  it('the view from the address: one number for the offer, the whole view restored, a hostile address, Back and forward', async () => {
    const { user, router, goTo } = await renderPage('?offer=12.755')
    // One number for the offer: 12.755 from the address stays 12.755 in the box, the words and the table.
    expect(offerBox()).toHaveValue('12.755')
    expect(
      within(table()).getByRole('columnheader', { name: /^Your offer of ₹12.755.L a year$/ }),
    ).toBeInTheDocument()
    expect(plain(describedBy(offerBox()))).toContain('Read as ₹12.755 L a year.')
    expect(await screen.findByTestId('chart')).toHaveTextContent('offer 12.755')

    // At the tax-free edge, 12.75 in hand is named ₹12.75 L everywhere, and pays no tax.
    await goTo('?unit=inhand&offer=12.75')
    expect(
      within(table()).getByRole('columnheader', { name: /^Your offer of ₹12.75.L a year, in hand there$/ }),
    ).toBeInTheDocument()
    const working = screen.getByRole('table', { name: /^Your offer of ₹12.75.L in Bangalore/ })
    expect(within(working).getByRole('row', { name: /^Income tax for the year/ })).toHaveTextContent('₹0')
    expect(plain(document.body.textContent)).not.toContain('₹12.8 L')

    // The whole view is restored from the address.
    await goTo('?sort=top&unit=month&offer=125000')
    expect(screen.getByRole('combobox', { name: 'Sort places' })).toHaveValue('top')
    expect(screen.getByRole('radio', { name: 'Per month (₹, yearly ÷ 12)' })).toBeChecked()
    expect(offerBox()).toHaveValue('125000')
    expect(rowHeaders().slice(0, 3)).toEqual(['Bangalore', 'Hyderabad', 'NCR (Gurugram + Noida)'])
    expect(rowOf('Bangalore')).toHaveTextContent('Within, 30% of the way up')

    // A hostile address falls back quietly.
    await goTo('?offer=-1&sort=%3Cscript%3Ealert(1)%3C%2Fscript%3E&unit=%22lol%22')
    expect(screen.getByRole('combobox', { name: 'Sort places' })).toHaveValue('page')
    expect(screen.getByRole('radio', { name: 'Per year (₹ lakh)' })).toBeChecked()
    expect(offerBox()).toHaveValue('')
    expect(offerBox()).not.toHaveAttribute('aria-invalid')
    expect(document.querySelector('script:not([src])')).toBeNull()

    // The box follows the address when it changes from outside, e.g. back and forward.
    await goTo('')
    await user.type(offerBox(), '15')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort places' }), 'top')
    await user.clear(offerBox())
    await user.type(offerBox(), '20')
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'top', offer: 20 }))
    await act(async () => router.history.back())
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Sort places' })).toHaveValue('page'))
    expect(offerBox()).toHaveValue('15')
    await act(async () => router.history.forward())
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Sort places' })).toHaveValue('top'))
    expect(offerBox()).toHaveValue('20')
  })

  it('in hand: chart labels, table, summary and PF; an offer’s in-hand pay and its working line by line', async () => {
    const { user, router, goTo } = await renderPage()
    // In hand changes the chart labels, the table and the summary, and drops remote work from the chart.
    await user.click(screen.getByRole('radio', { name: 'In hand per month (estimate)' }))
    expect(router.state.location.href).toBe(`${PATH}?unit=inhand`)
    expect(plain((await screen.findByTestId('chart-labels')).textContent)).toMatch(
      /^Bangalore ₹97,992–₹1,61,283 \| Hyderabad /,
    )
    expect(screen.getByTestId('chart')).not.toHaveTextContent('Remote')
    expect(
      within(table()).getByRole('columnheader', { name: 'In hand per month (estimate)' }),
    ).toBeInTheDocument()
    expect(rowOf('Bangalore')).toHaveTextContent('₹97,992–₹1,61,283')
    expect(rowOf('Remote / international')).toHaveTextContent(/No estimate: .*employer’s country/)
    expect(table()).toHaveAccessibleName(/PF counted as ₹1,800 a month/)
    expect(plain(screen.getByText(/^Estimated in hand a month/).textContent)).toBe(
      'Estimated in hand a month, after income tax, PF and professional tax (PF counted as ₹1,800 a month, tax year 2026-27): ' +
        'across 5 places in India, ₹81,325 to ₹1,61,283; the highest range is in Bangalore (₹97,992–₹1,61,283). ' +
        'No estimate for Remote / international: the table says why.',
    )

    // The PF assumption is in the address and changes the figures and the words.
    await user.click(screen.getByRole('radio', { name: '12% of basic, basic 50% of pay' }))
    expect(router.state.location.href).toBe(`${PATH}?unit=inhand&pf=basic50`)
    expect(table()).toHaveAccessibleName(/PF counted as 12% of basic, with basic at 50% of pay/)
    expect(rowOf('Bangalore')).not.toHaveTextContent('₹97,992–₹1,61,283')

    // An offer in hand: its in-hand pay per place, verdicts in hand, and the working line by line.
    await goTo('?unit=inhand&offer=15')
    expect(offerBox()).toHaveValue('15')
    expect(
      screen.getByRole('textbox', { name: 'Your offer, in ₹ lakh a year (before tax)' }),
    ).toBeInTheDocument()
    expect(
      within(table()).getByRole('columnheader', { name: /^Your offer of ₹15.L a year, in hand there$/ }),
    ).toBeInTheDocument()
    expect(rowOf('Bangalore')).toHaveTextContent('₹1,14,867: within, 27% of the way up')
    expect(await screen.findByTestId('chart-labels')).toHaveTextContent(
      'Bangalore ₹97,992–₹1,61,283 offer 114867',
    )
    const working = screen.getByRole('table', {
      name: /^Your offer of ₹15.L in Bangalore: from gross pay to in hand/,
    })
    const line = (name: RegExp) => plain(within(working).getByRole('row', { name }).textContent)
    expect(line(/^Gross cash pay a year/)).toContain('₹15,00,000')
    expect(line(/^Standard deduction/)).toMatch(/s\.19, Income-tax Act, 2025.*− ₹75,000$/)
    expect(line(/^Taxable \(total\) income/)).toContain('₹14,25,000')
    expect(line(/^Tax on ₹12–16.L at 15%/)).toMatch(/s\.202.*₹33,750$/)
    expect(line(/^Tax by slab/)).toContain('₹93,750')
    expect(line(/^No rebate/)).toContain('s.156')
    expect(line(/^Health and Education Cess at 4%/)).toContain('₹3,750')
    expect(line(/^Income tax for the year/)).toContain('− ₹97,500')
    expect(line(/^Your PF: ₹1,800 a month/)).toContain('− ₹21,600')
    expect(line(/^Professional tax/)).toMatch(/Karnataka.*− ₹2,500$/)
    expect(line(/^In hand a year/)).toContain('₹13,78,400')
    expect(line(/^In hand a month/)).toContain('₹1,14,867')
    expect(screen.getByText(/not tax or financial advice/)).toHaveTextContent(
      /salaried resident with no other income, tax year 2026-27/,
    )

    // Below the thresholds, every line of the working names the amount it takes.
    await goTo('?unit=inhand&offer=1.1')
    const workingTable = () => screen.getByRole('table', { name: /from gross pay to in hand/ })
    const lineOf = (name: RegExp) => plain(within(workingTable()).getByRole('row', { name }).textContent)
    // ₹1.1 L a year is ₹9,167 a month: PF is 12% of it, and Karnataka levies nothing below ₹25,000 a month.
    expect(workingTable()).toHaveAccessibleName(/^Your offer of ₹1.1.L in Bangalore/)
    expect(lineOf(/^Your PF/)).toMatch(/^Your PF: ₹1,100 a month, 12% of pay.*− ₹13,200$/)
    expect(lineOf(/^Professional tax/)).toMatch(/^Professional tax: none on ₹9,167 a month.*− ₹0$/)
    expect(plain(workingTable().textContent)).not.toMatch(/Your PF: ₹1,800|counted as ₹1,800/)
    expect(lineOf(/^In hand a year/)).toContain(`₹${(110_000 - 13_200).toLocaleString('en-IN')}`)
    // Pune, the same pay: Maharashtra's ₹175 slab (₹7,501 to ₹10,000 a month).
    await user.selectOptions(screen.getByRole('combobox', { name: 'Work through' }), 'pune:offer')
    expect(lineOf(/^Professional tax/)).toMatch(/^Professional tax: ₹175 a month.*− ₹2,100$/)

    // The working says so when the offer sits in a marginal-relief band.
    await goTo('?unit=inhand&offer=13')
    const relief = screen.getByRole('table', { name: /^Your offer of ₹13.L in Bangalore/ })
    expect(within(relief).getByRole('row', { name: /^Marginal relief/ })).toHaveTextContent('s.156')
    expect(screen.getByText(/sits in a marginal-relief band/)).toHaveTextContent(
      'total income ₹12,00,000 to ₹12,70,588',
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'Work through' }), 'bangalore:high')
    expect(screen.queryByText(/sits in a marginal-relief band/)).not.toBeInTheDocument()
    expect(screen.getByRole('table', { name: /^Bangalore, high end/ })).toBeInTheDocument()
  })

  it('shows not-found for an unknown career', async () => {
    renderWithRouter('/careers/astronaut/salaries')
    expect(await screen.findByRole('heading', { level: 1, name: 'Career not found' })).toBeInTheDocument()
  })
})
