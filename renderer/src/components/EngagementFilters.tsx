import { useMemo } from 'react'
import type { EngagementQuery, EngagementSort } from '@shared/registry/engagement-query'
import type { Engagement } from '@shared/schemas/engagement'
import type { CountryCode } from '@shared/schemas/countries'
import { countryLabel } from '../format'

const SORT_LABELS: Record<EngagementSort, string> = {
  vendor: 'Vendor',
  name: 'Engagement name',
  headcount: 'Headcount',
  'contract-end': 'Contract end',
  'next-due': 'Next assessment due',
  updated: 'Last updated'
}

type Props = { query: EngagementQuery; onChange: (next: EngagementQuery) => void; engagements: readonly Engagement[] }

export function EngagementFilters({ query, onChange, engagements }: Props): React.JSX.Element {
  // only countries that occur in the register are worth offering as filters
  const countries = useMemo(() => {
    const set = new Set<CountryCode>()
    for (const e of engagements) for (const c of e.deliveryCountries) set.add(c)
    return [...set].sort((a, b) => countryLabel(a).localeCompare(countryLabel(b), 'en'))
  }, [engagements])

  return (
    <div className="filters" role="search" aria-label="Find engagements">
      <div className="field grow">
        <label htmlFor="filter-text">Search vendor, engagement or service</label>
        <input
          id="filter-text"
          type="search"
          value={query.text}
          onChange={(e) => onChange({ ...query, text: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="filter-country">Delivery country</label>
        <select
          id="filter-country"
          value={query.country}
          onChange={(e) => onChange({ ...query, country: e.target.value as CountryCode | 'any' })}
        >
          <option value="any">All countries</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {countryLabel(c)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select
          id="filter-status"
          value={query.status}
          onChange={(e) => onChange({ ...query, status: e.target.value as EngagementQuery['status'] })}
        >
          <option value="active">Active</option>
          <option value="archived">Archived</option>
          <option value="any">All</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-due">Assessment due</label>
        <select id="filter-due" value={query.due} onChange={(e) => onChange({ ...query, due: e.target.value as EngagementQuery['due'] })}>
          <option value="any">Any time</option>
          <option value="overdue">Overdue</option>
          <option value="due-soon">Due within 60 days</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-sort">Sort by</label>
        <select
          id="filter-sort"
          value={query.sort}
          onChange={(e) => onChange({ ...query, sort: e.target.value as EngagementSort })}
        >
          {(Object.keys(SORT_LABELS) as EngagementSort[]).map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-direction">Order</label>
        <select
          id="filter-direction"
          value={query.direction}
          onChange={(e) => onChange({ ...query, direction: e.target.value as EngagementQuery['direction'] })}
        >
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </select>
      </div>
    </div>
  )
}
