import { useMemo, useState } from 'react'
import { DEFAULT_ENGAGEMENT_QUERY, queryEngagements, type EngagementQuery } from '@shared/registry/engagement-query'
import { SERVICES, type Engagement } from '@shared/schemas/engagement'
import { useEngagements } from '../hooks/use-engagements'
import { hrefFor } from '../hooks/use-hash-route'
import { EngagementFilters } from '../components/EngagementFilters'
import { countryLabel, formatDate } from '../format'

export function EngagementsScreen(): React.JSX.Element {
  const { state } = useEngagements()
  const [query, setQuery] = useState<EngagementQuery>(DEFAULT_ENGAGEMENT_QUERY)
  const all = useMemo(() => (state.status === 'ready' ? state.engagements : []), [state])
  const shown = useMemo(() => queryEngagements(all, query), [all, query])

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
      <EngagementFilters query={query} onChange={setQuery} engagements={all} />
      {state.status === 'loading' && <p role="status">Loading…</p>}
      {state.status === 'error' && <p role="alert">Could not load engagements: {state.error.message}</p>}
      {state.status === 'ready' && (
        <>
          <p className="result-count" role="status">
            Showing {shown.length} of {all.length} {all.length === 1 ? 'engagement' : 'engagements'}
          </p>
          {shown.length === 0 ? (
            <EmptyState hasAny={all.length > 0} />
          ) : (
            <EngagementTable engagements={shown} />
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

function EngagementTable({ engagements }: { engagements: Engagement[] }): React.JSX.Element {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Engagements</caption>
        <thead>
          <tr>
            <th scope="col">Vendor</th>
            <th scope="col">Engagement</th>
            <th scope="col">Services</th>
            <th scope="col">Delivery countries</th>
            <th scope="col" className="num">
              Headcount
            </th>
            <th scope="col">Contract end</th>
            <th scope="col">Owner</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {engagements.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <a href={hrefFor({ name: 'engagement', id: e.id })}>{e.vendorName}</a>
              </th>
              <td>{e.name}</td>
              <td>{e.services.map((s) => SERVICES[s]).join(', ')}</td>
              <td>{e.deliveryCountries.map(countryLabel).join(', ')}</td>
              <td className="num">{e.headcount.toLocaleString('en')}</td>
              <td>{formatDate(e.contractEnd)}</td>
              <td>{e.owner || '—'}</td>
              <td>
                <span className={`status-tag status-${e.status}`}>{e.status === 'active' ? 'Active' : 'Archived'}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
