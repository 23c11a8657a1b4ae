import { z } from 'zod'
import { COUNTRIES, type CountryCode } from './countries'

const COUNTRY_CODES = Object.keys(COUNTRIES) as [CountryCode, ...CountryCode[]]

export const CountryCodeSchema = z.enum(COUNTRY_CODES, { error: 'Use an ISO 3166 two-letter country code' })

export function countryName(code: CountryCode): string {
  return COUNTRIES[code]
}

export const US_STATES = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota',
  OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
  VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming'
} as const satisfies Record<string, string>

export type UsStateCode = keyof typeof US_STATES

export const UsStateCodeSchema = z.enum(Object.keys(US_STATES) as [UsStateCode, ...UsStateCode[]], {
  error: 'Use a two-letter US state code'
})
