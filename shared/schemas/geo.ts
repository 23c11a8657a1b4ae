import { z } from 'zod'
import { COUNTRIES, WITHDRAWN_COUNTRIES, type CountryCode, type WithdrawnCountryCode } from './countries'

const COUNTRY_CODES = Object.keys(COUNTRIES) as [CountryCode, ...CountryCode[]]
const READABLE_CODES: [CountryCode | WithdrawnCountryCode, ...(CountryCode | WithdrawnCountryCode)[]] = [
  ...COUNTRY_CODES,
  ...(Object.keys(WITHDRAWN_COUNTRIES) as WithdrawnCountryCode[])
]

function isWithdrawn(code: string): code is WithdrawnCountryCode {
  return Object.hasOwn(WITHDRAWN_COUNTRIES, code)
}

/** A current code as is, a withdrawn one as the code that replaced it (DD → DE). */
export function currentCountryCode(code: CountryCode | WithdrawnCountryCode): CountryCode {
  return isWithdrawn(code) ? WITHDRAWN_COUNTRIES[code].replacement : code
}

/**
 * Reads current ISO 3166-1 codes, and withdrawn ones mapped to their successor so a store or import
 * written before a code was withdrawn still opens (`withdrawnCountryNotices` says what was mapped).
 * Always yields a current code.
 */
export const CountryCodeSchema = z.enum(READABLE_CODES, { error: 'Use an ISO 3166 two-letter country code' }).transform(currentCountryCode)

export function countryName(code: CountryCode): string {
  return COUNTRIES[code]
}

const COUNTRY_KEYS = new Set(['country', 'countries', 'deliveryCountries'])

/**
 * One sentence per withdrawn code found under a country field of raw (not yet parsed) data, saying
 * what it was mapped to, for the import preview or the start-up notice. Duplicates are reported once.
 */
export function withdrawnCountryNotices(raw: unknown): string[] {
  const found = new Set<WithdrawnCountryCode>()
  const visit = (value: unknown, countryField: boolean): void => {
    if (typeof value === 'string') {
      if (countryField && isWithdrawn(value)) found.add(value)
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v, countryField)
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, COUNTRY_KEYS.has(k))
    }
  }
  visit(raw, false)
  return [...found].sort().map((code) => {
    const w: { name: string; replacement: CountryCode; note?: string } = WITHDRAWN_COUNTRIES[code]
    const target = `${COUNTRIES[w.replacement]} (${w.replacement})`
    return `${code} (${w.name}) is no longer an ISO country code; it was read as ${target}${w.note ? ` — ${w.note}, check it is the right one` : ''}.`
  })
}

export const US_STATES = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming'
} as const satisfies Record<string, string>

export type UsStateCode = keyof typeof US_STATES

export const UsStateCodeSchema = z.enum(Object.keys(US_STATES) as [UsStateCode, ...UsStateCode[]], {
  error: 'Use a two-letter US state code'
})
