import { useMemo } from 'react'
import type { EngagementQuery, EngagementSort } from '@shared/registry/engagement-query'
import type { Engagement } from '@shared/schemas/engagement'
import type { CountryCode } from '@shared/schemas/countries'
import { countryLabel } from '../format'
import { SelectField, optionsOf } from './SelectField'

const SORT_LABELS: Record<EngagementSort, string> = {
  vendor: 'Vendor',
  name: 'Engagement name',
  headcount: 'Headcount',
  'contract-end': 'Contract end',
  'next-due': 'Next assessment due',
  updated: 'Last updated'
}
const STATUS_LABELS: Record<EngagementQuery['status'], string> = { active: 'Active', archived: 'Archived', any: 'All' }
const DUE_LABELS: Record<EngagementQuery['due'], string> = { any: 'Any time', overdue: 'Overdue', 'due-soon': 'Due within 60 days' }
const DIRECTION_LABELS: Record<EngagementQuery['direction'], string> = { asc: 'Ascending', desc: 'Descending' }

type Props = { query: EngagementQuery; onChange: (next: EngagementQuery) => void; engagements: readonly Engagement[] }

export function EngagementFilters({ query, onChange, engagements }: Props): React.JSX.Element {
  // only countries that occur in the register are worth offering as filters
  const countries = useMemo(() => {
    const set = new Set<CountryCode>()
    for (const e of engagements) for (const c of e.deliveryCountries) set.add(c)
    return [...set].sort((a, b) => countryLabel(a).localeCompare(countryLabel(b), 'en'))
  }, [engagements])
  const set = (patch: Partial<EngagementQuery>) => onChange({ ...query, ...patch })

  return (
    <div className="filters" role="search" aria-label="Find engagements">
      <div className="field grow">
        <label htmlFor="filter-text">Search vendor, engagement or service</label>
        <input id="filter-text" type="search" value={query.text} onChange={(e) => set({ text: e.target.value })} />
      </div>
      <SelectField
        id="filter-country"
        label="Delivery country"
        value={query.country}
        options={[{ value: 'any' as const, label: 'All countries' }, ...countries.map((c) => ({ value: c, label: countryLabel(c) }))]}
        onChange={(country) => set({ country })}
      />
      <SelectField
        id="filter-status"
        label="Status"
        value={query.status}
        options={optionsOf(STATUS_LABELS)}
        onChange={(status) => set({ status })}
      />
      <SelectField
        id="filter-due"
        label="Assessment due"
        value={query.due}
        options={optionsOf(DUE_LABELS)}
        onChange={(due) => set({ due })}
      />
      <SelectField
        id="filter-sort"
        label="Sort by"
        value={query.sort}
        options={optionsOf(SORT_LABELS)}
        onChange={(sort) => set({ sort })}
      />
      <SelectField
        id="filter-direction"
        label="Order"
        value={query.direction}
        options={optionsOf(DIRECTION_LABELS)}
        onChange={(direction) => set({ direction })}
      />
    </div>
  )
}
