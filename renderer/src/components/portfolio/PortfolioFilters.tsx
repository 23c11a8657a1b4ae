import type { CountryCode } from '@shared/schemas/countries'
import { SERVICES, type ServiceId } from '@shared/schemas/engagement'
import { DEFAULT_PORTFOLIO_FILTERS, type PortfolioFilters as Filters, type PortfolioSort } from '@shared/portfolio/portfolio-filter'
import { BAND_LABEL } from '../BandBadge'
import { COUNT_ORDER, COUNT_STATUS_LABEL, type CountChoice } from '../../honest-state'
import { countryLabel } from '../../format'
import { SelectField, optionsOf } from '../SelectField'

const SORT_LABEL: Record<PortfolioSort, string> = { risk: 'Highest risk first', vendor: 'Vendor A–Z', due: 'Next due first' }
const ANY = '*'
const NO_OWNER = '-'

const CHOICE_LABEL: Record<CountChoice, string> = { ...BAND_LABEL, ...COUNT_STATUS_LABEL }

type Choices = { countries: CountryCode[]; owners: string[]; services: ServiceId[]; bands: readonly CountChoice[] }
/** The band filter is the screen's own (a band only for a result that can be relied on), not `filters.band`. */
type Props = {
  filters: Filters
  onChange: (next: Filters) => void
  choices: Choices
  band: CountChoice | null
  onBand: (band: CountChoice | null) => void
}

/** Country, band, owner, service and text filters; owners are encoded so any name is a safe option value. */
export function PortfolioFilters({ filters, onChange, choices, band, onBand }: Props): React.JSX.Element {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch })
  const ownerValue = filters.owner === null ? ANY : filters.owner === '' ? NO_OWNER : `o:${filters.owner}`
  const filtered =
    band !== null || JSON.stringify({ ...filters, sort: 'risk' }) !== JSON.stringify({ ...DEFAULT_PORTFOLIO_FILTERS, sort: 'risk' })
  return (
    <div className="filters portfolio-filters" role="search" aria-label="Filter the portfolio">
      <div className="field grow">
        <label htmlFor="pf-text">Search</label>
        <input id="pf-text" type="search" value={filters.text} onChange={(e) => set({ text: e.target.value })} />
      </div>
      <SelectField
        id="pf-country"
        label="Delivery country"
        value={filters.country ?? ANY}
        options={[{ value: ANY, label: 'All countries' }, ...choices.countries.map((c) => ({ value: c, label: countryLabel(c) }))]}
        onChange={(v) => set({ country: v === ANY ? null : (v as CountryCode) })}
      />
      <SelectField
        id="pf-band"
        label="Overall band"
        value={band ?? ANY}
        options={[
          { value: ANY, label: 'All bands' },
          ...COUNT_ORDER.filter((b) => choices.bands.includes(b) || b === band).map((b) => ({ value: b, label: CHOICE_LABEL[b] }))
        ]}
        onChange={(v) => onBand(v === ANY ? null : (v as CountChoice))}
      />
      <SelectField
        id="pf-owner"
        label="Owner"
        value={ownerValue}
        options={[
          { value: ANY, label: 'All owners' },
          ...choices.owners.map((o) => (o === '' ? { value: NO_OWNER, label: 'No owner recorded' } : { value: `o:${o}`, label: o }))
        ]}
        onChange={(v) => set({ owner: v === ANY ? null : v === NO_OWNER ? '' : v.slice(2) })}
      />
      <SelectField
        id="pf-service"
        label="Service"
        value={filters.service ?? ANY}
        options={[{ value: ANY, label: 'All services' }, ...choices.services.map((sv) => ({ value: sv, label: SERVICES[sv] }))]}
        onChange={(v) => set({ service: v === ANY ? null : (v as ServiceId) })}
      />
      <SelectField id="pf-sort" label="Sort" value={filters.sort} options={optionsOf(SORT_LABEL)} onChange={(sort) => set({ sort })} />
      <div className="field">
        <button
          type="button"
          className="button subtle"
          disabled={!filtered}
          onClick={() => {
            onBand(null)
            onChange({ ...DEFAULT_PORTFOLIO_FILTERS, sort: filters.sort })
          }}
        >
          Clear filters
        </button>
      </div>
    </div>
  )
}
