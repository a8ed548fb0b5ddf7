// The header search: a WAI-ARIA combobox (editable, list autocomplete) whose popup is a listbox grouped by section.
// "/" or Ctrl/Cmd+K focuses it from anywhere; Enter opens the chosen result (or the best match): a career's page
// (the career, its salaries, its day), or the career page at an item.
// The search code loads on first use, and each query fetches only the index files its words need.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useNavigate, useRouter } from '@tanstack/react-router'
import type { SiteSearchHit, SiteSearchResult, createSiteSearch } from '@/lib/content-search/query-index'
import { itemAnchor } from '@/lib/career-sections'
import { focusTarget } from '@/lib/focus-target'
import { fill, messages } from '@/lib/i18n/runtime'
import { useOnline } from '@/lib/use-online'
import { Marked } from './marked'

type Search = ReturnType<typeof createSiteSearch>
let searchPromise: Promise<Search> | undefined
function loadSearch() {
  searchPromise ??= import('@/lib/content-search/query-index').then((m) => m.createSiteSearch())
  return searchPromise
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
  // -1: nothing chosen with the arrow keys yet, so the best match (the first option) is the one Enter opens.
  const [active, setActive] = useState(-1)
  const [search, setSearch] = useState<Search>()
  const [loadFailed, setLoadFailed] = useState(false)
  const online = useOnline()
  // The latest answer: while the next one loads, it stays on screen.
  const [answer, setAnswer] = useState<SiteSearchResult>()

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
    if (search) return
    loadSearch().then(
      (loaded) => {
        setLoadFailed(false)
        setSearch(() => loaded)
      },
      () => {
        searchPromise = undefined
        setLoadFailed(true)
      },
    )
  }

  const trimmed = query.trim()
  useEffect(() => {
    if (!search || !trimmed) return
    let current = true
    search(trimmed).then(
      (result) => {
        if (!current) return
        setLoadFailed(false)
        setAnswer(result)
      },
      () => current && setLoadFailed(true),
    )
    return () => {
      current = false
    }
  }, [search, trimmed])

  const groups = useMemo(() => (trimmed && answer ? answer.groups : []), [trimmed, answer])
  const hits = useMemo(() => groups.flatMap((g) => g.hits), [groups])
  const expanded = open && trimmed !== ''
  const optionId = (i: number) => `${id}-option-${i}`
  const selected = active >= 0 ? active : 0

  // The option chosen with the arrow keys stays in view, however long the list.
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
  })

  const go = (hit: SiteSearchHit) => {
    setOpen(false)
    setQuery('')
    setActive(-1)
    const params = { careerId: hit.careerId }
    if (hit.section === 'pages') {
      if (hit.id === 'salaries') void navigate({ to: '/careers/$careerId/salaries', params })
      else if (hit.id === 'day') void navigate({ to: '/careers/$careerId/day', params })
      else void navigate({ to: '/careers/$careerId', params })
      return
    }
    const hash = itemAnchor(hit.section, hit.id)
    const { location } = router.state
    // Already at that address (the same result chosen again): there is no navigation, so bring the item back here.
    if (location.pathname === `/careers/${hit.careerId}` && location.hash === hash && focusTarget(hash))
      return
    void navigate({ to: '/careers/$careerId', params, hash })
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
        if (!expanded) break
        event.preventDefault()
        // The option chosen with the arrow keys, else the best match for what was typed (once it is known).
        const hit = hits[active]
        if (hit) go(hit)
        else
          void search?.(trimmed).then((result) => {
            const best = result.groups[0]?.hits[0]
            if (best) go(best)
          })
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

  const t = messages().search
  const status = !expanded
    ? ''
    : loadFailed
      ? online
        ? t.loadFailed
        : t.offline
      : (answer?.status ?? t.loading)

  // Options are numbered across groups, for aria-activedescendant.
  let option = 0
  return (
    <div className="site-search" role="search" aria-label={t.region}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t.label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="site-search__input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t.placeholder}
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
        aria-label={t.results}
        className="site-search__popup"
        hidden={!expanded || hits.length === 0}
      >
        {groups.map((group) => (
          <div key={group.section} role="group" aria-labelledby={`${id}-${group.section}`}>
            <div role="presentation" id={`${id}-${group.section}`} className="site-search__group">
              {group.heading}
              {group.total > group.hits.length &&
                fill(t.groupCount, { shown: group.hits.length, total: group.total })}
            </div>
            {group.hits.map((hit) => {
              const index = option++
              return (
                // Keys are handled by the combobox input (aria-activedescendant), as the APG pattern prescribes.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <div
                  key={`${hit.careerId}/${hit.section}/${hit.id}`}
                  id={optionId(index)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={index === selected}
                  className="site-search__option"
                  // Keep focus in the field while the pointer picks an option.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => go(hit)}
                >
                  <span className="site-search__title" lang="en">
                    <Marked text={hit.title} ranges={hit.marks} />
                  </span>
                  <span className="site-search__career" lang={hit.section === 'pages' ? undefined : 'en'}>
                    {hit.detail}
                  </span>
                </div>
              )
            })}
          </div>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {expanded && hits.length === 0 && <p className="site-search__empty">{status}</p>}
    </div>
  )
}
