import type { RiskBand } from '@shared/bank/vocabulary'
import type { CountryCode } from '@shared/schemas/countries'
import { SERVICES, type ServiceId } from '@shared/schemas/engagement'
import { DEFAULT_PORTFOLIO_FILTERS, type PortfolioFilters as Filters, type PortfolioSort } from '@shared/portfolio/portfolio-filter'
import { BAND_LABEL } from '../BandBadge'
import { countryLabel } from '../../format'

const SORT_LABEL: Record<PortfolioSort, string> = { risk: 'Highest risk first', vendor: 'Vendor A–Z', due: 'Next due first' }
const ANY = '*'
const NO_OWNER = '-'

type Choices = { countries: CountryCode[]; owners: string[]; services: ServiceId[]; bands: RiskBand[] }
type Props = { filters: Filters; onChange: (next: Filters) => void; choices: Choices }

/** Country, band, owner, service and text filters; owners are encoded so any name is a safe option value. */
export function PortfolioFilters({ filters, onChange, choices }: Props): React.JSX.Element {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch })
  const ownerValue = filters.owner === null ? ANY : filters.owner === '' ? NO_OWNER : `o:${filters.owner}`
  const filtered = JSON.stringify({ ...filters, sort: 'risk' }) !== JSON.stringify({ ...DEFAULT_PORTFOLIO_FILTERS, sort: 'risk' })
  return (
    <div className="filters portfolio-filters" role="search" aria-label="Filter the portfolio">
      <div className="field grow">
        <label htmlFor="pf-text">Search</label>
        <input id="pf-text" type="search" value={filters.text} onChange={(e) => set({ text: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="pf-country">Delivery country</label>
        <select id="pf-country" value={filters.country ?? ANY} onChange={(e) => set({ country: e.target.value === ANY ? null : (e.target.value as CountryCode) })}>
          <option value={ANY}>All countries</option>
          {choices.countries.map((c) => (
            <option key={c} value={c}>
              {countryLabel(c)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pf-band">Overall band</label>
        <select id="pf-band" value={filters.band ?? ANY} onChange={(e) => set({ band: e.target.value === ANY ? null : (e.target.value as RiskBand | 'unassessed') })}>
          <option value={ANY}>All bands</option>
          {[...choices.bands].reverse().map((b) => (
            <option key={b} value={b}>
              {BAND_LABEL[b]}
            </option>
          ))}
          <option value="unassessed">Not assessed</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="pf-owner">Owner</label>
        <select
          id="pf-owner"
          value={ownerValue}
          onChange={(e) => set({ owner: e.target.value === ANY ? null : e.target.value === NO_OWNER ? '' : e.target.value.slice(2) })}
        >
          <option value={ANY}>All owners</option>
          {choices.owners.map((o) =>
            o === '' ? (
              <option key={NO_OWNER} value={NO_OWNER}>
                No owner recorded
              </option>
            ) : (
              <option key={o} value={`o:${o}`}>
                {o}
              </option>
            )
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pf-service">Service</label>
        <select id="pf-service" value={filters.service ?? ANY} onChange={(e) => set({ service: e.target.value === ANY ? null : (e.target.value as ServiceId) })}>
          <option value={ANY}>All services</option>
          {choices.services.map((s) => (
            <option key={s} value={s}>
              {SERVICES[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pf-sort">Sort</label>
        <select id="pf-sort" value={filters.sort} onChange={(e) => set({ sort: e.target.value as PortfolioSort })}>
          {(Object.keys(SORT_LABEL) as PortfolioSort[]).map((s) => (
            <option key={s} value={s}>
              {SORT_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <button type="button" className="button subtle" disabled={!filtered} onClick={() => onChange({ ...DEFAULT_PORTFOLIO_FILTERS, sort: filters.sort })}>
          Clear filters
        </button>
      </div>
    </div>
  )
}
