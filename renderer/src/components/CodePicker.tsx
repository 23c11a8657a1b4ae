import { useId, useState } from 'react'

type CodePickerProps<C extends string> = {
  id: string
  label: string
  options: readonly C[]
  labelFor: (code: C) => string
  value: readonly C[]
  onChange: (next: C[]) => void
  error?: string | undefined
  hint?: string
}

/**
 * Picks several codes (countries, US states) from a long list: a select plus "Add", and the chosen
 * ones as removable tags. Keyboard and screen-reader friendly without a custom combobox.
 */
export function CodePicker<C extends string>(props: CodePickerProps<C>): React.JSX.Element {
  const { id, label, options, labelFor, value, onChange, error, hint } = props
  const [pending, setPending] = useState<C | ''>('')
  const listId = useId()
  const available = options.filter((o) => !value.includes(o))
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')

  function add(): void {
    if (pending === '') return
    onChange([...value, pending])
    setPending('')
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
        <label className="visually-hidden" htmlFor={id}>
          Add to {label}
        </label>
        <select
          id={id}
          value={pending}
          aria-invalid={Boolean(error)}
          onChange={(e) => setPending(e.target.value as C | '')}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              add()
            }
          }}
        >
          <option value="">Choose…</option>
          {available.map((code) => (
            <option key={code} value={code}>
              {labelFor(code)}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={add} disabled={pending === ''}>
          Add
        </button>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  )
}
