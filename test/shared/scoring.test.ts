import { describe, expect, it } from 'vitest'
import { QuestionBankSchema } from '@shared/bank/bank-schema'
import type { QuestionBank } from '@shared/bank/bank-schema'
import type { AssessmentKind } from '@shared/bank/vocabulary'
import type { Answer } from '@shared/schemas/assessment'
import { bandFor } from '@shared/scoring/bands'
import { lowestRiskOption } from '@shared/scoring/bank-index'
import { scoreAssessment } from '@shared/scoring/score'
import type { ScoreResult } from '@shared/scoring/score-types'
import { TEST_BANK } from './fixtures/test-bank'

type Answers = Record<string, Answer>

function score(
  answers: Answers,
  profiles: readonly string[] = [],
  kind: AssessmentKind = 'annual',
  bank: QuestionBank = TEST_BANK
): ScoreResult {
  return scoreAssessment({ bank, profiles, kind, answers })
}

function section(result: ScoreResult, id: string) {
  const found = result.sections.find((s) => s.sectionId === id)
  if (!found) throw new Error(`no section ${id}`)
  return found
}

function line(result: ScoreResult, id: string) {
  const found = result.lines.find((l) => l.questionId === id)
  if (!found) throw new Error(`no line ${id}`)
  return found
}

/** Every visible question answered with its lowest-risk option (both sides). */
function lowestAnswers(bank: QuestionBank = TEST_BANK): Answers {
  const answers: Answers = {}
  for (const q of bank.questions) {
    answers[q.id] = q.contract
      ? { choice: lowestRiskOption(q.options, q.amplifier).id, contractChoice: lowestRiskOption(q.contract.options).id }
      : { choice: lowestRiskOption(q.options, q.amplifier).id }
  }
  return answers
}

// The worked example of docs/methodology.md (Philippines profile, annual review).
const WORKED_EXAMPLE: Answers = {
  'SUP-01': { choice: 'client-occasionally' },
  'SUP-02': { choice: 'shared', contractChoice: 'vendor-directs' },
  'SUP-03': { choice: 'sometimes-direct' },
  'HIR-01': { choice: 'request-with-reason' },
  'HIR-02': { choice: 'vendor' },
  'INT-01': { choice: 'over-three-years' },
  'INT-02': { choice: 'partly-co-located' },
  'INT-03': { choice: 'client-identity-marked' },
  'JUR-01': { choice: 'registered' }
}

describe('test bank fixture', () => {
  it('is a valid question bank', () => {
    expect(QuestionBankSchema.safeParse(TEST_BANK).success).toBe(true)
  })
})

describe('bandFor', () => {
  it('reads the band from ascending lower bounds, inclusive', () => {
    const rules = TEST_BANK.scoring
    expect(bandFor(0, rules)).toBe('low')
    expect(bandFor(24.9, rules)).toBe('low')
    expect(bandFor(25, rules)).toBe('moderate')
    expect(bandFor(49.99, rules)).toBe('moderate')
    expect(bandFor(50, rules)).toBe('high')
    expect(bandFor(75, rules)).toBe('critical')
    expect(bandFor(100, rules)).toBe('critical')
  })

  it('treats a score below every bound as low', () => {
    expect(bandFor(-1, TEST_BANK.scoring)).toBe('low')
  })
})

describe('lowestRiskOption', () => {
  const o = (id: string, risk: number, amplify?: number, redFlag?: boolean) => ({
    id, label: id, risk, ...(amplify === undefined ? {} : { amplify }), ...(redFlag ? { redFlag } : {})
  })

  it('picks the least risk, then no red flag, then the first in bank order', () => {
    expect(lowestRiskOption([o('a', 2), o('b', 1), o('c', 1)]).id).toBe('b')
    expect(lowestRiskOption([o('a', 0, 0, true), o('b', 0)]).id).toBe('b')
  })

  it('for an amplifier, picks the least amplification first', () => {
    const options = [o('short', 0, 0.2), o('long', 1, 0)]
    expect(lowestRiskOption(options).id).toBe('short')
    expect(lowestRiskOption(options, true).id).toBe('long')
  })
})

