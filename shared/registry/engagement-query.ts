import type { Engagement, EngagementStatus, ServiceId } from '../schemas/engagement'
import { SERVICES } from '../schemas/engagement'
import type { CountryCode } from '../schemas/countries'

export const ENGAGEMENT_SORTS = ['vendor', 'name', 'headcount', 'contract-end', 'updated'] as const
export type EngagementSort = (typeof ENGAGEMENT_SORTS)[number]

export type EngagementQuery = {
  /** Matches vendor name, engagement name and services, ignoring case and accents. */
  text: string
  country: CountryCode | 'any'
  status: EngagementStatus | 'any'
  sort: EngagementSort
  direction: 'asc' | 'desc'
}

export const DEFAULT_ENGAGEMENT_QUERY: EngagementQuery = {
  text: '',
  country: 'any',
  status: 'active',
  sort: 'vendor',
  direction: 'asc'
}

/** Lower-cased and stripped of accents, so "lodz" finds "Łódź". */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ı/g, 'i')
    .toLocaleLowerCase('en')
}

function haystack(e: Engagement): string {
  const services = e.services.map((s: ServiceId) => SERVICES[s]).join(' ')
  return foldForSearch(`${e.vendorName} ${e.name} ${services}`)
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

function compare(a: Engagement, b: Engagement, sort: EngagementSort): number {
  switch (sort) {
    case 'vendor':
      return collator.compare(a.vendorName, b.vendorName) || collator.compare(a.name, b.name)
    case 'name':
      return collator.compare(a.name, b.name)
    case 'headcount':
      return a.headcount - b.headcount
    case 'contract-end':
      // engagements without an end date sort last
      return (a.contractEnd ?? '9999-12-31').localeCompare(b.contractEnd ?? '9999-12-31')
    case 'updated':
      return a.updatedAt.localeCompare(b.updatedAt)
  }
}

export function queryEngagements(all: readonly Engagement[], query: EngagementQuery): Engagement[] {
  const needle = foldForSearch(query.text.trim())
  const matches = all.filter(
    (e) =>
      (query.status === 'any' || e.status === query.status) &&
      (query.country === 'any' || e.deliveryCountries.includes(query.country)) &&
      (needle === '' || haystack(e).includes(needle))
  )
  const sign = query.direction === 'asc' ? 1 : -1
  return matches.sort((a, b) => sign * compare(a, b, query.sort) || a.id.localeCompare(b.id))
}
