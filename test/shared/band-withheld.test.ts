import { describe, expect, test } from 'vitest'
import { bandWithheld } from '@shared/scoring/band-provisional'

describe('a band withheld (DECISIONS 258)', () => {
  test('only a Low on too little information, or on none', () => {
    expect(bandWithheld('insufficient', 'low')).toBe(true)
    for (const band of ['moderate', 'high', 'critical'] as const) expect(bandWithheld('insufficient', band)).toBe(false)
    expect(bandWithheld('sufficient', 'low')).toBe(false)
    expect(bandWithheld('not-assessed', 'low')).toBe(true)
  })
})