describe('scoreAssessment: applicability and denominators', () => {
  it('an empty assessment scores 0, is provisional and lists every visible question as unanswered', () => {
    const result = score({})
    expect(result.overall).toMatchObject({ score: 0, rounded: 0, band: 'low', points: 0, maxPoints: 84 })
    expect(result.provisional).toBe(true)
    expect(result.coverage).toMatchObject({ visible: 7, covered: 0, unanswered: 7, ratio: 0 })
    expect(result.lines.map((l) => l.questionId)).toEqual([
      'SUP-01', 'SUP-02', 'HIR-01', 'HIR-02', 'INT-01', 'INT-02', 'INT-03'
    ])
    expect(result.remediation).toEqual([])
    expect(result.topDrivers).toEqual([])
  })

  it('counts every applicable non-amplifier question in the denominator, visible or not', () => {
    const sections = score({}).sections.map((s) => [s.sectionId, s.maxPoints])
    expect(sections).toEqual([['supervision', 44], ['people', 32], ['integration', 8], ['jurisdiction', 0]])
  })

  it('asks structural questions only under their profile', () => {
    expect(score({}).lines.some((l) => l.questionId === 'JUR-01')).toBe(false)
    const ph = score({}, ['philippines'])
    expect(line(ph, 'JUR-01').maxPoints).toBe(16)
    expect(ph.lines.some((l) => l.questionId === 'JUR-02')).toBe(false)
  })

  it('drops questions not asked in the assessment kind', () => {
    const onboarding = score({}, [], 'onboarding')
    expect(onboarding.lines.some((l) => l.questionId === 'HIR-02')).toBe(false)
    expect(onboarding.overall.maxPoints).toBe(72)
  })

  it('applies the highest multiplier of the active profiles per dimension', () => {
    const answers: Answers = { 'SUP-01': { choice: 'client-account-level' }, 'HIR-02': { choice: 'client-sets' } }
    const both = score(answers, ['philippines', 'germany'])
    expect(line(both, 'SUP-01')).toMatchObject({ multiplier: 2, points: 10, maxPoints: 40 })
    expect(line(both, 'HIR-02')).toMatchObject({ multiplier: 1.5, points: 18, maxPoints: 18 })
    expect(line(both, 'HIR-01').multiplier).toBe(1.25)
    expect(line(both, 'INT-03').multiplier).toBe(1)
  })

  it('ignores profile ids the bank does not know and duplicates', () => {
    expect(score(WORKED_EXAMPLE, ['philippines', 'mars', 'philippines'])).toEqual(score(WORKED_EXAMPLE, ['philippines']))
  })
})

