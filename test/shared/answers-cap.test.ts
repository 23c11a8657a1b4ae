import { describe, expect, it } from 'vitest'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { findBank } from '@shared/bank/bank-registry'
import { CORE_BANK } from '@shared/bank/core-bank'
import { scoreExplanation } from '@shared/report/explanation-model'
import { topOfBand } from '@shared/scoring/bands'
import { scoreAssessment } from '@shared/scoring/score'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import type { Answer } from '@shared/schemas/assessment'
import { riskiestWithoutOwnTest } from '../helpers/riskiest-answers'

const BANK_2026_4 = findBank(BUILTIN_BANKS, { id: 'armslength-core', version: '2026.4' }) as QuestionBank

function scored(bank: QuestionBank, profileId: string, answers: Record<string, Answer>) {
  return scoreAssessment({ bank, profiles: [profileId], kind: 'annual', answers })
}

describe("answers alone stop at High under a law that finds employment only on its own test (bank 2026.5, counsel's review)", () => {
  it.each(['united-kingdom', 'india'])(
    '%s: control points that alone reach Critical are held at 74.9 (High) while no rule of its own fires',
    (id) => {
      const answers = riskiestWithoutOwnTest(CORE_BANK, id)
      const result = scored(CORE_BANK, id, answers)
      const verdict = result.verdicts[0]!
      // the premise: the answers alone are Critical, and no employment rule of this law fired
      expect(result.overall.answersScore).toBeGreaterThanOrEqual(75)
      expect(verdict.findings.filter((f) => f.nature === 'employment')).toEqual([])
      expect(result.overall).toMatchObject({ score: 74.9, rounded: 74.9, band: 'high', answersCapped: true })
      expect(verdict).toMatchObject({ band: 'high', rounded: 74.9 })
      // the same answers under 2026.4, which has no cap, are Critical: old results do not change
      const old = scored(BANK_2026_4, id, answers)
      expect(old.overall).toMatchObject({ band: 'critical', answersCapped: false })
      expect(old.overall.score).toBe(old.overall.answersScore)
    }
  )

  it("the cap is lifted once the law's own test is met: the UK implied contract lifts the same answers to Critical", () => {
    const answers = {
      ...riskiestWithoutOwnTest(CORE_BANK, 'united-kingdom'),
      'SUP-01': { choice: 'direct-routine' },
      'HIR-02': { choice: 'client-removes' },
      'PAY-01': { choice: 'client-approves-pay' }
    }
    const result = scored(CORE_BANK, 'united-kingdom', answers)
    expect(result.verdicts[0]!.findings.map((f) => f.ruleId)).toContain('uk-implied-contract')
    expect(result.overall).toMatchObject({ band: 'critical', answersCapped: false })
    expect(result.overall.score).toBeGreaterThan(result.overall.answersScore)
  })

  it.each([
    ['no contractor licence', 'IN-01', 'missing', 'in-no-licence'],
    ['a core activity with no exception', 'IN-02', 'core-no-exception', 'in-core-activity']
  ])(
    'India: %s is penal, not absorption (Steel Authority of India, 2001): it sets High but keeps the cap',
    (_, question, choice, ruleId) => {
      const answers = { ...riskiestWithoutOwnTest(CORE_BANK, 'india'), [question]: { choice } }
      const result = scored(CORE_BANK, 'india', answers)
      expect(result.verdicts[0]!.findings.map((f) => f.ruleId)).toEqual([ruleId])
      expect(result.overall).toMatchObject({ score: 74.9, band: 'high', answersCapped: true })
      // with the sham test met as well, the cap goes
      const sham = scored(CORE_BANK, 'india', { ...answers, 'IN-03': { choice: 'client-pays' } })
      expect(sham.overall).toMatchObject({ band: 'critical', answersCapped: false })
    }
  )

  it('a law without the cap is untouched: the same kind of answers under the Philippines reach Critical', () => {
    const answers = riskiestWithoutOwnTest(CORE_BANK, 'philippines')
    const result = scored(CORE_BANK, 'philippines', answers)
    expect(result.overall).toMatchObject({ band: 'critical', answersCapped: false })
  })

  it('under the cap the action plan still lists the steps, in order, and they add up to the start score minus the end', () => {
    const result = scored(CORE_BANK, 'united-kingdom', riskiestWithoutOwnTest(CORE_BANK, 'united-kingdom'))
    const plan = result.remediation
    // without the answers-score tiebreak every early step removed 0.0 and was dropped as moot: no plan at all
    expect(plan.length).toBeGreaterThan(10)
    expect(plan[0]?.scoreBefore).toBe(74.9)
    const removed = plan.reduce((sum, step) => sum + step.riskRemoved, 0)
    expect(removed).toBeCloseTo(74.9 - (plan.at(-1)?.newScore ?? 0), 9)
    expect(plan.at(-1)?.newScore).toBeLessThan(1)
    for (const step of plan) expect(step.riskRemoved).toBeGreaterThanOrEqual(0)
  })

  it('a custom bank whose answers sit far above its cap still gets every step of the action plan, none dropped as moot', () => {
    // Critical from 40 puts the cap at 39.9, far below what the answers alone score, so no single change leaves the cap
    const bank: QuestionBank = {
      ...CORE_BANK,
      id: 'custom-low-bounds',
      scoring: {
        ...CORE_BANK.scoring,
        bands: [
          { band: 'low', min: 0 },
          { band: 'moderate', min: 20 },
          { band: 'high', min: 30 },
          { band: 'critical', min: 40 }
        ]
      }
    }
    const result = scored(bank, 'united-kingdom', riskiestWithoutOwnTest(bank, 'united-kingdom'))
    expect(result.overall).toMatchObject({ score: 39.9, band: 'high', answersCapped: true })
    const points = result.remediation.filter((s) => !s.decisivePhase)
    // before the answers-score measure every change removed 0.0 at the cap and was dropped as moot: no points phase
    expect(points.length).toBeGreaterThan(10)
    expect(points[0]).toMatchObject({ scoreBefore: 39.9, riskRemoved: 0 })
    const plan = result.remediation
    expect(plan.reduce((sum, step) => sum + step.riskRemoved, 0)).toBeCloseTo(39.9 - (plan.at(-1)?.newScore ?? 0), 9)
    expect(plan.at(-1)?.newScore).toBeLessThan(1)
  })

  it('the report says why the score is below the answers alone', () => {
    const result = scored(CORE_BANK, 'india', riskiestWithoutOwnTest(CORE_BANK, 'india'))
    // the law's own test is left unanswered here, so the held band is provisional: answering it could raise it
    expect(result.sufficiency.decisiveUnanswered.length).toBeGreaterThan(0)
    expect(scoreExplanation(result)[1]).toBe(
      'Under the law of India the answers alone do not decide employment: that law finds it only on its own test, which ' +
        'none of its employment tests finds met, so the overall score is held at 74.9 (High, provisional), the top of the High band.'
    )
  })

  it('the top of a band is one tenth below the next bound, as shown to one decimal', () => {
    expect(topOfBand('high', CORE_BANK.scoring)).toBe(74.9)
    expect(topOfBand('critical', CORE_BANK.scoring)).toBe(100)
  })
})

