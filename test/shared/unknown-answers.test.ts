import { describe, expect, it } from 'vitest'
import { CORE_BANK } from '@shared/bank/core-bank'
import type { Answer } from '@shared/schemas/assessment'
import { lowestAnswers } from './fixtures/scoring-helpers'
import { scoreAssessment } from '@shared/scoring/score'
import { recommendationKind } from '@shared/report/recommendation'

const safestAnswers = (): Record<string, Answer> => lowestAnswers(CORE_BANK)

const score = (answers: Record<string, Answer>) => scoreAssessment({ bank: CORE_BANK, profiles: ['mexico'], kind: 'annual', answers })

describe('an answer that says the fact is not known settles nothing (counsel review: MX-02 "not assessed" gave Accept)', () => {
  it('MX-02 "We have not assessed this" stays open, counts as unsure and bars Accept', () => {
    const safe = score(safestAnswers())
    expect(recommendationKind(safe)).toBe('accept')
    const notAssessed = score({ ...safestAnswers(), 'MX-02': { choice: 'not-assessed' } })
    expect(notAssessed.sufficiency.decisiveUnanswered).toContain('MX-02')
    expect(notAssessed.verdicts[0]?.openDecisive).toContain('MX-02')
    expect(notAssessed.coverage.unsure).toBe(safe.coverage.unsure + 1)
    expect(recommendationKind(notAssessed)).not.toBe('accept')
    // it keeps its points: not knowing is itself a risk
    expect(notAssessed.overall.score).toBeGreaterThan(safe.overall.score)
  })

  it('every core option that says the fact is unknown is flagged, and no flagged option is a knock-out', () => {
    // BR-02's "Within scope, but we have not checked safety arrangements" is not matched: the scope it answers is known,
    // and the unchecked safety duty is the client's own obligation, not a fact of employment (counsel review of 2026.5)
    const saysUnknown = /^We (have not|assume|believe so but have not|do not track)/
    for (const q of CORE_BANK.questions) {
      for (const o of [...q.options, ...(q.contract?.options ?? [])]) {
        expect({ question: q.id, option: o.id, unknown: o.unknown === true }).toEqual({
          question: q.id,
          option: o.id,
          unknown: saysUnknown.test(o.label)
        })
        if (o.unknown) expect(o.redFlag).not.toBe(true)
      }
    }
  })
})