describe('scoreAssessment: the worked example of docs/methodology.md', () => {
  const result = score(WORKED_EXAMPLE, ['philippines'])

  it('scores each question as max(practice, contractWeight × contract) × weight × multiplier', () => {
    const points = Object.fromEntries(result.lines.map((l) => [l.questionId, l.points]))
    expect(points).toEqual({
      'SUP-01': 22.5, 'SUP-02': 12, 'SUP-03': 6, 'HIR-01': 12.5, 'HIR-02': 0,
      'INT-01': 0, 'INT-02': 0, 'INT-03': 2, 'JUR-01': 0
    })
  })

  it('amplifies the control points overall: 100 × 55 × 1.3 / 127', () => {
    expect(result.amplification).toMatchObject({ total: 0.3, uncapped: 0.3, capped: false })
    expect(result.overall.points).toBe(55)
    expect(result.overall.maxPoints).toBe(127)
    expect(result.overall.rawScore).toBeCloseTo((100 * 55) / 127, 10)
    expect(result.overall.score).toBeCloseTo((100 * 55 * 1.3) / 127, 10)
    expect(result.overall.rounded).toBe(56.3)
    expect(result.overall.band).toBe('high')
    expect(result.overall.redFlagFloorApplied).toBe(false)
  })

  it('amplifies sections except the amplifiers’ own', () => {
    expect(section(result, 'supervision').score).toBeCloseTo(Math.min(100, (100 * 40.5 * 1.3) / 66), 10)
    expect(section(result, 'supervision').band).toBe('critical')
    expect(section(result, 'people').score).toBeCloseTo((100 * 12.5 * 1.3) / 37, 10)
    expect(section(result, 'integration')).toMatchObject({ score: 25, band: 'moderate', amplified: false })
    expect(section(result, 'jurisdiction')).toMatchObject({ score: 0, band: 'low', maxPoints: 16, amplified: false })
    expect(section(result, 'supervision').amplified).toBe(true)
  })

  it('reports the contract-vs-practice gap without adding points', () => {
    expect(result.gaps).toEqual([
      {
        questionId: 'SUP-02', section: 'supervision',
        contractOptionId: 'vendor-directs', contractLabel: 'Label vendor-directs', contractRisk: 0,
        practiceOptionId: 'shared', practiceLabel: 'Label shared', practiceRisk: 2, difference: 2
      }
    ])
    expect(line(result, 'SUP-02').points).toBe(12)
  })

  it('ranks top drivers by points with their share', () => {
    expect(result.topDrivers.map((d) => [d.questionId, d.share])).toEqual([
      ['SUP-01', 22.5 / 55], ['HIR-01', 12.5 / 55], ['SUP-02', 12 / 55], ['SUP-03', 6 / 55], ['INT-03', 2 / 55]
    ])
  })

  it('ranks remediation by risk removed and carries the bank’s advice', () => {
    const first = result.remediation[0]
    expect(first).toMatchObject({
      questionId: 'SUP-01', fromPracticeOptionId: 'client-occasionally', toPracticeOptionId: 'vendor-only',
      practiceRemediation: 'Change "client-occasionally" so the vendor decides.', contractRemediation: null
    })
    expect(first?.riskRemoved).toBeCloseTo((100 * 22.5 * 1.3) / 127, 10)
    const ids = result.remediation.map((r) => r.questionId)
    // SUP-02 → vendor also hides SUP-03, removing both (12 + 6 points).
    expect(ids).toEqual(['SUP-01', 'SUP-02', 'HIR-01', 'INT-01', 'SUP-03', 'INT-02', 'INT-03'])
    const sup02 = result.remediation.find((r) => r.questionId === 'SUP-02')
    expect(sup02?.riskRemoved).toBeCloseTo((100 * 18 * 1.3) / 127, 10)
    expect(sup02).toMatchObject({ toContractOptionId: 'vendor-directs', fromContractOptionId: 'vendor-directs' })
  })

  it('with a red flag on HIR-01, ranks clearing it first and shows the floor holding other fixes', () => {
    const flagged = score({ ...WORKED_EXAMPLE, 'HIR-01': { choice: 'veto' } }, ['philippines'])
    expect(flagged.overall.rounded).toBe(69.1)
    expect(flagged.overall.band).toBe('high')
    expect(flagged.remediation[0]).toMatchObject({ questionId: 'HIR-01', clearsRedFlag: true, newBand: 'moderate' })
    expect(flagged.remediation[0]?.riskRemoved).toBeCloseTo((100 * 25 * 1.3) / 127, 10)
    expect(flagged.remediation.find((r) => r.questionId === 'SUP-01')).toMatchObject({
      newScore: 50, newBand: 'high', clearsRedFlag: false
    })
  })

  it('is covered and not provisional', () => {
    expect(result.coverage).toMatchObject({ visible: 9, covered: 9, answered: 9, ratio: 1 })
    expect(result.provisional).toBe(false)
  })
})

describe('scoreAssessment: red flags', () => {
  it('a practice red flag lifts the overall and its section to High', () => {
    const result = score({ 'SUP-01': { choice: 'client-routinely' } })
    expect(result.overall.amplifiedScore).toBeCloseTo((100 * 20) / 84, 10)
    expect(result.overall).toMatchObject({ score: 50, band: 'high', redFlagFloorApplied: true })
    expect(section(result, 'supervision')).toMatchObject({ score: 50, band: 'high', redFlagCount: 1 })
    expect(section(result, 'people')).toMatchObject({ score: 0, band: 'low', redFlagCount: 0 })
    expect(result.redFlags).toEqual([
      {
        questionId: 'SUP-01', section: 'supervision', side: 'practice',
        optionId: 'client-routinely', label: 'Label client-routinely', factors: ['F-SUPERVISION']
      }
    ])
  })

  it('a contract red flag counts on the contract side, at contract weight', () => {
    const result = score({ 'SUP-02': { choice: 'vendor', contractChoice: 'client-directs' } })
    expect(line(result, 'SUP-02')).toMatchObject({ combinedRisk: 2, points: 8, redFlag: true })
    expect(result.redFlags.map((f) => f.side)).toEqual(['contract'])
    expect(result.overall.band).toBe('high')
    expect(result.gaps).toEqual([])
  })

  it('does not lower a score already above the floor', () => {
    const answers: Answers = {
      'SUP-01': { choice: 'client-routinely' },
      'SUP-02': { choice: 'client', contractChoice: 'client-reserves' },
      'SUP-03': { choice: 'always-direct' },
      'HIR-01': { choice: 'veto' },
      'HIR-02': { choice: 'client-sets' }
    }
    const result = score(answers)
    expect(result.overall.score).toBeCloseTo((100 * (20 + 16 + 6 + 20 + 12)) / 84, 10)
    expect(result.overall.band).toBe('critical')
    expect(result.overall.redFlagFloorApplied).toBe(false)
  })

  it('a structural red flag under its profile puts the band at High', () => {
    const result = score({ 'JUR-01': { choice: 'not-registered' } }, ['philippines'])
    expect(result.overall.band).toBe('high')
    expect(section(result, 'jurisdiction')).toMatchObject({ score: 100, band: 'critical', redFlagCount: 1 })
  })

  it('remediation of a red flag reports that it clears it and the new band', () => {
    const result = score({ 'SUP-01': { choice: 'client-routinely' }, 'HIR-02': { choice: 'client-approves' } })
    const sup = result.remediation.find((r) => r.questionId === 'SUP-01')
    expect(sup).toMatchObject({ clearsRedFlag: true, remainingRedFlags: 0, newBand: 'low' })
    expect(sup?.newScore).toBeCloseTo((100 * 6) / 84, 10)
    expect(result.remediation[0]?.questionId).toBe('SUP-01')
  })
})

