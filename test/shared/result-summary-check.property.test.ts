import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { IndexedResultSummarySchema, ResultSummarySchema, isResultSummary, resultSummaryOf } from '@shared/store/result-summary'
import { STORE_INDEX_VERSION, StoreIndexSchema } from '@shared/store/store-index'
import { CORE_BANK } from '@shared/bank/core-bank'
import { benchAssessment, benchEngagement } from '../bench/data'

const REAL = resultSummaryOf(benchAssessment(benchEngagement(3), 1, 'final'), [CORE_BANK])
const UNSCORABLE = { kind: 'unscorable', stamp: '2:missing', bank: { id: 'acme-internal', version: '3' } }

/** Values near a summary: each field replaced by an arbitrary JSON value, dropped, or joined by another key. */
const jsonValue = fc.oneof(
  fc.constantFrom(
    -1,
    0,
    0.5,
    1,
    2,
    100,
    100.5,
    1e21,
    2 ** 53,
    'scored',
    'unscorable',
    'moderate',
    'sufficient',
    '',
    'x'.repeat(41),
    true,
    null
  ),
  fc.string({ maxLength: 70 }),
  fc.double(),
  fc.integer(),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.record({ id: fc.string({ maxLength: 70 }), version: fc.string({ maxLength: 40 }) })
)
const nearSummary = fc
  .tuple(
    fc.constantFrom<Record<string, unknown>>(REAL, UNSCORABLE),
    fc.array(fc.tuple(fc.constantFrom(...Object.keys(REAL), 'extra', 'id', 'version'), fc.option(jsonValue, { nil: undefined })), {
      maxLength: 3
    })
  )
  .map(([base, edits]) => {
    const out: Record<string, unknown> = { ...base, bank: { ...(base.bank as object) } }
    for (const [key, value] of edits) {
      // 'id' and 'version' edit the bank reference
      const bank = typeof out.bank === 'object' && out.bank !== null ? (out.bank as Record<string, unknown>) : null
      const target = key === 'id' || key === 'version' ? bank : out
      if (!target) continue
      if (value === undefined) delete target[key]
      else target[key] = value
    }
    return out
  })

describe('the store index’s check of result summaries', () => {
  test('a real summary of either kind passes', () => {
    expect(isResultSummary(REAL)).toBe(true)
    expect(isResultSummary(UNSCORABLE)).toBe(true)
  })

  test('accepts exactly what ResultSummarySchema accepts', () => {
    fc.assert(
      fc.property(fc.oneof(nearSummary, jsonValue), (value) => {
        const schema = ResultSummarySchema.safeParse(value).success
        expect(isResultSummary(value)).toBe(schema)
        expect(IndexedResultSummarySchema.safeParse(value).success).toBe(schema)
      }),
      { numRuns: 3000 }
    )
  })

  test('a malformed summary still fails the index, with the schema’s problem and its path', () => {
    const index = {
      schemaVersion: STORE_INDEX_VERSION,
      generation: 1,
      engagements: [],
      assessments: [],
      settings: {},
      customBanks: []
    }
    const parsed = StoreIndexSchema.safeParse({ ...index, assessments: [{ result: { ...REAL, score: 101 } }] })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.some((i) => i.path.join('.') === 'assessments.0.result.score')).toBe(true)
  })
})
