import { describe, expect, test } from 'vitest'
import { recommend } from '@shared/report/recommendation'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import type { Assessment } from '@shared/schemas/assessment'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { readExampleEngagement } from '../helpers/example-report'

function scored(change: (a: Assessment) => Assessment) {
  const { assessments } = readExampleEngagement('managed-contact-centre.json')
  const result = scoreStoredAssessment(change(assessments.at(-1)!), BUILTIN_BANKS)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('the recommendation names answers marked unsure that could not decide the result on their own', () => {
  test('an "accept" with CON-04 marked unsure says so, and which question (vendor-manager review)', () => {
    const { result, bank } = scored((a) => ({ ...a, answers: { ...a.answers, 'CON-04': { ...a.answers['CON-04']!, unsure: true } } }))
    expect(result.sufficiency.decisiveUnanswered).not.toContain('CON-04')
    const view = recommend(result, bank)
    expect(view.reasons).toContain(
      '1 answer is marked unsure or says the fact is not known (CON-04): it is scored as chosen; check it before relying on the result.'
    )
  })

  test('with every answer settled there is no such line', () => {
    const { result, bank } = scored((a) => a)
    expect(result.lines.some((l) => l.status === 'unsure')).toBe(false)
    expect(recommend(result, bank).reasons.some((r) => r.includes('marked unsure'))).toBe(false)
  })
})
