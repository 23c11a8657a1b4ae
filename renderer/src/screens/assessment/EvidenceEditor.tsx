import { useEffect, useId, useRef } from 'react'
import type { Evidence } from '@shared/schemas/assessment'

type Props = { evidence: readonly Evidence[]; onChange: (next: Evidence[]) => void }

/** Evidence references: which document supports the answer, where it is kept, and its date. */
export function EvidenceEditor({ evidence, onChange }: Props): React.JSX.Element {
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
            <input id={`${uid}-${i}-title`} maxLength={200} value={e.title} onChange={(ev) => update(i, { title: ev.target.value })} />
          </div>
          <div className="field grow">
            <label htmlFor={`${uid}-${i}-where`}>Where it is kept</label>
            <input
              id={`${uid}-${i}-where`}
              maxLength={300}
              value={e.location}
              onChange={(ev) => update(i, { location: ev.target.value })}
            />
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
