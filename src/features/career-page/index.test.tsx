import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { pythonDeveloper } from '@/content/careers/python-developer'
import type { Career } from '@/content/schema'
import { CAREER_SECTIONS } from '@/lib/career-sections'
import { en } from '@/messages/en'
import { renderInRouter } from '@/testing/render-in-router'
import { CareerPage } from '.'

// The page holds router links (to the day timeline and the salary chart), so it renders inside a bare router.
const renderPage = (career: Career = pythonDeveloper) => renderInRouter(<CareerPage career={career} />)
const section = (name: string) => screen.getByRole('region', { name })
/** The items of a section's main list (topic tags are lists of their own, nested inside items). */
const itemsOf = (name: string) =>
  within(section(name))
    .getAllByRole('listitem')
    .filter((li) => li.id !== '')

describe('CareerPage', () => {
  // One render, read the way a reader meets the page: top to bottom.
  it('a reader finds every section of the source, in its order, each reading as the source does', async () => {
    await renderPage()

    // Shows the career title and every section in the source page order.
    expect(screen.getByRole('heading', { level: 1, name: 'Python Developer' })).toBeInTheDocument()
    const sectionHeadings = screen
      .getAllByRole('region')
      .map((region) => within(region).getByRole('heading', { level: 2 }).textContent)
    expect(sectionHeadings).toEqual(CAREER_SECTIONS.map((section) => en.career.sections[section.id]))

    // Lists every section in the contents, each link pointing at its section with its item count.
    const contents = screen.getByRole('navigation', { name: 'On this page' })
    const links = within(contents).getAllByRole('link')
    expect(links.map((a) => a.textContent)).toEqual([
      'Overview',
      'A day in the life (11)',
      'Common mistakes (7)',
      'Salary by Indian city (6)',
      'Notable Indians in this career (0)',
      'Communities + forums (7)',
      'What to read / watch / follow (10)',
      'Daily responsibilities (6)',
      'Advantages (5)',
      'Challenges (5)',
      'Education (5)',
    ])
    for (const link of links) {
      const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '')
      expect(target?.tagName, link.textContent ?? '').toBe('SECTION')
    }

    // Shows the overview once.
    expect(screen.getAllByText(/one of the most-listed tech titles on Naukri/)).toHaveLength(1)

    // Shows the day as an ordered list of 11 steps with phase and kind, and no clock times.
    const day = section('A day in the life')
    const list = within(day).getAllByRole('list')[0]
    expect(list?.tagName).toBe('OL')
    const steps = itemsOf('A day in the life')
    expect(steps).toHaveLength(11)
    expect(within(steps[0]!).getByRole('heading', { level: 3 })).toHaveTextContent('Open up and triage pings')
    expect(steps[4]).toHaveTextContent('Midday · Break')
    expect(steps[10]).toHaveTextContent('End of day · Communication')
    expect(day).toHaveTextContent('The source gives no clock times')
    expect(day.textContent).not.toMatch(/\d{1,2}:\d{2}/)

    // Links from the day to the step-by-step timeline.
    expect(
      within(section('A day in the life')).getByRole('link', { name: 'Walk through the day step by step' }),
    ).toHaveAttribute('href', '/careers/python-developer/day')

    // Shows every mistake with why, and says so where the page gives no alternative.
    const mistakes = itemsOf('Common mistakes')
    expect(mistakes).toHaveLength(7)
    const typing = mistakes.find((li) => li.textContent?.includes('Treating typing as optional'))
    expect(typing).toHaveTextContent('The source suggests no alternative for this one.')
    expect(typing).not.toHaveTextContent('Instead:')
    expect(mistakes[0]).toHaveTextContent('Instead: Plan to leave services by year 2-3.')

    // Shows salaries as a table with a caption, row headers and formatted ranges.
    const table = within(section('Salary by Indian city')).getByRole('table', {
      name: /Mid-level total cash compensation per year/,
    })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Bangalore',
      'Hyderabad',
      'Pune',
      'NCR (Gurugram + Noida)',
      'Mumbai',
      'Remote / international',
    ])
    expect(rows[0]).toHaveTextContent('₹12–22 L')
    expect(rows[5]).toHaveTextContent('Remote₹20–45 L')

    // Links from the salary section to the salary chart page.
    expect(
      within(section('Salary by Indian city')).getByRole('link', {
        name: /chart and see where your offer sits/,
      }),
    ).toHaveAttribute('href', '/careers/python-developer/salaries')

    // Says plainly that the source names no notable Indians.
    const notable = section('Notable Indians in this career')
    expect(notable).toHaveTextContent('clarup.com has this section but names no one in it yet')
    expect(within(notable).queryAllByRole('listitem')).toHaveLength(0)

    // Shows communities with their formats, and says when the page names none.
    const communities = itemsOf('Communities + forums')
    expect(communities).toHaveLength(7)
    expect(communities[0]).toHaveTextContent('In-person + Meetup')
    expect(communities[6]).toHaveTextContent('Format not stated by the source')

    // Shows each resource with medium, author and why, marking the India-focused ones.
    const resources = itemsOf('What to read / watch / follow')
    expect(resources).toHaveLength(10)
    expect(
      within(resources[0]!).getByRole('heading', { name: 'Fluent Python (2nd Edition)' }),
    ).toBeInTheDocument()
    expect(resources[0]).toHaveTextContent('Book · by Luciano Ramalho')
    const indiaFocused = resources.filter((li) => li.textContent?.includes('India-focused'))
    expect(indiaFocused.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      'Hitesh Choudhary and Anuj Bhaiya YouTube channels',
      'GeeksforGeeks Python track and InterviewBit Python',
    ])

    // Shows labelled items with their lead phrase in bold, reading as the page does.
    expect(itemsOf('Daily responsibilities')).toHaveLength(6)
    expect(itemsOf('Advantages')).toHaveLength(5)
    expect(itemsOf('Challenges')).toHaveLength(5)
    const education = itemsOf('Education')
    expect(education).toHaveLength(5)
    expect(within(education[4]!).getByText('Bootcamps', { selector: 'strong' })).toBeInTheDocument()
    expect(education[4]).toHaveTextContent(/^Bootcamps: Masai School, Newton School/)

    // Names and links the source.
    expect(screen.getByRole('link', { name: 'clarup.com' })).toHaveAttribute(
      'href',
      'https://clarup.com/careers/python-developer',
    )
  })

  it('lists notable people when a career has them', async () => {
    await renderPage({
      ...pythonDeveloper,
      notableIndians: [{ id: 'someone', name: 'A. Person', description: 'Did a notable thing.' }],
    })
    const notable = section('Notable Indians in this career')
    expect(within(notable).getByRole('heading', { level: 3, name: 'A. Person' })).toBeInTheDocument()
    expect(notable).not.toHaveTextContent('names no one')
  })
})
