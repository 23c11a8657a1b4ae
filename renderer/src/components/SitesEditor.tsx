import { useWatch, type Control, type FieldErrors, type UseFieldArrayReturn, type UseFormRegister } from 'react-hook-form'
import type { EngagementFormInput } from '@shared/schemas/engagement-form'
import type { CountryCode } from '@shared/schemas/countries'
import { countryLabel } from '../format'

type Props = {
  control: Control<EngagementFormInput>
  register: UseFormRegister<EngagementFormInput>
  errors: FieldErrors<EngagementFormInput>
  sites: UseFieldArrayReturn<EngagementFormInput, 'sites'>
  countries: readonly CountryCode[]
}

/** Delivery sites: one row per site, its country chosen among the delivery countries. */
export function SitesEditor({ control, register, errors, sites, countries }: Props): React.JSX.Element {
  // a site whose country was removed from the delivery countries keeps it listed, marked, so the select shows the truth:
  // it showed the first delivery country instead, and saving moved the site there (vendor-manager review)
  const chosen = useWatch({ control, name: 'sites' }) ?? []
  return (
    <fieldset className="field">
      <legend>Delivery sites</legend>
      {sites.fields.length === 0 && <p className="hint">No sites recorded.</p>}
      <ol className="site-list">
        {sites.fields.map((f, i) => {
          const siteError = errors.sites?.[i]?.site?.message
          const countryError = errors.sites?.[i]?.country?.message
          return (
            <li key={f.id} className="site-row">
              <div className="field">
                <label htmlFor={`site-${i}-country`}>Site {i + 1} country</label>
                <select id={`site-${i}-country`} {...register(`sites.${i}.country`)} aria-invalid={Boolean(countryError)}>
                  {/* keyed by code, so the site's own option keeps its node (and stays selected) when it becomes stale */}
                  {withStale(chosen[i]?.country, countries).map((c) => (
                    <option key={c} value={c}>
                      {countryLabel(c)}
                      {countries.includes(c) ? '' : ' (not a delivery country)'}
                    </option>
                  ))}
                </select>
                {countryError && <p className="field-error">{countryError}</p>}
              </div>
              <div className="field grow">
                <label htmlFor={`site-${i}-site`}>Site {i + 1} city and name</label>
                <input
                  id={`site-${i}-site`}
                  {...register(`sites.${i}.site`)}
                  aria-invalid={Boolean(siteError)}
                  aria-describedby={siteError ? `site-${i}-error` : undefined}
                />
                {siteError && (
                  <p className="field-error" id={`site-${i}-error`}>
                    {siteError}
                  </p>
                )}
              </div>
              <button type="button" className="button subtle" onClick={() => sites.remove(i)} aria-label={`Remove site ${i + 1}`}>
                Remove
              </button>
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        className="button"
        disabled={countries.length === 0}
        onClick={() => countries[0] && sites.append({ country: countries[0], site: '' })}
      >
        Add a site
      </button>
      {countries.length === 0 && <p className="hint">Add a delivery country first.</p>}
    </fieldset>
  )
}

/** The delivery countries, and the site's own country after them where it is no longer one of them. */
function withStale(country: string | undefined, countries: readonly CountryCode[]): CountryCode[] {
  return country === undefined || (countries as readonly string[]).includes(country)
    ? [...countries]
    : [...countries, country as CountryCode]
}
