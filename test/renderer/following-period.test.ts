import { describe, expect, test } from 'vitest'
import { followingPeriod } from '../../renderer/src/period'

describe('the period of the next annual cycle', () => {
  test('starts the day after the last one ended and runs to today', () => {
    expect(followingPeriod('2025-12-06', '2026-12-06')).toEqual({ start: '2025-12-07', end: '2026-12-06' })
    expect(followingPeriod('2026-02-28', '2026-12-06')).toEqual({ start: '2026-03-01', end: '2026-12-06' })
  })
  test('runs twelve months when the last one ends today or later (a cycle signed off today is not repeated)', () => {
    expect(followingPeriod('2026-12-06', '2026-12-06')).toEqual({ start: '2026-12-07', end: '2027-12-06' })
    expect(followingPeriod('2027-12-31', '2026-12-06')).toEqual({ start: '2028-01-01', end: '2028-12-31' })
  })
})
