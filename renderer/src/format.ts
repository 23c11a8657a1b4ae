import { COUNTRIES, type CountryCode } from '@shared/schemas/countries'

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** "2026-03-01" → "1 Mar 2026"; dates are calendar dates, so they are shown in UTC. */
export function formatDate(isoDate: string | undefined): string {
  if (!isoDate) return '—'
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`))
}

/** The day a timestamp falls on (in UTC, like every stored date): "2026-03-01T09:00:00Z" → "1 Mar 2026". */
export function formatDay(timestamp: string): string {
  return formatDate(timestamp.slice(0, 10))
}

export function formatDateTime(timestamp: string): string {
  return dateTimeFormat.format(new Date(timestamp))
}

export function countryLabel(code: CountryCode): string {
  return COUNTRIES[code]
}

/** Current ISO 3166-1 countries by English name; withdrawn codes are never offered (see WITHDRAWN_COUNTRIES). */
export const SORTED_COUNTRIES = (Object.keys(COUNTRIES) as CountryCode[]).sort((a, b) => COUNTRIES[a].localeCompare(COUNTRIES[b], 'en'))
