import { RISK_BANDS, type RiskBand } from '../bank/vocabulary'
import { COUNTRIES, type CountryCode } from '../schemas/countries'
import { SERVICES, type ServiceId } from '../schemas/engagement'
import { foldForSearch } from '../registry/engagement-query'
import { bandRank } from '../scoring/bands'
import { nameCollator as collator } from './engagement-order'
import type { PortfolioRow } from './portfolio-types'

export const PORTFOLIO_SORTS = ['risk', 'vendor', 'due'] as const
export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number]

/** null means "any". */
export type PortfolioFilters = {
  /** Vendor, engagement, owner, services and countries, ignoring case and accents. */
  text: string
  country: CountryCode | null
  /** Overall band of the row's assessment; 'unassessed' matches rows without a score. */
  band: RiskBand | 'unassessed' | null
  /** Exact owner as recorded (trimmed); '' matches engagements with no owner. */
  owner: string | null
  service: ServiceId | null
  sort: PortfolioSort
}

export const DEFAULT_PORTFOLIO_FILTERS: PortfolioFilters = { text: '', country: null, band: null, owner: null, service: null, sort: 'risk' }

function haystack(r: PortfolioRow): string {
  const services = r.services.map((s) => SERVICES[s]).join(' ')
  const countries = r.countries.map((c) => COUNTRIES[c]).join(' ')
  return foldForSearch(`${r.vendorName} ${r.engagementName} ${r.owner} ${services} ${countries}`)
}

// compareEngagements' order, on rows (whose fields are named differently)
function byVendor(a: PortfolioRow, b: PortfolioRow): number {
  return (
    collator.compare(a.vendorName, b.vendorName) ||
    collator.compare(a.engagementName, b.engagementName) ||
    a.engagementId.localeCompare(b.engagementId)
  )
}

function compare(a: PortfolioRow, b: PortfolioRow, sort: PortfolioSort): number {
  switch (sort) {
    case 'vendor':
      return byVendor(a, b)
    case 'due':
      return a.due.daysUntilDue - b.due.daysUntilDue || byVendor(a, b)
    case 'risk':
      // highest band, then highest score first; rows without a score last
      return (
        (b.overall ? bandRank(b.overall.band) : -1) - (a.overall ? bandRank(a.overall.band) : -1) ||
        (b.overall?.score ?? -1) - (a.overall?.score ?? -1) ||
        byVendor(a, b)
      )
  }
}

/** The rows matching every filter, sorted; never changes the input. */
export function filterPortfolio(rows: readonly PortfolioRow[], filters: PortfolioFilters): PortfolioRow[] {
  const needle = foldForSearch(filters.text.trim())
  return rows
    .filter(
      (r) =>
        (filters.country === null || r.countries.includes(filters.country)) &&
        (filters.service === null || r.services.includes(filters.service)) &&
        (filters.owner === null || r.owner === filters.owner.trim()) &&
        (filters.band === null || (filters.band === 'unassessed' ? r.overall === null : r.overall?.band === filters.band)) &&
        (needle === '' || haystack(r).includes(needle))
    )
    .sort((a, b) => compare(a, b, filters.sort))
}

/** The choices the filter controls offer: only values that occur in the portfolio, sorted for people. */
export function filterChoices(rows: readonly PortfolioRow[]): {
  countries: CountryCode[]
  owners: string[]
  services: ServiceId[]
  bands: RiskBand[]
} {
  const countries = [...new Set(rows.flatMap((r) => r.countries))].sort((a, b) => collator.compare(COUNTRIES[a], COUNTRIES[b]))
  const owners = [...new Set(rows.map((r) => r.owner))].sort((a, b) => collator.compare(a, b))
  const services = [...new Set(rows.flatMap((r) => r.services))].sort((a, b) => collator.compare(SERVICES[a], SERVICES[b]))
  return { countries, owners, services, bands: [...RISK_BANDS] }
}