describe('verdict wording (bank 2026.5)', () => {
  it('the UK clear verdict points to no exposure: it is given only where none fired', () => {
    const uk = CORE_BANK.profiles.find((p) => p.id === 'united-kingdom')
    expect(uk?.clearVerdict).toBe('No implied contract of employment with you is necessary to explain these facts.')
    const result = scored(CORE_BANK, 'united-kingdom', { 'SUP-01': { choice: 'vendor-only' } })
    expect(result.verdicts[0]?.findings).toEqual([])
    expect(result.verdicts[0]?.verdict).not.toMatch(/exposure/i)
  })

  it('no clear verdict in the bank refers the reader to findings listed elsewhere', () => {
    for (const p of CORE_BANK.profiles) expect(p.clearVerdict ?? '', p.id).not.toMatch(/\blisted\b|\bsee\b/i)
  })

  it('the Philippine registration rule says it is a rebuttable presumption, and on what', () => {
    const result = scored(CORE_BANK, 'philippines', { 'PH-01': { choice: 'unregistered' } })
    const verdict = result.verdicts[0]!.verdict
    expect(verdict).toMatch(/^A presumption, not a finding:/)
    // since 2026.6 the rule fires only while the rebuttal is not on record (ph-unregistered's `unless`), and says so
    expect(verdict).toMatch(
      /Your answers do not record its rebuttal: PHP 5 million capital with its own premises and equipment \(PH-02\) and its own control \(PH-05\)/
    )
    // Circular 01-17 is scope (D.O. 174 does not apply), not a way of rebutting the presumption (counsel review)
    expect(verdict).toMatch(/A service Circular 01-17 covers is outside D\.O\. 174\.$/)
    expect(verdict).not.toMatch(/rebut[^.]*Circular/)
    expect(result.verdicts[0]!.findings[0]?.sources).toContain('S-PH-DC-01-2017')
  })
})

