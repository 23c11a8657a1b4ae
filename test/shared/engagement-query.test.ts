import { describe, expect, test } from 'vitest'
import { DEFAULT_ENGAGEMENT_QUERY, foldForSearch, queryEngagements } from '@shared/registry/engagement-query'
import type { Engagement } from '@shared/schemas/engagement'
import { engagementFields } from '../helpers/engagement-fields'

function engagement(id: string, overrides: Partial<Engagement>): Engagement {
  return {
    ...engagementFields(),
    id,
    status: 'active',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides
  }
}

const all = [
  engagement('a', { vendorName: 'Łódź Services Sp. z o.o.', deliveryCountries: ['PL'], headcount: 120 }),
  engagement('b', { vendorName: 'Çağrı Merkezi A.Ş.', deliveryCountries: ['TR'], services: ['collections'], headcount: 40 }),
  engagement('c', { vendorName: 'Ayala Contact Solutions', deliveryCountries: ['PH', 'IN'], status: 'archived', headcount: 800 })
]

describe('engagement search, filter and sort', () => {
  test('search ignores case and accents, and matches services', () => {
    expect(foldForSearch('Łódź Çağrı')).toBe('lodz cagri')
    const q = { ...DEFAULT_ENGAGEMENT_QUERY, text: 'LODZ' }
    expect(queryEngagements(all, q).map((e) => e.id)).toEqual(['a'])
    expect(queryEngagements(all, { ...q, text: 'collections' }).map((e) => e.id)).toEqual(['b'])
  })

  test('status and country filters', () => {
    expect(queryEngagements(all, DEFAULT_ENGAGEMENT_QUERY).map((e) => e.id)).toEqual(['b', 'a'])
    expect(queryEngagements(all, { ...DEFAULT_ENGAGEMENT_QUERY, status: 'archived' }).map((e) => e.id)).toEqual(['c'])
    expect(queryEngagements(all, { ...DEFAULT_ENGAGEMENT_QUERY, status: 'any', country: 'IN' }).map((e) => e.id)).toEqual(['c'])
  })

  test('sorts by headcount in both directions', () => {
    const q = { ...DEFAULT_ENGAGEMENT_QUERY, status: 'any' as const, sort: 'headcount' as const }
    expect(queryEngagements(all, q).map((e) => e.id)).toEqual(['b', 'a', 'c'])
    expect(queryEngagements(all, { ...q, direction: 'desc' }).map((e) => e.id)).toEqual(['c', 'a', 'b'])
  })
})

describe('due filters', () => {
  const due = new Map([
    ['a', { lastFinal: null, dueDate: '2026-01-01', overdue: true, daysUntilDue: -30 }],
    ['b', { lastFinal: null, dueDate: '2026-03-01', overdue: false, daysUntilDue: 20 }],
    ['c', { lastFinal: null, dueDate: '2027-01-01', overdue: false, daysUntilDue: 300 }]
  ])
  const q = { ...DEFAULT_ENGAGEMENT_QUERY, status: 'any' as const }
  test('overdue, due within 60 days, and sorting by next due date', () => {
    expect(queryEngagements(all, { ...q, due: 'overdue' }, due).map((e) => e.id)).toEqual(['a'])
    expect(queryEngagements(all, { ...q, due: 'due-soon' }, due).map((e) => e.id)).toEqual(['b'])
    expect(queryEngagements(all, { ...q, sort: 'next-due' }, due).map((e) => e.id)).toEqual(['a', 'b', 'c'])
  })
})
