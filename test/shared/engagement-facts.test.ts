import { describe, expect, test } from 'vitest'
import { engagementFacts } from '@shared/report/method-model'
import { readExampleEngagement } from '../helpers/example-report'

describe("the report's engagement facts", () => {
  test('a contract reference is a row of its own, so a right-to-left one cannot turn the dates around it (attacker review)', () => {
    const { engagement } = readExampleEngagement('managed-contact-centre.json')
    const e = { ...engagement, contractReference: '2022 014 חוזה', contractStart: '2026-01-01', contractEnd: '2026-12-31', renewalDate: '' }
    const rows = engagementFacts(e)
    expect(rows.find((r) => r.label === 'Contract reference')?.value).toBe('2022 014 חוזה')
    expect(rows.find((r) => r.label === 'Contract')?.value).toBe('from 1 January 2026, to 31 December 2026')
  })

  test('without a reference there is no reference row, and no dates read "Dates not recorded"', () => {
    const { engagement } = readExampleEngagement('managed-contact-centre.json')
    const rows = engagementFacts({ ...engagement, contractReference: '', contractStart: '', contractEnd: '', renewalDate: '' })
    expect(rows.some((r) => r.label === 'Contract reference')).toBe(false)
    expect(rows.find((r) => r.label === 'Contract')?.value).toBe('Dates not recorded')
  })
})