describe('scoreAssessment: follow-ups', () => {
  it('hides a follow-up, and ignores its stored answer, unless the parent reveals it', () => {
    const followUp = { 'SUP-03': { choice: 'always-direct' } }
    const hidden = score({ 'SUP-02': { choice: 'vendor', contractChoice: 'vendor-directs' }, ...followUp })
    expect(hidden.lines.some((l) => l.questionId === 'SUP-03')).toBe(false)
    expect(hidden.overall.points).toBe(0)
    const shown = score({ 'SUP-02': { choice: 'client', contractChoice: 'vendor-directs' }, ...followUp })
    expect(line(shown, 'SUP-03').points).toBe(6)
  })

  it('an N/A or unsure-without-choice parent reveals nothing', () => {
    const base = { 'SUP-03': { choice: 'always-direct' } }
    expect(score({ ...base, 'SUP-02': { unsure: true } }).lines.some((l) => l.questionId === 'SUP-03')).toBe(false)
    // SUP-02 does not allow N/A, so its choice still counts.
    const na = score({ ...base, 'SUP-02': { na: true, naReason: 'x', choice: 'client' } })
    expect(line(na, 'SUP-03').status).toBe('answered')
  })

  it('never shows a follow-up whose parent is missing or which loops back on itself', () => {
    const questions = TEST_BANK.questions.map((q) => {
      if (q.id === 'SUP-03') return { ...q, showIf: { question: 'ZZZ-01', anyOf: ['x'] } }
      if (q.id === 'HIR-01') return { ...q, showIf: { question: 'HIR-02', anyOf: ['client-sets'] } }
      if (q.id === 'HIR-02') return { ...q, showIf: { question: 'HIR-01', anyOf: ['veto'] } }
      return q
    })
    const broken: QuestionBank = { ...TEST_BANK, questions }
    const answers: Answers = {
      'HIR-01': { choice: 'veto' },
      'HIR-02': { choice: 'client-sets' },
      'SUP-03': { choice: 'always-direct' }
    }
    const result = score(answers, [], 'annual', broken)
    expect(result.lines.map((l) => l.questionId)).toEqual(['SUP-01', 'SUP-02', 'INT-01', 'INT-02', 'INT-03'])
    expect(result.overall.maxPoints).toBe(84)
  })
})

describe('scoreAssessment: amplifiers', () => {
  it('add nothing without control points', () => {
    const result = score({ 'INT-01': { choice: 'over-three-years' }, 'INT-02': { choice: 'fully-co-located' } })
    expect(result.overall.score).toBe(0)
    expect(result.amplification).toMatchObject({ total: 0.3, uncapped: 0.45, max: 0.3, capped: true })
    expect(result.amplification.contributors).toEqual([
      { questionId: 'INT-01', optionId: 'over-three-years', amplify: 0.2 },
      { questionId: 'INT-02', optionId: 'fully-co-located', amplify: 0.25 }
    ])
    expect(line(result, 'INT-01')).toMatchObject({ amplifier: true, points: 0, maxPoints: 0, amplify: 0.2 })
  })

  it('never lift structural points', () => {
    const answers: Answers = { 'JUR-01': { choice: 'pending' }, 'INT-01': { choice: 'over-three-years' } }
    const result = score(answers, ['philippines'])
    expect(result.overall.score).toBeCloseTo((100 * 8) / 127, 10)
    expect(section(result, 'jurisdiction').score).toBe(50)
  })

  it('lift control points only, next to unamplified structural points', () => {
    const answers: Answers = {
      'JUR-01': { choice: 'pending' },
      'HIR-02': { choice: 'client-sets' },
      'INT-01': { choice: 'one-to-three-years' }
    }
    const result = score(answers, ['philippines'])
    expect(result.overall.score).toBeCloseTo((100 * (12 * 1.1 + 8)) / 127, 10)
    expect(section(result, 'people').score).toBeCloseTo((100 * 12 * 1.1) / 37, 10)
  })

  it('cap each score at 100', () => {
    const answers: Answers = { 'HIR-02': { choice: 'client-sets' }, 'INT-01': { choice: 'over-three-years' } }
    const questions = TEST_BANK.questions.filter((q) => q.section !== 'supervision' && q.id !== 'HIR-01')
    const result = score(answers, [], 'annual', { ...TEST_BANK, questions })
    expect(section(result, 'people').score).toBe(100)
  })
})

