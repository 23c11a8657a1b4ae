import { useId, useRef, useState } from 'react'

type CodePickerProps<C extends string> = {
  id: string
  label: string
  options: readonly C[]
  labelFor: (code: C) => string
  value: readonly C[]
  onChange: (next: C[]) => void
  error?: string | undefined
  hint?: string
  /** Label of a search box that narrows the list by name or code; lists without one show every option. */
  searchLabel?: string
}

const fold = (t: string): string => t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()

/** Whether an option matches the search text: its code exactly, or every word at the start of a word of its name, ignoring accents. */
export function matchesSearch(code: string, name: string, search: string): boolean {
  const wanted = fold(search).trim()
  if (wanted === '') return true
  if (wanted === code.toLowerCase()) return true
  const words = fold(name).split(/[^\p{L}\p{N}]+/u)
  return wanted.split(/\s+/).every((w) => words.some((word) => word.startsWith(w)))
}

/**
 * Picks several codes (countries, US states) from a long list: a select plus "Add", and the chosen
 * ones as removable tags. Keyboard and screen-reader friendly without a custom combobox.
 */
export function CodePicker<C extends string>(props: CodePickerProps<C>): React.JSX.Element {
  const { id, label, options, labelFor, value, onChange, error, hint, searchLabel } = props
  const [pending, setPending] = useState<C | ''>('')
  const [search, setSearch] = useState('')
  // said when Enter finds several matches and none is chosen: silence read as nothing happening (vendor-manager review)
  const [unchosen, setUnchosen] = useState('')
  const listId = useId()
  const searchRef = useRef<HTMLInputElement>(null)
  const selectRef = useRef<HTMLSelectElement>(null)
  const matching = options.filter((o) => !value.includes(o) && matchesSearch(o, labelFor(o), search))
  // why: a code typed in full ("de", "in", "br") also starts other names (Denmark, Indonesia, Brazil's
  // neighbours); the code's own country comes first and is the one chosen, so "DE" then Enter adds Germany
  // and a name typed in full is that one, though it starts others ("India", and British Indian Ocean Territory)
  const exact =
    matching.find((o) => o.toLowerCase() === search.trim().toLowerCase()) ?? matching.find((o) => fold(labelFor(o)) === fold(search).trim())
  const available = exact === undefined ? matching : [exact, ...matching.filter((o) => o !== exact)]
  // one match, or the exact code, is chosen for the user, so "Germany" or "de" then Add is enough
  const choice =
    pending !== '' && available.includes(pending)
      ? pending
      : exact !== undefined
        ? exact
        : available.length === 1 && search.trim() !== ''
          ? (available[0] as C)
          : ''
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')

  function add(): void {
    if (choice === '') {
      setUnchosen(
        available.length === 0
          ? `Nothing matches “${search.trim()}”.`
          : `${available.length} match “${search.trim()}”: choose one in the list, then Add.`
      )
      return
    }
    setUnchosen('')
    onChange([...value, choice])
    setPending('')
    setSearch('')
    // the Add button is disabled once its choice is taken, which would drop keyboard focus to the page:
    // back to where the next code is found
    ;(searchRef.current ?? selectRef.current)?.focus()
  }

  return (
    <fieldset className="field code-picker" aria-describedby={describedBy || undefined}>
      <legend>{label}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {value.length > 0 && (
        <ul className="tag-list" id={listId} aria-label={`Chosen: ${label}`}>
          {value.map((code) => (
            <li key={code} className="tag">
              {labelFor(code)}
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove ${labelFor(code)}`}
                onClick={() => onChange(value.filter((c) => c !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-row">
        {searchLabel && (
          <span className="code-search">
            <label htmlFor={`${id}-search`}>{searchLabel}</label>
            <input
              ref={searchRef}
              id={`${id}-search`}
              type="search"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value)
                setUnchosen('')
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault()
                  add()
                }
              }}
            />
          </span>
        )}
        <label className="visually-hidden" htmlFor={id}>
          Add to {label}
        </label>
        <select
          ref={selectRef}
          id={id}
          value={choice}
          aria-invalid={Boolean(error)}
          onChange={(e) => setPending(e.target.value as C | '')}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              add()
            }
          }}
        >
          <option value="">{available.length === 0 ? 'No match' : 'Choose…'}</option>
          {available.map((code) => (
            <option key={code} value={code}>
              {labelFor(code)}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={add} disabled={choice === ''}>
          Add
        </button>
      </div>
      <p className="hint" role="status">
        {unchosen}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  )
}
