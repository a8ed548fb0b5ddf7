import { useId } from 'react'

/** A row of on/off chips for one facet of a section, e.g. resources by kind. */
export function FacetChips<T extends string>({
  label,
  options,
  selected,
  onToggle,
}: {
  label: string
  options: readonly { value: T; label: string; count: number }[]
  selected: readonly T[]
  onToggle: (value: T) => void
}) {
  const id = useId()
  return (
    <div role="group" aria-labelledby={id} className="chip-group chip-group--inline" data-needs-js="">
      <span id={id} className="chip-group__label">
        {label}
      </span>
      <ul className="chips">
        {options.map((option) => (
          <li key={option.value}>
            <button
              type="button"
              className="chip"
              aria-pressed={selected.includes(option.value)}
              onClick={() => onToggle(option.value)}
            >
              {option.label} <span className="chip__count">({option.count})</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
