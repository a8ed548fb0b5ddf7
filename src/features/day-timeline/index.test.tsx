// The day timeline through the real route: the URL is the state, so these tests drive it the way a person does and
// read both the page and the router's location.
import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderToString } from 'react-dom/server'
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterContextProvider,
} from '@tanstack/react-router'
import { pythonDeveloper } from '@/content/careers/python-developer'
import { renderInRouter } from '@/testing/render-in-router'
import { renderWithRouter } from '@/testing/render-with-router'
import { DayTimelinePage } from '.'
import { PLAY_INTERVAL_MS } from './hooks/use-auto-advance'

// Each test is one visit: the app mounts once and the reader goes on from there.
const open = async (search = '') => {
  const rendered = renderWithRouter(`/careers/python-developer/day${search}`)
  await screen.findByRole('heading', { level: 1, name: 'Python Developer: a day in the life' })
  return { ...rendered, user: userEvent.setup() }
}
const listbox = () => screen.getByRole('listbox', { name: 'The day, step by step' })
const options = () => within(listbox()).getAllByRole('option')
const option = (n: number) => within(listbox()).getByRole('option', { name: new RegExp(`^Step ${n}\\b`) })
const selected = () => within(listbox()).getByRole('option', { selected: true })
const detail = () => screen.getByRole('region', { name: (_, el) => el.classList.contains('step-detail') })
const status = (text: string | RegExp) => screen.getByText(text, { selector: '[role="status"]' })

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the day timeline', () => {
  it('opens on the first step: every step in order, grouped by phase, the day’s mix, and no clock times', async () => {
    const { router, user } = await open()
    // All 11 steps in order, grouped by phase, each with its kind in words; no clock times.
    expect(options()).toHaveLength(11)
    const groups = within(listbox()).getAllByRole('group')
    expect(
      groups
        .map((g) => g.getAttribute('aria-labelledby'))
        .map((id) => document.getElementById(id!)?.textContent),
    ).toEqual(['Morning', 'Midday', 'Afternoon', 'End of day'])
    expect(groups.map((g) => within(g).getAllByRole('option').length)).toEqual([4, 1, 5, 1])
    expect(options()[0]).toHaveAccessibleName('Step 1, Open up and triage pings, Planning')
    expect(options()[4]).toHaveAccessibleName('Step 5, Lunch away from the laptop, Break')
    expect(screen.getByText(/It gives no clock times, so none are shown/)).toBeInTheDocument()
    expect(screen.getByRole('main').textContent).not.toMatch(/\d{1,2}(:\d{2}|\s?[ap]\.?m\b)/i)

    // With no step in the address, the first is selected and shown; Previous is unavailable there.
    expect(selected()).toBe(option(1))
    expect(detail()).toHaveTextContent('Step 1 of 11 · Morning')
    expect(screen.getByRole('button', { name: 'Previous step' })).toHaveAttribute('aria-disabled', 'true')

    // The day’s mix: counts of steps per kind, adding up to the day.
    const mix = screen.getByRole('region', { name: 'The day’s mix' })
    const rows = within(mix).getAllByRole('listitem')
    expect(rows.map((row) => row.textContent)).toEqual([
      'Meeting2 steps',
      'Deep work2 steps',
      'Communication2 steps',
      'Planning1 step',
      'Break1 step',
      'Review1 step',
      'Incident1 step',
      'Mentoring1 step',
    ])
    expect(mix).toHaveTextContent('counts of steps, not hours')

    // Once the app runs, the page holds the timeline only (the no-JavaScript list of every step is gone).
    expect(screen.queryByText(/need JavaScript/)).not.toBeInTheDocument()
    expect(screen.getAllByRole('heading', { name: 'The day, step by step' })).toHaveLength(1)

    // A click or tap selects a step.
    await user.click(option(7))
    expect(selected()).toBe(option(7))
    expect(router.state.location.search).toEqual({ step: 7 })

    // Playing shows an animated countdown to the next step.
    await user.click(screen.getByRole('button', { name: 'Play the day' }))
    expect(document.querySelector('.player__countdown')).not.toBeNull()
  })

  it('a deep link restores the step and the highlights; the selected step is the list’s one tab stop', async () => {
    const { user } = await open('?step=6&kind=meeting,review')
    expect(selected()).toBe(option(6))
    expect(screen.getByRole('button', { name: 'Meeting', pressed: true })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Review', pressed: true })).toBeInTheDocument()
    expect(status('3 of 11 steps highlighted: Meeting, Review.')).toBeInTheDocument()
    expect(options().map((o) => o.tabIndex)).toEqual([-1, -1, -1, -1, -1, 0, -1, -1, -1, -1, -1])

    // A selected step shows its full text, kind, topics, position and previous / next.
    await user.click(option(4))
    expect(selected()).toBe(option(4))
    const panel = detail()
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Integration tests and draft PR',
    )
    expect(panel).toHaveTextContent('Step 4 of 11 · Morning')
    expect(panel).toHaveTextContent(pythonDeveloper.day[3]!.text)
    expect(panel).toHaveTextContent('Kind: Deep work')
    const topics = within(panel).getByRole('list', { name: 'Topics' })
    expect(
      within(topics)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Testing', 'Databases', 'Code review'])
    expect(within(panel).getByRole('button', { name: 'Previous step' })).toBeInTheDocument()
    expect(within(panel).getByRole('button', { name: 'Next step' })).toBeInTheDocument()
  })

  it.each([
    ['?step=99', {}],
    ['?step=abc', {}],
    ['?step=0&kind=meeting', { kind: 'meeting' }],
    ['?kind=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', {}],
    ['?step=3&kind=review,nonsense,review', { step: 3, kind: 'review' }],
  ])(
    'a link with %s falls back quietly and the address is tidied to what is shown',
    async (search, expected) => {
      const { router } = await open(search)
      expect(options()).toHaveLength(11)
      expect(selected()).toBe(option('step' in expected ? (expected.step as number) : 1))
      await vi.waitFor(() => expect(router.state.location.search).toEqual(expected))
      expect(document.querySelector('main img')).toBeNull()
      expect(screen.queryByRole('alert')).toBeNull()
    },
  )

  it('an unknown career shows the career not-found page', async () => {
    renderWithRouter('/careers/astronaut/day?step=2')
    expect(await screen.findByRole('heading', { level: 1, name: 'Career not found' })).toBeInTheDocument()
  })
})