describe('scoreAssessment: answer states and coverage', () => {
  it('N/A with a reason scores nothing and counts as covered', () => {
    const result = score({ 'HIR-01': { na: true, naReason: 'No removal clause applies', choice: 'veto' } })
    expect(line(result, 'HIR-01')).toMatchObject({ status: 'na', points: 0, practiceOptionId: null })
    expect(result.redFlags).toEqual([])
    expect(result.coverage).toMatchObject({ na: 1, covered: 1 })
  })

  it('N/A without a reason, or where N/A is not allowed, is not N/A', () => {
    expect(line(score({ 'HIR-01': { na: true, naReason: '  ' } }), 'HIR-01').status).toBe('unanswered')
    const notAllowed = score({ 'SUP-01': { na: true, naReason: 'x', choice: 'client-occasionally' } })
    expect(line(notAllowed, 'SUP-01')).toMatchObject({ status: 'answered', points: 15 })
  })

  it('an unsure answer is scored on its choice but not covered', () => {
    const result = score({ 'HIR-02': { choice: 'client-sets', unsure: true } })
    expect(line(result, 'HIR-02')).toMatchObject({ status: 'unsure', points: 12 })
    expect(result.coverage).toMatchObject({ unsure: 1, covered: 0 })
  })

  it('a one-sided contract-and-practice answer is scored but partial', () => {
    const result = score({ 'SUP-02': { contractChoice: 'client-reserves' } })
    expect(line(result, 'SUP-02')).toMatchObject({ status: 'partial', combinedRisk: 1.5, points: 6, practiceRisk: null })
    expect(result.coverage).toMatchObject({ partial: 1, covered: 0 })
  })

  it('an option id the bank does not know is treated as no answer', () => {
    const result = score({ 'SUP-01': { choice: 'made-up' } })
    expect(line(result, 'SUP-01')).toMatchObject({ status: 'unanswered', points: 0 })
  })

  it('counts carried answers that were not re-confirmed', () => {
    const answers = lowestAnswers()
    answers['SUP-01'] = { choice: 'vendor-only', carried: true }
    answers['HIR-01'] = { choice: 'no', carried: true }
    answers['JUR-02'] = { choice: 'genuine-service', carried: true } // not visible without Germany
    const result = score(answers)
    expect(result.coverage).toMatchObject({ visible: 7, answered: 7, carriedUnconfirmed: 2, ratio: 1 })
  })

  it('marks the result provisional below the coverage threshold', () => {
    const answers = lowestAnswers()
    delete answers['INT-03']
    expect(score(answers).coverage.ratio).toBeCloseTo(6 / 7, 10)
    expect(score(answers).provisional).toBe(false)
    delete answers['INT-02']
    expect(score(answers).provisional).toBe(true)
  })

  it('all lowest-risk answers score 0 with full coverage', () => {
    const result = score(lowestAnswers(), ['philippines', 'germany'])
    expect(result.overall).toMatchObject({ score: 0, band: 'low' })
    expect(result.coverage.ratio).toBe(1)
    expect(result.remediation).toEqual([])
  })
})

describe('scoreAssessment: purity', () => {
  it('does not modify its input and gives a deep-equal result each time', () => {
    const answers = structuredClone(WORKED_EXAMPLE)
    const frozen = Object.freeze(structuredClone(answers))
    const first = score(frozen, ['philippines'])
    expect(score(frozen, ['philippines'])).toEqual(first)
    const copiedBank = structuredClone(TEST_BANK)
    expect(scoreAssessment({ bank: copiedBank, profiles: ['philippines'], kind: 'annual', answers })).toEqual(first)
    expect(answers).toEqual(WORKED_EXAMPLE)
  })
})
