import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { portfolioRows, sectionCells } from '@shared/portfolio/portfolio-rows'
import {
  currentStamp,
  decodeCells,
  encodeCells,
  isCurrentSummary,
  resultSummaryOf,
  ResultSummarySchema
} from '@shared/store/result-summary'
import { scoreAssessment } from '@shared/scoring/score'
import { ASSESSMENT_STATUSES } from '@shared/schemas/assessment'
import { open, spiedPersistence, value } from './store-session-fixtures'
import { specAssessment, specStore, v4Store, type AssessmentSpec, type EngagementSpec } from './summary-fixtures'

const specArb: fc.Arbitrary<AssessmentSpec> = fc.record({
  status: fc.constantFrom(...ASSESSMENT_STATUSES),
  // mostly the edges the honest states turn on: nothing, a little, nearly all, all
  answered: fc.oneof(fc.constantFrom(0, 1000, 950), fc.integer({ min: 0, max: 1000 })),
  bankMissing: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
  createdDay: fc.integer({ min: 0, max: 900 }),
  updatedDays: fc.integer({ min: 0, max: 30 }),
  // a few days only, so finals often share a day (ties broken by id)
  finalizedDay: fc.integer({ min: 0, max: 4 }).map((d) => d * 200)
})
const engagementArb: fc.Arbitrary<EngagementSpec> = fc.record({
  archived: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  assessments: fc.array(specArb, { maxLength: 4 })
})

describe('the portfolio from the index', () => {
  test('equals the portfolio scored from the bodies, for any assessments (stored through the upgrade, then changed through the service)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(engagementArb, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 1100 }),
        async (specs, todayOffset) => {
          const doc = specStore(specs)
          const today = new Date(Date.UTC(2024, 0, 1 + todayOffset)).toISOString().slice(0, 10)
          const { index, bodies } = v4Store(doc)
          const spy = spiedPersistence(index)
          for (const [key, text] of bodies) spy.state.bodies.set(key, text)
          const { api } = await open(spy)
          expect(value(await api.listPortfolio({ today }))).toEqual(portfolioRows(doc.engagements, doc.assessments, BUILTIN_BANKS, today))
          // a save writes the summary of what it saved: answer one more question of every draft
          const question = DEFAULT_BANK.questions[0]!
          for (const a of doc.assessments.filter((x) => x.status === 'draft'))
            value(await api.saveAnswer({ assessmentId: a.id, questionId: question.id, answer: { choice: question.options[0]!.id } }))
          const stored = spy.stored()
          const reads = spy.bodyReads.length
          expect(value(await api.listPortfolio({ today }))).toEqual(
            portfolioRows(stored.engagements, stored.assessments, BUILTIN_BANKS, today)
          )
          expect(spy.bodyReads.length - reads).toBe(0)
          for (const ref of spy.index().assessments) expect(isCurrentSummary(ref.result, BUILTIN_BANKS)).toBe(true)
        }
      ),
      { numRuns: 25 }
    )
  })
})

describe('result summaries', () => {
  test('are schema-valid and stamped with the bank content they were scored under', () => {
    const doc = specStore([
      {
        archived: false,
        assessments: [{ status: 'final', answered: 600, bankMissing: false, createdDay: 0, updatedDays: 1, finalizedDay: 5 }]
      }
    ])
    const summary = resultSummaryOf(doc.assessments[0]!, BUILTIN_BANKS)
    expect(ResultSummarySchema.parse(summary)).toEqual(summary)
    expect(isCurrentSummary(summary, BUILTIN_BANKS)).toBe(true)
    // a bank released anew under the same name (its content changed): the summary is stale
    const edited = BUILTIN_BANKS.map((b) => (b === DEFAULT_BANK ? { ...b, questions: b.questions.slice(1) } : b))
    expect(currentStamp(summary.bank, edited)).not.toBe(summary.stamp)
    expect(isCurrentSummary(summary, edited)).toBe(false)
    // the bank no longer at hand: stale too, and its own summary says it cannot be scored
    const without = BUILTIN_BANKS.filter((b) => b !== DEFAULT_BANK)
    expect(isCurrentSummary(summary, without)).toBe(false)
    expect(resultSummaryOf(doc.assessments[0]!, without)).toEqual({ kind: 'unscorable', stamp: '2:missing', bank: summary.bank })
  })

  test('their heat-map cells decode to the cells the scoring result gives, section by section', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const [engagement] = specStore([{ archived: false, assessments: [] }]).engagements
        const a = specAssessment(engagement!, 0, { ...spec, bankMissing: false })
        const result = scoreAssessment({ bank: DEFAULT_BANK, profiles: a.profiles, kind: a.kind, answers: a.answers })
        const expected = Object.values(
          sectionCells(result, (s, state) => ({
            sectionId: s.sectionId,
            score: s.rounded,
            band: s.band,
            redFlagCount: s.redFlagCount,
            state,
            sufficiency: s.sufficiency,
            open: s.openDecisive.length > 0
          }))
        )
        const ids = DEFAULT_BANK.sections.map((s) => s.id)
        expect(decodeCells(encodeCells(result), ids)).toEqual(expected)
        // cells that do not fit the bank are not taken for a heat map
        expect(decodeCells(encodeCells(result), ids.slice(1))).toBeNull()
      }),
      { numRuns: 40 }
    )
  })
})
