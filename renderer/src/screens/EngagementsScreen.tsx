import { useMemo, useState } from 'react'
import { DEFAULT_ENGAGEMENT_QUERY, queryEngagements, type EngagementQuery } from '@shared/registry/engagement-query'
import { SERVICES, type Engagement } from '@shared/schemas/engagement'
import { useEngagements } from '../hooks/use-engagements'
import { hrefFor } from '../hooks/use-hash-route'
import { EngagementFilters } from '../components/EngagementFilters'
import { countryLabel, formatDate } from '../format'
import { useAssessmentSummaries } from '../hooks/use-assessment-summaries'
import { dueStatus, type DueInput, type DueStatus } from '@shared/workflow/due'
import { todayIso } from '../today'
import { useApi } from '../hooks/api-context'
import { assessmentsByEngagement } from '@shared/workflow/by-engagement'
import { saveMessage } from '../components/save-message'
import { StatusLine } from '../components/StatusLine'
import { EngagementStatusTag } from '../components/EngagementStatusTag'
import { Orientation, SampleBanner } from '../components/FirstRun'
import { isSample } from '../sample/sample-engagement'

export function EngagementsScreen(): React.JSX.Element {
  const { state, reload } = useEngagements()
  const [query, setQuery] = useState<EngagementQuery>(DEFAULT_ENGAGEMENT_QUERY)
  // summaries come from the store's index: the register never reads a whole assessment
  const assessments = useAssessmentSummaries()
  const all = useMemo(() => (state.status === 'ready' ? state.engagements : []), [state])
  const due = useMemo(() => {
    const today = todayIso()
    const byEngagement = assessmentsByEngagement(assessments ?? [])
    return new Map(all.map((e) => [e.id, dueStatus(e, byEngagement.get(e.id) ?? [], today)]))
  }, [all, assessments])
  const shown = useMemo(() => queryEngagements(all, query, due), [all, query, due])
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Engagements</h1>
          <p className="lede">Your register of outsourcing (BPO) engagements.</p>
        </div>
        <a className="button primary" href={hrefFor({ name: 'engagement-new' })}>
          New engagement
        </a>
      </div>
      {state.status === 'ready' && all.length === 0 && <Orientation onChanged={reload} />}
      <SampleBanner engagements={all} onChanged={reload} />
      {all.length > 0 && <EngagementFilters query={query} onChange={setQuery} engagements={all} />}
      {state.status === 'loading' && <p role="status">Loading…</p>}
      {state.status === 'error' && <p role="alert">Could not load engagements: {state.error.message}</p>}
      {state.status === 'ready' && (
        <>
          <p className={all.length === 0 ? 'visually-hidden' : 'result-count'} role="status">
            Showing {shown.length} of {all.length} {all.length === 1 ? 'engagement' : 'engagements'}
          </p>
          {shown.length === 0 ? (
            all.length > 0 && <EmptyState hasAny />
          ) : (
            <EngagementTable engagements={shown} due={due} selected={selected} onSelect={setSelected} />
          )}
        </>
      )}
    </>
  )
}

function EmptyState({ hasAny }: { hasAny: boolean }): React.JSX.Element {
  return (
    <div className="empty-state">
      {hasAny ? (
        <p>No engagement matches these filters.</p>
      ) : (
        <>
          <p>No engagements yet.</p>
          <p>Add your first outsourcing engagement to start assessing its co-employment risk.</p>
        </>
      )}
    </div>
  )
}

type TableProps = {
  engagements: Engagement[]
  due: ReadonlyMap<string, DueStatus<DueInput>>
  selected: ReadonlySet<string>
  onSelect: (next: ReadonlySet<string>) => void
}

function EngagementTable({ engagements, due, selected, onSelect }: TableProps): React.JSX.Element {
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(id)
    else next.delete(id)
    onSelect(next)
  }
  const allShownSelected = engagements.length > 0 && engagements.every((e) => selected.has(e.id))
  return (
    <>
      <SelectionBar selected={[...selected].filter((id) => engagements.some((e) => e.id === id))} onClear={() => onSelect(new Set())} />
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Engagements</caption>
          <thead>
            <tr>
              <th scope="col" className="select-col">
                <input
                  type="checkbox"
                  aria-label="Select all shown engagements"
                  checked={allShownSelected}
                  onChange={(ev) => onSelect(ev.target.checked ? new Set([...selected, ...engagements.map((e) => e.id)]) : new Set())}
                />
              </th>
              <th scope="col">Vendor</th>
              <th scope="col">Engagement</th>
              <th scope="col">Services</th>
              <th scope="col">Delivery countries</th>
              <th scope="col" className="num">
                Headcount
              </th>
              <th scope="col">Contract end</th>
              <th scope="col">Owner</th>
              <th scope="col">Next assessment</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {engagements.map((e) => (
              <tr key={e.id}>
                <td className="select-col">
                  <input
                    type="checkbox"
                    aria-label={`Select ${e.vendorName}, ${e.name}`}
                    checked={selected.has(e.id)}
                    onChange={(ev) => toggle(e.id, ev.target.checked)}
                  />
                </td>
                <th scope="row">
                  <a href={hrefFor({ name: 'engagement', id: e.id })}>{e.vendorName}</a>
                  {isSample(e) && <span className="sample-tag">Sample</span>}
                </th>
                <td>{e.name}</td>
                <td>{e.services.map((s) => SERVICES[s]).join(', ')}</td>
                <td>{e.deliveryCountries.map(countryLabel).join(', ')}</td>
                <td className="num">{e.headcount.toLocaleString('en')}</td>
                <td className="date-cell">{formatDate(e.contractEnd)}</td>
                <td>{e.owner || '—'}</td>
                <td className="date-cell">
                  {formatDate(due.get(e.id)?.dueDate)}
                  {due.get(e.id)?.overdue && <span className="overdue-tag">Overdue</span>}
                </td>
                <td>
                  <EngagementStatusTag status={e.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}

/** Exports the chosen engagements as one bundle. */
function SelectionBar({ selected, onClear }: { selected: string[]; onClear: () => void }): React.JSX.Element | null {
  const api = useApi()
  const [message, setMessage] = useState('')
  if (selected.length === 0) return message ? <StatusLine>{message}</StatusLine> : null
  async function exportSelected(): Promise<void> {
    const r = await api.exportBundle({ engagementIds: selected })
    setMessage(saveMessage(r))
    onClear()
  }
  return (
    <div className="selection-bar" role="region" aria-label="Selection">
      <span>{selected.length} selected</span>
      <button type="button" className="button" onClick={() => void exportSelected()}>
        Export selected (bundle)
      </button>
      <button type="button" className="button subtle" onClick={onClear}>
        Clear selection
      </button>
    </div>
  )
}
