import type { Engagement, EngagementStatus, ServiceId } from '../schemas/engagement'
import { SERVICES } from '../schemas/engagement'
import type { CountryCode } from '../schemas/countries'
import type { DueInput, DueStatus } from '../workflow/due'
import { compareInstants } from '../util/instant'

export const DUE_FILTERS = ['any', 'overdue', 'due-soon'] as const
export type DueFilter = (typeof DUE_FILTERS)[number]

/** "Due soon" means within this many days and not yet overdue. */
export const DUE_SOON_DAYS = 60

export const ENGAGEMENT_SORTS = ['vendor', 'name', 'headcount', 'contract-end', 'next-due', 'updated'] as const
export type EngagementSort = (typeof ENGAGEMENT_SORTS)[number]

export type EngagementQuery = {
  /** Matches vendor name, engagement name and services, ignoring case and accents. */
  text: string
  country: CountryCode | 'any'
  status: EngagementStatus | 'any'
  due: DueFilter
  sort: EngagementSort
  direction: 'asc' | 'desc'
}

export const DEFAULT_ENGAGEMENT_QUERY: EngagementQuery = {
  text: '',
  country: 'any',
  status: 'active',
  due: 'any',
  sort: 'vendor',
  direction: 'asc'
}

/** Lower-cased and stripped of accents, so "lodz" finds "Łódź". */
export function foldForSearch(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ı/g, 'i').toLocaleLowerCase('en')
}

function haystack(e: Engagement): string {
  const services = e.services.map((s: ServiceId) => SERVICES[s]).join(' ')
  return foldForSearch(`${e.vendorName} ${e.name} ${services}`)
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

function compare(a: Engagement, b: Engagement, sort: EngagementSort, due: ReadonlyMap<string, DueStatus<DueInput>>): number {
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
    case 'next-due':
      return (due.get(a.id)?.dueDate ?? '9999-12-31').localeCompare(due.get(b.id)?.dueDate ?? '9999-12-31')
    case 'updated':
      return compareInstants(a.updatedAt, b.updatedAt)
  }
}

function dueMatches(status: DueStatus<DueInput> | undefined, filter: DueFilter): boolean {
  switch (filter) {
    case 'any':
      return true
    case 'overdue':
      return status?.overdue ?? false
    case 'due-soon':
      return status !== undefined && !status.overdue && status.daysUntilDue <= DUE_SOON_DAYS
  }
}

/** `due` holds each engagement's due status (computed by the caller, who knows today's date). */
export function queryEngagements(
  all: readonly Engagement[],
  query: EngagementQuery,
  due: ReadonlyMap<string, DueStatus<DueInput>> = new Map()
): Engagement[] {
  const needle = foldForSearch(query.text.trim())
  const matches = all.filter(
    (e) =>
      (query.status === 'any' || e.status === query.status) &&
      dueMatches(due.get(e.id), query.due) &&
      (query.country === 'any' || e.deliveryCountries.includes(query.country)) &&
      (needle === '' || haystack(e).includes(needle))
  )
  const sign = query.direction === 'asc' ? 1 : -1
  return matches.sort((a, b) => sign * compare(a, b, query.sort, due) || a.id.localeCompare(b.id))
}
