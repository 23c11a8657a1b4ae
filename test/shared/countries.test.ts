import { describe, expect, test } from 'vitest'
import { COUNTRIES, WITHDRAWN_COUNTRIES, type CountryCode } from '../../shared/schemas/countries'
import { CountryCodeSchema, withdrawnCountryNotices } from '../../shared/schemas/geo'
import { EngagementFieldsSchema } from '../../shared/schemas/engagement'
import { matchesSearch } from '../../renderer/src/components/CodePicker'

describe('country list', () => {
  test('holds the 249 current ISO 3166-1 codes, no two sharing a name', () => {
    const names = Object.values(COUNTRIES)
    expect(names).toHaveLength(249)
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
    for (const withdrawn of ['DD', 'SU', 'YU', 'CS', 'AN', 'UK', 'FX', 'ZR']) expect(Object.hasOwn(COUNTRIES, withdrawn)).toBe(false)
  })

  test('"Germany" is DE, the one code whose German legal profile applies', () => {
    const germany = (Object.keys(COUNTRIES) as CountryCode[]).filter((c) => COUNTRIES[c] === 'Germany')
    expect(germany).toEqual(['DE'])
  })

  test('searching by name or code finds the country', () => {
    const found = (q: string) => (Object.keys(COUNTRIES) as CountryCode[]).filter((c) => matchesSearch(c, COUNTRIES[c], q))
    expect(found('Germany')).toEqual(['DE'])
    expect(found('de')).toContain('DE')
    expect(found('gb')).toEqual(['GB'])
    expect(found('united king')).toEqual(['GB'])
    expect(found('cote')).toEqual(['CI'])
  })
})

describe('withdrawn codes in stored or imported data', () => {
  test('every withdrawn code maps to a current one', () => {
    for (const [code, w] of Object.entries(WITHDRAWN_COUNTRIES)) {
      expect(Object.hasOwn(COUNTRIES, w.replacement), code).toBe(true)
      expect(CountryCodeSchema.parse(code)).toBe(w.replacement)
    }
    expect(CountryCodeSchema.parse('DD')).toBe('DE')
    expect(CountryCodeSchema.safeParse('XX').success).toBe(false)
  })

  test('an engagement holding DD reads as Germany, and the user is told', () => {
    const raw = {
      vendorName: 'Ost GmbH',
      name: 'Support',
      services: ['customer-support'],
      staffing: 'dedicated',
      contractReference: '',
      notes: '',
      reviewIntervalMonths: 12,
      deliveryCountries: ['DD', 'PL'],
      sites: [{ country: 'DD', site: 'Leipzig' }],
      deliveryLocation: 'vendor-premises',
      headcount: 10,
      contractStart: '2026-01-01',
      owner: 'A',
      clientUsStates: []
    }
    const parsed = EngagementFieldsSchema.safeParse(raw)
    expect(parsed.error?.issues).toBeUndefined()
    expect(parsed.data?.deliveryCountries).toEqual(['DE', 'PL'])
    expect(parsed.data?.sites[0]?.country).toBe('DE')
    const notices = withdrawnCountryNotices({ engagements: [raw] })
    expect(notices).toEqual(['DD (German Democratic Republic) is no longer an ISO country code; it was read as Germany (DE).'])
    expect(withdrawnCountryNotices({ deliveryCountries: ['YU'] })[0]).toMatch(/Serbia \(RS\) — split into six states/)
    expect(withdrawnCountryNotices({ name: 'DD', deliveryCountries: ['DE'] })).toEqual([])
  })
})
