import { describe, expect, test } from 'vitest'
import { CORE_BANK } from '@shared/bank/core-bank'
import { buildReportModel } from '@shared/report/report-model'
import { FIXED_FACT_EFFECT } from '@shared/report/findings-model'
import type { Answer } from '@shared/schemas/assessment'
import { scoreAssessment } from '@shared/scoring/score'
import { exampleReportInput } from '../helpers/example-report'
import { lowestAnswers } from './fixtures/scoring-helpers'

/* Bank 2026.7: employment counsel's open points (issue 11). Each test fails if its fix is undone. */

const SAFE = lowestAnswers(CORE_BANK)

function scored(profile: string, extra: Record<string, Answer>) {
  return scoreAssessment({ bank: CORE_BANK, profiles: [profile], kind: 'annual', answers: { ...SAFE, ...extra } })
}
const rulesOf = (r: ReturnType<typeof scored>) => r.decisive.map((d) => d.ruleId)

const DISCIPLINE: Record<string, Answer> = { 'HIR-04': { choice: 'client-decides', contractChoice: 'client-directs' } }
const APPOINTMENT: Record<string, Answer> = { 'HIR-01': { choice: 'client-interviews', contractChoice: 'client-approval' } }

describe('India: discipline you decide shows, with appointment, the control of Balwant Rai Saluja', () => {
  test('appointment and discipline you decide meet the sham-control test: Critical, naming both answers', () => {
    const r = scored('india', { ...APPOINTMENT, ...DISCIPLINE, 'CON-01': { choice: 'headcount-supply' } })
    const finding = r.decisive.find((d) => d.ruleId === 'in-sham-control')
    expect(finding?.questionIds).toEqual(['HIR-01', 'HIR-04'])
    // two of Balwant Rai Saluja's marks, said as marks a court may find a sham on, not as complete control found
    expect(finding?.verdict).toMatch(
      /you hold two marks of effective and absolute control, appointment and dismissal or disciplinary action/
    )
    expect(r.overall.band).toBe('critical')
  })

  test('appointment and removal still meet it, as before', () => {
    expect(rulesOf(scored('india', { ...APPOINTMENT, 'HIR-02': { choice: 'client-removes' } }))).toContain('in-sham-control')
  })

  test('discipline without appointment is not the test, even with a headcount contract and routine supervision', () => {
    const r = scored('india', { ...DISCIPLINE, 'CON-01': { choice: 'headcount-supply' }, 'SUP-01': { choice: 'direct-routine' } })
    expect(rulesOf(r)).not.toContain('in-sham-control')
    expect(r.overall.band).not.toBe('critical')
  })

  test('saying what consequence an agent should get leaves the decision with the contractor', () => {
    expect(rulesOf(scored('india', { ...APPOINTMENT, 'HIR-04': { choice: 'client-input' } }))).not.toContain('in-sham-control')
  })
})

describe('PAY-04: paying the wages is not the same fact as an occasional prize', () => {
  const option = (id: string) => CORE_BANK.questions.find((q) => q.id === 'PAY-04')?.options.find((o) => o.id === id)

  test('wages or a regular part of the pay: risk 4 and a knock-out; an occasional prize: risk 3, evidence only', () => {
    expect(option('client-payroll')).toMatchObject({ risk: 4, redFlag: true })
    expect(option('client-payroll')?.label).toMatch(/a regular part of their pay/)
    expect(option('occasional-awards')).toMatchObject({ risk: 3 })
    expect(option('occasional-awards')?.redFlag).toBeUndefined()
    expect(option('top-ups')).toBeUndefined()
  })

  test("India's sham-pay test fires on the wages, not on a prize", () => {
    expect(rulesOf(scored('india', { 'PAY-04': { choice: 'client-payroll' } }))).toContain('in-sham-pay')
    const prize = scored('india', { 'PAY-04': { choice: 'occasional-awards' } })
    expect(rulesOf(prize)).toEqual([])
    expect(prize.redFlags).toEqual([])
    expect(prize.lines.find((l) => l.questionId === 'PAY-04')?.points).toBeGreaterThan(0)
  })

  test('the UK rule for individuals labelled self-employed reads wages paid, not a prize', () => {
    const freelancers = { 'CON-05': { choice: 'freelancers' }, 'HIR-02': { choice: 'client-removes' } }
    expect(rulesOf(scored('united-kingdom', { ...freelancers, 'PAY-04': { choice: 'client-payroll' } }))).toContain(
      'uk-self-employed-label'
    )
    expect(rulesOf(scored('united-kingdom', { ...freelancers, 'PAY-04': { choice: 'occasional-awards' } }))).not.toContain(
      'uk-self-employed-label'
    )
  })
})

describe('UK: wages you pay are the wage-work bargain an implied contract rests on', () => {
  test('client payroll alone fires the implied-contract rule (High), never the clear "no implied contract" verdict', () => {
    const r = scored('united-kingdom', { 'PAY-04': { choice: 'client-payroll' } })
    expect(rulesOf(r)).toContain('uk-implied-contract')
    expect(r.overall.band).toBe('high')
    const prize = scored('united-kingdom', { 'PAY-04': { choice: 'occasional-awards' } })
    expect(rulesOf(prize)).toEqual([])
    expect(prize.overall.band).toBe('low')
  })
})

describe('India: the profile names discipline among the marks it weighs', () => {
  test('its test, clear verdict and advice say discipline; the discipline factor cites Balwant Rai Saluja', () => {
    const india = CORE_BANK.profiles.find((p) => p.id === 'india')!
    expect(india.test).toMatch(/appointment, pay, dismissal and discipline/)
    expect(india.clearVerdict).toMatch(/No sham-contract test is met/)
    expect(india.localAdvice[0]).toMatch(/Appointment, pay, dismissal and discipline/)
    expect(CORE_BANK.factors.find((f) => f.id === 'F-DISCIPLINE')?.sources).toContain('S-IN-BALWANT-RAI-2014')
  })
})

describe('PH-03: how the work relates to your main business is a fact no action changes', () => {
  const input = exampleReportInput('philippines-unregistered-vendor.json')
  const model = buildReportModel(input)

  test('the example answers PH-03 "related", which scores, but the action plan proposes no change to it', () => {
    expect(input.result.lines.find((l) => l.questionId === 'PH-03')?.points).toBeGreaterThan(0)
    expect(input.result.remediation.map((r) => r.questionId)).not.toContain('PH-03')
    expect(model.actions.map((a) => a.questionId)).not.toContain('PH-03')
  })

  test('its finding says why it is no step and points to what the law leaves open instead', () => {
    const finding = model.findings.find((f) => f.questionId === 'PH-03')
    expect(finding?.effect).toBe(FIXED_FACT_EFFECT)
    expect(finding?.recommendation.join(' ')).toMatch(/not something an action changes/)
    expect(finding?.recommendation.join(' ')).toMatch(/hiring the agents as your own employees/)
  })

  test('the plan still lifts the capital gate through the vendor (PH-02), the change the engagement can make', () => {
    const thin = exampleReportInput('philippines-unregistered-vendor.json', {
      assessment: (a) => ({ ...a, answers: { ...a.answers, 'PH-02': { choice: 'thin' } } })
    }).result
    expect(thin.decisive.map((d) => d.ruleId)).toContain('ph-loc-capital')
    const lifting = thin.remediation.filter((r) => r.clearsRules.includes('ph-loc-capital')).map((r) => r.questionId)
    expect(lifting).toEqual(['PH-02'])
  })
})
