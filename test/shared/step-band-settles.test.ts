import { describe, expect, it } from 'vitest'
import { CORE_BANK } from '@shared/bank/core-bank'
import type { Answer } from '@shared/schemas/assessment'
import { scoreAssessment } from '@shared/scoring/score'
import { bandAfterStep } from '@shared/report/step-band'
import { lowestAnswers } from './fixtures/scoring-helpers'
import { readFileSync } from 'node:fs'
import { actionPlansCsv } from '@shared/portfolio/action-plans-csv'
import { AssessmentSchema } from '@shared/schemas/assessment'
import { EngagementSchema } from '@shared/schemas/engagement'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { scoreStoredAssessment } from '@shared/workflow/score-stored'
import { readExampleEngagement } from '../helpers/example-report'

const score = (answers: Record<string, Answer>) => scoreAssessment({ bank: CORE_BANK, profiles: ['mexico'], kind: 'annual', answers })

/*
 * Vendor-manager review: the action plan marked every projected band provisional while a question was
 * open, even from the step that settles it. MX-02 answered "We have not assessed this" is open and could
 * decide the result; the step that moves it to a settled answer settles it.
 */
describe('a step that settles the open question makes the bands from it on no longer provisional', () => {
  // SCH-01 at a risky (not knock-out) answer removes more risk than MX-02, so it comes first in the plan
  const risky = CORE_BANK.questions
    .find((q) => q.id === 'SCH-01')!
    .options.filter((o) => !o.redFlag)
    .at(-1)!
  const safest = lowestAnswers(CORE_BANK)
  const start = { ...safest, 'SCH-01': { ...safest['SCH-01'], choice: risky.id }, 'MX-02': { choice: 'not-assessed' } }
  const result = score(start)

  it('before the settling step "…, provisional"; from it on the plain band', () => {
    expect(result.sufficiency.status).toBe('sufficient')
    expect(result.sufficiency.decisiveUnanswered).toEqual(['MX-02'])
    const steps = result.remediation.map((r) => ({ q: r.questionId, band: bandAfterStep(r) }))
    const at = steps.findIndex((s) => s.q === 'MX-02')
    expect(at).toBeGreaterThan(0)
    for (const s of steps.slice(0, at)) expect(s.band).toMatch(/, provisional$/)
    for (const s of steps.slice(at)) expect(s.band).not.toMatch(/provisional/)
    expect(result.remediation[at]!.sufficiencyAfter).toEqual({ status: 'sufficient', decisiveUnanswered: [] })
  })

  it('a step measures what is open as a full score of its answers would', () => {
    let answers: Record<string, Answer> = {
      ...lowestAnswers(CORE_BANK),
      'SCH-01': { choice: risky.id },
      'MX-02': { choice: 'not-assessed' }
    }
    for (const r of result.remediation) {
      answers = {
        ...answers,
        [r.questionId]: { choice: r.toPracticeOptionId!, ...(r.toContractOptionId ? { contractChoice: r.toContractOptionId } : {}) }
      }
      const full = score(answers)
      expect(r.sufficiencyAfter).toEqual({ status: full.sufficiency.status, decisiveUnanswered: full.sufficiency.decisiveUnanswered })
    }
  })

  it('a step that leaves the result Critical prints plain "Critical" with a question still open: a Critical cannot rise (band-provisional.ts)', () => {
    const item = { newBand: 'critical' as const, sufficiencyAfter: { status: 'sufficient' as const, decisiveUnanswered: ['MX-02'] } }
    expect(bandAfterStep(item)).toBe('Critical')
    expect(bandAfterStep({ ...item, newBand: 'high' })).toBe('High, provisional')
    expect(bandAfterStep({ ...item, sufficiencyAfter: { status: 'insufficient', decisiveUnanswered: [] } })).toBe('Critical, provisional')
  })

  it('with too little answered, no step makes a band reliable: a step never answers an unanswered question', () => {
    const thin = score({ 'SCH-01': { choice: risky.id } })
    expect(thin.sufficiency.status).toBe('insufficient')
    expect(thin.remediation.length).toBeGreaterThan(0)
    // never a plain band: provisional, or for a Low not named at all
    for (const r of thin.remediation) expect(bandAfterStep(r)).toMatch(/, provisional$|^no band yet$/)
  })

  it('the action-plan CSV prints the same: the Mexico draft of test/fixtures/store/index-v5, whose one step settles MX-02, reads Low', () => {
    const dir = new URL('../fixtures/store/index-v5/', import.meta.url)
    const index = JSON.parse(readFileSync(new URL('index.json', dir), 'utf8')) as { engagements: unknown[] }
    const engagement = EngagementSchema.parse(index.engagements[0])
    const assessment = AssessmentSchema.parse(JSON.parse(readFileSync(new URL('mx-open.1.json', dir), 'utf8')))
    const lines = actionPlansCsv([engagement], [assessment], BUILTIN_BANKS).split('\r\n').slice(1).filter(Boolean)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('MX-02')
    expect(lines[0]).toMatch(/,Low,/)
    expect(lines[0]).not.toContain('provisional')
  })
})

describe('every step of every example measures what is open as a full score of its answers would', () => {
  const examples = [
    'germany-client-instructions.json',
    'managed-contact-centre.json',
    'onboarding-pre-contract.json',
    'permatemp-staff-augmentation.json',
    'philippines-unregistered-vendor.json'
  ]
  const scoredOf = (a: Parameters<typeof scoreStoredAssessment>[0]) => {
    const s = scoreStoredAssessment(a, BUILTIN_BANKS)
    if (!s.ok) throw new Error(s.error.message)
    return s.value.result
  }
  it.each(examples)('%s, each assessment, and its latest with PH-01 / MX-02 / SUP-01 left unsure', (file) => {
    const { assessments } = readExampleEngagement(file)
    const latest = assessments.at(-1)!
    const unsure = { ...latest, answers: { ...latest.answers } }
    for (const id of ['PH-01', 'MX-02', 'SUP-01']) if (unsure.answers[id]) unsure.answers[id] = { ...unsure.answers[id]!, unsure: true }
    let steps = 0
    for (const a of [...assessments, unsure]) {
      const result = scoredOf(a)
      let answers = a.answers
      for (const r of result.remediation) {
        const target = { choice: r.toPracticeOptionId!, ...(r.toContractOptionId ? { contractChoice: r.toContractOptionId } : {}) }
        answers = { ...answers, [r.questionId]: target }
        const full = scoredOf({ ...a, answers })
        expect(r.sufficiencyAfter, `${a.id} step ${r.step} (${r.questionId})`).toEqual({
          status: full.sufficiency.status,
          decisiveUnanswered: full.sufficiency.decisiveUnanswered
        })
        steps++
      }
    }
    expect(steps).toBeGreaterThan(0)
  })
})
