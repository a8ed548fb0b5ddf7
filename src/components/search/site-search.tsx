// The header search: a WAI-ARIA combobox (editable, list autocomplete) whose popup is a listbox grouped by section.
// "/" or Ctrl/Cmd+K focuses it from anywhere; Enter opens the career page at the chosen item.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useNavigate, useRouter } from '@tanstack/react-router'
import { queryTokens } from '@/lib/content-search/fold'
import type { SiteIndex, SiteSearchGroup, SiteSearchHit, searchSite } from '@/lib/content-search/site-index'
import { itemAnchor } from '@/lib/career-sections'
import { focusTarget } from '@/lib/focus-target'
import { Highlight } from './highlight'

let indexPromise: Promise<{ index: SiteIndex; search: typeof searchSite }> | undefined
function loadIndex() {
  indexPromise ??= import('@/lib/content-search/site-index').then((m) => ({
    index: m.buildSiteIndex(),
    search: m.searchSite,
  }))
  return indexPromise
}

const isTypingTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

export function SiteSearch() {
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const navigate = useNavigate()
  const router = useRouter()
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [engine, setEngine] = useState<Awaited<ReturnType<typeof loadIndex>>>()
  const [loadFailed, setLoadFailed] = useState(false)

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey
      if (shortcut || (slash && !isTypingTarget(event.target))) {
        event.preventDefault()
        inputRef.current?.focus()
        inputRef.current?.select()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  const prepare = () => {
    if (engine) return
    loadIndex().then(
      (loaded) => {
        setLoadFailed(false)
        setEngine(loaded)
      },
      () => {
        indexPromise = undefined
        setLoadFailed(true)
      },
    )
  }

  const groups: SiteSearchGroup[] = useMemo(
    () => (engine && query.trim() ? engine.search(engine.index, query) : []),
    [engine, query],
  )
  const hits = useMemo(() => groups.flatMap((g) => g.hits), [groups])
  // The first option index of each group: options are numbered across groups for aria-activedescendant.
  const groupStarts = useMemo(
    () => groups.map((_, g) => groups.slice(0, g).reduce((n, prev) => n + prev.hits.length, 0)),
    [groups],
  )
  const tokens = useMemo(() => queryTokens(query), [query])
  const expanded = open && query.trim() !== ''
  const optionId = (i: number) => `${id}-option-${i}`

  const go = (hit: SiteSearchHit) => {
    setOpen(false)
    setQuery('')
    setActive(-1)
    const hash = itemAnchor(hit.section, hit.id)
    const { location } = router.state
    // Already at that address (the same result chosen again): there is no navigation, so bring the item back here.
    if (location.pathname === `/careers/${hit.careerId}` && location.hash === hash && focusTarget(hash))
      return
    void navigate({ to: '/careers/$careerId', params: { careerId: hit.careerId }, hash })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        setOpen(true)
        if (hits.length) setActive((a) => (a + 1) % hits.length)
        break
      case 'ArrowUp':
        event.preventDefault()
        setOpen(true)
        if (hits.length) setActive((a) => (a <= 0 ? hits.length - 1 : a - 1))
        break
      case 'Enter': {
        // With nothing chosen yet, Enter opens the best match.
        const hit = hits[active] ?? hits[0]
        if (expanded && hit) {
          event.preventDefault()
          go(hit)
        }
        break
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault()
          setOpen(false)
          setActive(-1)
        } else if (query) {
          event.preventDefault()
          setQuery('')
        }
        break
    }
  }

  const status = !expanded
    ? ''
    : loadFailed
      ? 'Search could not load. Check your connection and try again.'
      : !engine
        ? 'Loading search…'
        : hits.length === 0
          ? `No results for “${query.trim()}”.`
          : `${groups.reduce((n, g) => n + g.total, 0)} results. Use the arrow keys to choose, Enter to open.`

  return (
    <div className="site-search" role="search" aria-label="Site">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search all careers
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="site-search__input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search careers  ( / )"
        aria-expanded={expanded && hits.length > 0}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        value={query}
        onFocus={prepare}
        onChange={(event) => {
          prepare()
          setQuery(event.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label="Search results"
        className="site-search__popup"
        hidden={!expanded || hits.length === 0}
      >
        {groups.map((group, g) => (
          <div key={group.section} role="group" aria-labelledby={`${id}-${group.section}`}>
            <div role="presentation" id={`${id}-${group.section}`} className="site-search__group">
              {group.heading}
              {group.total > group.hits.length && ` (${group.hits.length} of ${group.total})`}
            </div>
            {group.hits.map((hit, h) => {
              const index = (groupStarts[g] ?? 0) + h
              return (
                // Keys are handled by the combobox input (aria-activedescendant), as the APG pattern prescribes.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <div
                  key={`${hit.careerId}/${hit.section}/${hit.id}`}
                  id={optionId(index)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={index === active}
                  className="site-search__option"
                  // Keep focus in the field while the pointer picks an option.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => go(hit)}
                >
                  <span className="site-search__title">
                    <Highlight text={hit.title} tokens={tokens} />
                  </span>
                  <span className="site-search__career">{hit.careerTitle}</span>
                </div>
              )
            })}
          </div>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {expanded && (hits.length === 0 || !engine) && <p className="site-search__empty">{status}</p>}
    </div>
  )
}
