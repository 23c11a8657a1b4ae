import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { AnswerSchema, type Answer } from '@shared/schemas/assessment'
import { isJustifiedNa, naMissingReason } from '@shared/schemas/answer-rules'
import { indexBank } from '@shared/scoring/bank-index'
import { readAnswer } from '@shared/scoring/evaluate'
import { storableAnswer } from '../../renderer/src/state/answer-edits'

const infos = indexBank(DEFAULT_BANK).questions
const naAllowed = infos.find((i) => i.question.naAllowed && !i.dual)!
const naRefused = infos.find((i) => !i.question.naAllowed && !i.dual)!

// reasons that are empty, only spaces of several kinds, or text with spaces round it
const reason = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('', ' ', '\t\n', '\u00a0', '\u3000'),
  fc.string({ maxLength: 20 }),
  fc.string({ minLength: 1, maxLength: 10 }).map((s) => ` ${s} `)
)
const answer: fc.Arbitrary<Answer> = fc
  .record(
    {
      na: fc.option(fc.boolean(), { nil: undefined }),
      naReason: reason,
      unsure: fc.option(fc.boolean(), { nil: undefined }),
      choice: fc.option(fc.constantFrom(...naAllowed.question.options.map((o) => o.id)), { nil: undefined })
    },
    { requiredKeys: [] }
  )
  .map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as Answer)

describe('the one N/A rule (shared/schemas/answer-rules.ts)', () => {
  test('the schema, the scoring and the storable answer agree with it for any answer', () => {
    fc.assert(
      fc.property(answer, (a) => {
        // the store accepts an answer exactly when it is not an unjustified N/A
        expect(AnswerSchema.safeParse(a).success).toBe(!naMissingReason(a))
        // scoring counts N/A exactly when it is justified, allowed and not unsure
        expect(readAnswer(naAllowed, a).status === 'na').toBe(isJustifiedNa(a) && a.unsure !== true)
        expect(readAnswer(naRefused, a).status).not.toBe('na')
        // what the questionnaire saves of a draft always passes the schema, and keeps a justified N/A
        const stored = storableAnswer(a)
        if (stored) expect(AnswerSchema.safeParse(stored).success).toBe(true)
        expect(stored?.na === true).toBe(isJustifiedNa(a))
      }),
      { numRuns: 400 }
    )
  })

  test('a reason of spaces only is no reason; any visible text is', () => {
    expect(naMissingReason({ na: true, naReason: ' \t ' })).toBe(true)
    expect(naMissingReason({ na: true })).toBe(true)
    expect(isJustifiedNa({ na: true, naReason: ' remote only ' })).toBe(true)
    expect(naMissingReason({ naReason: '' })).toBe(false)
  })
})
