import { describe, expect, test } from 'vitest'
import { render, screen } from '@testing-library/react'
import { ScoreBuild } from '../../renderer/src/screens/assessment/ScoreBuild'
import { scoreExplanation } from '@shared/report/explanation-model'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import type { Assessment } from '@shared/schemas/assessment'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { readExampleEngagement } from '../helpers/example-report'

function scoreOf(fileName: string, change: (a: Assessment) => Assessment = (a) => a) {
  const { assessments } = readExampleEngagement(fileName)
  const scored = scoreStoredAssessment(change(assessments.at(-1)!), BUILTIN_BANKS)
  if (!scored.ok) throw new Error(scored.error.message)
  return scored.value.result
}

describe('Results: how the overall score is built, in the report’s words', () => {
  test('shows what the answers alone score and what the decisive factors add, as the report says it', () => {
    const score = scoreOf('germany-client-instructions.json')
    expect(score.overall.decisiveFactors).toBeGreaterThan(0)
    render(<ScoreBuild score={score} />)
    const shown = [...screen.getByTestId('score-build').querySelectorAll('p')].map((p) => p.textContent)
    expect(shown).toEqual(scoreExplanation(score))
    expect(shown[0]).toMatch(/^The answers alone score \d+\.\d out of 100/)
    expect(shown[1]).toMatch(/decisive factors? under the law of Germany adds? \d+\.\d/)
  })

  test('says nothing with nothing answered: there is no score to explain', () => {
    const score = scoreOf('germany-client-instructions.json', (a) => ({ ...a, answers: {} }))
    expect(score.sufficiency.status).toBe('not-assessed')
    const { container } = render(<ScoreBuild score={score} />)
    expect(container.textContent).toBe('')
  })
})

describe('the explanation calls a band an open question could raise provisional, as the headline does', () => {
  test('a sufficient Low with a deciding question still open reads "(Low, provisional)"; without it, "(Low)"', () => {
    const settled = scoreOf('managed-contact-centre.json')
    expect(settled.sufficiency.status).toBe('sufficient')
    expect(settled.overall.band).toBe('low')
    const last = (r: typeof settled) => scoreExplanation(r).at(-1) ?? ''
    const open = { ...settled, sufficiency: { ...settled.sufficiency, decisiveUnanswered: ['PH-01'] } }
    expect(last(settled)).toMatch(/\(Low\)/)
    expect(last(open)).toMatch(/\(Low, provisional\)/)
  })
})
