import { useEffect, useId, useRef } from 'react'
import type { Evidence } from '@shared/schemas/assessment'

type Props = {
  evidence: readonly Evidence[]
  onChange: (next: Evidence[]) => void
  /** Why a document's title or place is refused as typed (a direction control: typed-fields.ts), if it is. */
  errorOf?: (index: number, key: 'title' | 'location') => string | undefined
}

/** Evidence references: which document supports the answer, where it is kept, and its date. */
export function EvidenceEditor({ evidence, onChange, errorOf = () => undefined }: Props): React.JSX.Element {
  const uid = useId()
  const update = (i: number, patch: Partial<Evidence>) => onChange(evidence.map((e, j) => (j === i ? { ...e, ...patch } : e)))
  // "Add a document" moves focus into the new row's first field, so the next keystrokes land there
  const focusRow = useRef<number | null>(null)
  useEffect(() => {
    if (focusRow.current === null) return
    document.getElementById(`${uid}-${focusRow.current}-title`)?.focus()
    focusRow.current = null
  }, [evidence.length, uid])
  return (
    <fieldset className="evidence">
      <legend>Evidence</legend>
      {evidence.length === 0 && <p className="hint">No documents referenced yet.</p>}
      {evidence.map((e, i) => (
        <div key={i} className="evidence-row">
          <div className="field grow">
            <label htmlFor={`${uid}-${i}-title`}>Document {i + 1} title</label>
            <input
              id={`${uid}-${i}-title`}
              maxLength={200}
              value={e.title}
              onChange={(ev) => update(i, { title: ev.target.value })}
              {...invalid(`${uid}-${i}-title`, errorOf(i, 'title'))}
            />
            <FieldError id={`${uid}-${i}-title`} message={errorOf(i, 'title')} />
          </div>
          <div className="field grow">
            <label htmlFor={`${uid}-${i}-where`}>Where it is kept</label>
            <input
              id={`${uid}-${i}-where`}
              maxLength={300}
              value={e.location}
              onChange={(ev) => update(i, { location: ev.target.value })}
              {...invalid(`${uid}-${i}-where`, errorOf(i, 'location'))}
            />
            <FieldError id={`${uid}-${i}-where`} message={errorOf(i, 'location')} />
          </div>
          <div className="field">
            <label htmlFor={`${uid}-${i}-date`}>Date</label>
            <input
              id={`${uid}-${i}-date`}
              type="date"
              value={e.date ?? ''}
              onChange={(ev) => update(i, { date: ev.target.value || undefined })}
            />
          </div>
          <button type="button" className="button subtle" onClick={() => onChange(evidence.filter((_, j) => j !== i))}>
            Remove<span className="visually-hidden"> document {i + 1}</span>
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => {
          focusRow.current = evidence.length
          onChange([...evidence, { title: '', location: '' }])
        }}
      >
        Add a document
      </button>
    </fieldset>
  )
}

/** The field's invalid state, described by its error. */
function invalid(id: string, message: string | undefined): { 'aria-invalid': boolean; 'aria-describedby'?: string } {
  return message === undefined ? { 'aria-invalid': false } : { 'aria-invalid': true, 'aria-describedby': `${id}-error` }
}

function FieldError({ id, message }: { id: string; message: string | undefined }): React.JSX.Element | null {
  return message === undefined ? null : (
    <p className="field-error" id={`${id}-error`}>
      {message}
    </p>
  )
}