describe('keyboard (listbox: arrows, Home, End; selection follows focus; no wrapping)', () => {
  it('a keyboard user walks the list, and the address follows', async () => {
    const { router, user } = await open('?step=3')
    // ArrowDown / ArrowUp move the selection and the focus, and the URL follows.
    await user.click(option(3))
    await user.keyboard('{ArrowDown}')
    expect(option(4)).toHaveFocus()
    expect(option(4)).toHaveAttribute('aria-selected', 'true')
    expect(router.state.location.search).toEqual({ step: 4 })
    expect(detail()).toHaveTextContent('Step 4 of 11')
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(option(2)).toHaveFocus()
    expect(selected()).toBe(option(2))
    expect(router.state.location.search).toEqual({ step: 2 })

    // Home and End jump to the ends, and the ends do not wrap.
    await user.click(option(5))
    await user.keyboard('{End}')
    expect(option(11)).toHaveFocus()
    expect(selected()).toBe(option(11))
    await user.keyboard('{ArrowDown}')
    expect(option(11)).toHaveFocus()
    expect(selected()).toBe(option(11))
    await user.keyboard('{Home}')
    expect(option(1)).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(selected()).toBe(option(1))

    // Keys pressed faster than the URL updates still move one step each.
    option(1).focus()
    for (let i = 0; i < 4; i++) fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' })
    expect(option(5)).toHaveFocus()
    expect(await screen.findByRole('option', { name: /^Step 5\b/, selected: true })).toBe(option(5))
    expect(router.state.location.search).toEqual({ step: 5 })

    // Typing a letter jumps to the next step whose title starts with it.
    await user.click(option(1))
    await user.keyboard('d')
    expect(selected()).toBe(option(2))
    await user.keyboard('d')
    expect(option(3)).toHaveFocus()
    expect(selected()).toBe(option(3))
    await user.keyboard('z')
    expect(selected()).toBe(option(3))

    // Tab leaves the list instead of walking through all its steps.
    await user.click(option(2))
    await user.tab()
    expect(listbox()).not.toContainElement(document.activeElement as HTMLElement)
    await user.tab({ shift: true })
    expect(option(2)).toHaveFocus()
  })
})

describe('previous / next', () => {
  it('walk the day one step at a time, keep focus on the button, and stop at the ends', async () => {
    const { user } = await open('?step=10')
    const next = screen.getByRole('button', { name: 'Next step' })
    await user.click(next)
    expect(selected()).toBe(option(11))
    expect(next).toHaveFocus()
    expect(next).toHaveAttribute('aria-disabled', 'true')
    await user.click(next)
    expect(selected()).toBe(option(11))
    const previous = screen.getByRole('button', { name: 'Previous step' })
    await user.click(previous)
    expect(selected()).toBe(option(10))
    await user.keyboard('{Home}') // focus is on the button: Home does nothing there
    expect(selected()).toBe(option(10))
  })
})

