import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useReadingListStore } from '@/lib/reading-list/store'
import { ReadingListStorageNotice } from './storage-notice'

const status = useReadingListStore.persistence.useStatus

afterEach(() => {
  vi.restoreAllMocks()
})

/** The notice as the app shell places it: inside main, above the page's heading. */
function WithHeading() {
  return (
    <main>
      <ReadingListStorageNotice />
      <h1>A page</h1>
    </main>
  )
}

describe('ReadingListStorageNotice', () => {
  it('says nothing while storage works', () => {
    render(<WithHeading />)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('says saving is off when the browser refuses storage', async () => {
    render(<WithHeading />)
    act(() => status.setState({ saving: 'unavailable' }))
    // The notice's words load when first needed.
    await waitFor(() => expect(screen.getByRole('status')).not.toBeEmptyDOMElement())
    expect(screen.getByRole('status')).toHaveTextContent(/Saving is off.*works until you close this tab/)
  })

  it('says storage is full and that the next change retries', async () => {
    render(<WithHeading />)
    act(() => status.setState({ saving: 'full' }))
    // The notice's words load when first needed.
    await waitFor(() => expect(screen.getByRole('status')).not.toBeEmptyDOMElement())
    expect(screen.getByRole('status')).toHaveTextContent(
      /storage is full.*kept in this tab only.*tries again at your next change/,
    )
  })

  it('after recovering damaged data, offers the original for download', async () => {
    const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:original')
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    render(<WithHeading />)
    act(() =>
      status.setState({
        recovery: {
          raw: '{corrupt',
          reason: 'not-json',
          recovered: 0,
          heldByThisTab: 0,
          cameBack: 0,
          backupKey: 'career-explorer:reading-list:backup',
        },
      }),
    )
    // The notice's words load when first needed.
    await waitFor(() => expect(screen.getByRole('status')).not.toBeEmptyDOMElement())
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your saved reading list could not be read in full: it is not in a form the app can read. A copy of the original data is kept in this browser. Nothing in it could be recovered, so your list starts empty.',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Download the original data' }))
    expect(click).toHaveBeenCalledOnce()
    expect(await createObjectURL.mock.calls[0]![0].text()).toBe('{corrupt')

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'A page' }))
  })

  it('when the list came back from another open tab since, says so instead of "starts empty"', async () => {
    render(<WithHeading />)
    act(() =>
      status.setState({
        recovery: {
          raw: '{',
          reason: 'not-json',
          recovered: 0,
          heldByThisTab: 0,
          cameBack: 2,
          backupKey: 'career-explorer:reading-list:backup',
        },
      }),
    )
    await waitFor(() => expect(screen.getByRole('status')).not.toBeEmptyDOMElement())
    const notice = screen.getByRole('status')
    expect(notice).toHaveTextContent(
      'Nothing in it could be recovered, so your list started empty. Since then, your list came back from another open tab or page, which still had it: 2 items are back.',
    )
    expect(notice).not.toHaveTextContent('starts empty')
  })

  it('when this tab still had the list as the damage was found, says nothing of it is lost', async () => {
    render(<WithHeading />)
    act(() =>
      status.setState({
        recovery: {
          raw: '{',
          reason: 'not-json',
          recovered: 0,
          heldByThisTab: 2,
          cameBack: 0,
          backupKey: 'career-explorer:reading-list:backup',
        },
      }),
    )
    await waitFor(() => expect(screen.getByRole('status')).not.toBeEmptyDOMElement())
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nothing in it could be recovered, but this tab still had your list, so nothing is lost: it keeps its 2 items.',
    )
  })

  it('counts what was read from the damaged data apart from what this tab still had', async () => {
    render(<WithHeading />)
    act(() =>
      status.setState({
        recovery: {
          raw: '{}',
          reason: 'invalid-entries',
          recovered: 1,
          heldByThisTab: 2,
          cameBack: 0,
          backupKey: 'career-explorer:reading-list:backup',
        },
      }),
    )
    await waitFor(() => expect(screen.getByRole('status')).not.toBeEmptyDOMElement())
    expect(screen.getByRole('status')).toHaveTextContent(
      'One item in it could be recovered, and this tab still had 2 more, so nothing is lost: your list keeps all 3.',
    )
  })

  it('when the original could not be backed up, holds saving until the person resumes it', async () => {
    render(<WithHeading />)
    act(() =>
      status.setState({
        saving: 'held',
        recovery: {
          raw: '{',
          reason: 'not-json',
          recovered: 2,
          heldByThisTab: 0,
          cameBack: 0,
          backupKey: null,
        },
      }),
    )
    // The notice's words load when first needed.
    await waitFor(() => expect(screen.getByRole('status')).not.toBeEmptyDOMElement())
    expect(screen.getByRole('status')).toHaveTextContent(
      /left as it was\. Your list starts with the 2 items that could be recovered\..*Saving is paused/,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Resume saving' }))
    expect(status.getState().saving).toBe('on')
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'A page' }))
  })

  it('after a newer version of the app wrote the list, says to reload, with no way to resume', async () => {
    render(<WithHeading />)
    act(() => status.setState({ saving: 'newer' }))
    // The notice's words load when first needed.
    await waitFor(() => expect(screen.getByRole('status')).not.toBeEmptyDOMElement())
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your list was changed by a newer version of the app — reload to go on.',
    )
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })
})