describe("California's wage-order definition of employ (Martinez v. Combs; bank 2026.5)", () => {
  const ca = (answers: Record<string, Answer>, bank: QuestionBank = CORE_BANK) =>
    scoreAssessment({ bank, profiles: ['us-california'], kind: 'annual', answers }).verdicts[0]!

  const inCalifornia = { 'CA-01': { choice: 'on-site-verified' } }

  it.each([
    ['control over pay', 'PAY-01', 'client-approves-pay'],
    ['control over hours', 'SCH-01', 'client-sets']
  ])('%s (%s) of agents working at your California premises is employment under the wage orders, at Critical', (_, question, choice) => {
    const verdict = ca({ ...inCalifornia, [question]: { choice } })
    expect(verdict.findings.map((f) => f.ruleId)).toContain('ca-wage-order-employ')
    expect(verdict.verdict).toMatch(/^Employer for minimum-wage and overtime claims \(Labor Code § 1194\)/)
    expect(verdict.verdict).toMatch(/on its first limb/)
    expect(verdict.verdict).toMatch(/Other Labor Code claims may use the common-law test instead \(Futrell v\. Payday California\)/)
    expect(verdict.verdict).not.toMatch(/stop them working/)
    expect(verdict.band).toBe('critical')
  })

  it('the wage orders reach only work done in California: the same control of agents who work elsewhere fires nothing', () => {
    // counsel's ca-offshore case: agents at the vendor's sites abroad, the client approving pay and setting hours
    const offshore = {
      'CA-01': { choice: 'not-on-site' },
      'PAY-01': { choice: 'client-approves-pay' },
      'SCH-01': { choice: 'client-sets' }
    }
    expect(ca(offshore).findings.map((f) => f.ruleId)).not.toContain('ca-wage-order-employ')
    expect(ca({ 'PAY-01': { choice: 'client-approves-pay' } }).findings.map((f) => f.ruleId)).not.toContain('ca-wage-order-employ')
  })

  it('a removal request is not "suffer or permit", and top-ups (prizes included) are not control over pay', () => {
    const cases: Record<string, Answer>[] = [{ 'HIR-02': { choice: 'client-removes' } }, { 'PAY-04': { choice: 'top-ups' } }]
    for (const answers of cases) {
      expect(ca({ ...inCalifornia, ...answers }).findings.map((f) => f.ruleId)).not.toContain('ca-wage-order-employ')
    }
  })

  it('the clear verdict names the wage-order test too', () => {
    const california = CORE_BANK.profiles.find((p) => p.id === 'us-california')
    expect(california?.clearVerdict).toMatch(/the wage orders' test of who employs agents working in California/)
  })

  it("Martinez's own facts — the grower hires, pays, schedules and fires; the buyer checks quality — fire nothing", () => {
    const verdict = ca({
      'HIR-01': { choice: 'vendor-selects' },
      'HIR-02': { choice: 'vendor-decides' },
      'PAY-01': { choice: 'vendor' },
      'SCH-01': { choice: 'vendor-to-coverage' },
      'SUP-01': { choice: 'via-vendor-lead' }
    })
    expect(verdict.findings).toEqual([])
  })

  it('2026.4 has no such rule: a result pinned to it keeps the band it had', () => {
    const verdict = ca({ 'PAY-01': { choice: 'client-approves-pay' } }, BANK_2026_4)
    expect(verdict.findings.map((f) => f.ruleId)).not.toContain('ca-wage-order-employ')
    expect(verdict.band).toBe('high')
  })
})

describe('BR-02 "safety not checked" is a known answer (counsel review of bank 2026.5)', () => {
  it("counts as answered, not unsure: the safety duty is the client's own obligation, not a test of employment", () => {
    const answers = { 'BR-02': { choice: 'safety-unchecked' } }
    const now = scoreAssessment({ bank: CORE_BANK, profiles: ['brazil'], kind: 'annual', answers })
    const line = now.lines.find((l) => l.questionId === 'BR-02')
    expect(line?.status).toBe('answered')
    expect(now.sufficiency.decisiveUnanswered).not.toContain('BR-02')
    expect(now.verdicts[0]?.openDecisive ?? []).not.toContain('BR-02')
  })
})