describe('history', () => {
  it('choosing steps replaces the entry; toggling a kind pushes one, so Back undoes it', async () => {
    const { router, user } = await open('?step=2')
    const start = router.history.length
    await user.click(option(2))
    await user.keyboard('{ArrowDown}{ArrowDown}')
    await user.click(screen.getByRole('button', { name: 'Next step' }))
    expect(router.state.location.search).toEqual({ step: 5 })
    expect(router.history.length).toBe(start)

    await user.click(screen.getByRole('button', { name: 'Meeting' }))
    expect(router.state.location.search).toEqual({ step: 5, kind: 'meeting' })
    expect(router.history.length).toBe(start + 1)
    act(() => router.history.back())
    expect(await screen.findByRole('button', { name: 'Meeting', pressed: false })).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ step: 5 })
  })
})

describe('highlight by kind', () => {
  it('highlights matching steps, keeps the rest in place, and says how many in a live status', async () => {
    const { router, user } = await open()
    expect(status(/No kind chosen/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Meeting' }))
    await user.click(screen.getByRole('button', { name: 'Review' }))
    expect(screen.getByRole('button', { name: 'Meeting' })).toHaveAttribute('aria-pressed', 'true')
    expect(router.state.location.search).toEqual({ kind: 'meeting,review' })
    expect(status('3 of 11 steps highlighted: Meeting, Review.')).toBeInTheDocument()
    expect(options()).toHaveLength(11)
    const highlighted = options().filter((o) => o.textContent?.includes('Highlighted'))
    expect(highlighted.map((o) => o.id)).toEqual(['day-step-2', 'day-step-6', 'day-step-8'])
    expect(option(6)).toHaveAccessibleName(/, Highlighted$/)
    expect(option(1)).toHaveClass('step-option--dimmed')
    // Dimmed steps are still selectable and reachable by keyboard.
    await user.click(option(1))
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(selected()).toBe(option(3))

    // "Change highlights", beside the note above the list, takes the reader to the kinds.
    await user.click(screen.getByRole('button', { name: 'Change highlights' }))
    expect(screen.getByRole('button', { name: 'Meeting' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Clear highlights' }))
    expect(status(/No kind chosen/)).toBeInTheDocument()
    expect(router.state.location.search).toEqual({ step: 3 })
  })
})

describe('cross-links by topic', () => {
  it('a step’s related items link to the career page, and following one opens it at that item', async () => {
    const { router, user } = await open('?step=5')
    // Said so when a step has no topics.
    expect(screen.getByText(/This step has no topics/)).toBeInTheDocument()

    // What shares the step’s topics, each linking to its item on the career page.
    await user.click(option(3))
    const related = screen.getByRole('region', { name: 'Related on the career page' })
    const reading = within(related).getByRole('list', { name: /What to read/ })
    const twoScoops = within(reading).getByRole('link', { name: 'Two Scoops of Django (latest edition)' })
    expect(twoScoops).toHaveAttribute('href', '/careers/python-developer#resources-two-scoops-of-django')
    expect(within(related).getByRole('list', { name: /Daily responsibilities/ })).toBeInTheDocument()
    const mistakes = within(related).getByRole('list', { name: /Common mistakes/ })
    expect(within(mistakes).getByRole('link', { name: /Not running pytest with coverage/ })).toHaveAttribute(
      'href',
      '/careers/python-developer#mistakes-no-coverage-no-integration-tests',
    )
    expect(twoScoops.closest('li')).toHaveTextContent('Shares: Django')

    await user.click(twoScoops)
    expect(await screen.findByRole('heading', { level: 1, name: 'Python Developer' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/careers/python-developer')
    expect(router.state.location.hash).toBe('resources-two-scoops-of-django')
    // Focus lands on the item, so the next Tab continues from there.
    expect(document.getElementById('resources-two-scoops-of-django')).toHaveFocus()
  })

  it('leaves a place for an action beside each reading item (the reading list’s save toggle)', async () => {
    await renderInRouter(
      <DayTimelinePage
        career={pythonDeveloper}
        search={{ step: 3 }}
        onSearchChange={() => undefined}
        resourceAction={(resource) => (
          <button type="button" aria-pressed={false}>
            Save {resource.title}
          </button>
        )}
      />,
    )
    const reading = screen.getByRole('list', { name: /What to read/ })
    expect(
      within(reading)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(
      within(reading)
        .getAllByRole('link')
        .map((a) => `Save ${a.textContent}`),
    )
  })
})

describe('Play / Pause', () => {
  const startFakeTime = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))

  it('plays a step every few seconds, pauses, plays on from a step chosen by hand, and stops at the end', async () => {
    await open()
    startFakeTime()
    // Advances a step every few seconds and pauses at any time.
    fireEvent.click(screen.getByRole('button', { name: 'Play the day' }))
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument()
    await wait(PLAY_INTERVAL_MS - 10)
    expect(selected()).toBe(option(1))
    await wait(10)
    expect(selected()).toBe(option(2))
    expect(status('Step 2 of 11: Daily standup over Zoom.')).toBeInTheDocument()
    await wait(PLAY_INTERVAL_MS)
    expect(selected()).toBe(option(3))

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }))
    expect(status('Paused at step 3 of 11.')).toBeInTheDocument()
    await wait(PLAY_INTERVAL_MS * 5)
    expect(selected()).toBe(option(3))
    expect(screen.getByRole('button', { name: 'Play the day' })).toBeInTheDocument()

    // A step chosen by hand while playing plays on from there.
    fireEvent.click(screen.getByRole('button', { name: 'Play the day' }))
    fireEvent.click(option(7))
    await wait(PLAY_INTERVAL_MS)
    expect(selected()).toBe(option(8))

    // It stops at the end of the day, and Replay starts again from step 1.
    fireEvent.click(option(9))
    await wait(PLAY_INTERVAL_MS)
    expect(selected()).toBe(option(10))
    await wait(PLAY_INTERVAL_MS)
    expect(selected()).toBe(option(11))
    expect(
      status(/Step 11 of 11: End-of-day Slack update\. The end of the day; playing stopped\./),
    ).toBeInTheDocument()
    await wait(PLAY_INTERVAL_MS * 3)
    expect(selected()).toBe(option(11))
    const replay = screen.getByRole('button', { name: 'Replay the day from step 1' })
    fireEvent.click(replay)
    await wait(0)
    expect(selected()).toBe(option(1))
    await wait(PLAY_INTERVAL_MS)
    expect(selected()).toBe(option(2))
  })

  it('under prefers-reduced-motion nothing animates, and stepping and Play still work', async () => {
    vi.stubGlobal(
      'matchMedia',
      vi.fn((query: string) => ({
        matches: query === '(prefers-reduced-motion: reduce)',
        media: query,
        addEventListener: vi.fn(),
        removeEventListener: vi.fn(),
      })),
    )
    await open()
    startFakeTime()
    fireEvent.click(screen.getByRole('button', { name: 'Play the day' }))
    expect(document.querySelector('.player__countdown')).toBeNull()
    expect(screen.getByText(/the next step comes every 5 seconds/)).toBeInTheDocument()
    await wait(PLAY_INTERVAL_MS)
    expect(selected()).toBe(option(2))
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }))
    await wait(0)
    expect(selected()).toBe(option(3))
  })
})

describe('without JavaScript (the prerendered HTML)', () => {
  const prerendered = () => {
    const router = createRouter({ routeTree: createRootRoute(), history: createMemoryHistory() })
    const container = document.createElement('div')
    container.innerHTML = renderToString(
      <RouterContextProvider router={router}>
        <DayTimelinePage career={pythonDeveloper} search={{ step: 4 }} onSearchChange={() => undefined} />
      </RouterContextProvider>,
    )
    return container
  }

  it('says what needs JavaScript and shows every step in full, in order', () => {
    const html = prerendered()
    const plain = [...html.querySelectorAll('[data-no-js]')]
    expect(plain[0]).toHaveTextContent(/Play and highlighting kinds of step need JavaScript/)
    const steps = [...(plain[1]?.querySelectorAll('ol > li') ?? [])]
    expect(steps).toHaveLength(pythonDeveloper.day.length)
    pythonDeveloper.day.forEach((step, index) => {
      expect(steps[index]).toHaveTextContent(`Step ${index + 1} of ${pythonDeveloper.day.length}`)
      expect(steps[index]?.querySelector('h3')).toHaveTextContent(step.title)
      expect(steps[index]).toHaveTextContent(step.text)
    })
    // The timeline itself (one step at a time, Play, highlights) is not shown without JavaScript.
    expect(html.querySelector('[role="listbox"]')?.closest('[data-needs-js]')).not.toBeNull()
    expect(html.querySelector('.player')?.closest('[data-needs-js]')).not.toBeNull()
  })
})
