import { describe, expect, it } from 'vitest'
import { QuestionBankSchema } from '@shared/bank/bank-schema'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { bandFor } from '@shared/scoring/bands'
import { lowestRiskOption } from '@shared/scoring/bank-index'
import { scoreAssessment } from '@shared/scoring/score'
import { TEST_BANK } from './fixtures/test-bank'
import { line, score, section, type Answers } from './fixtures/scoring-helpers'

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
    id,
    label: id,
    risk,
    ...(amplify === undefined ? {} : { amplify }),
    ...(redFlag ? { redFlag } : {})
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
    expect(result.lines.map((l) => l.questionId)).toEqual(['SUP-01', 'SUP-02', 'HIR-01', 'HIR-02', 'INT-01', 'INT-02', 'INT-03'])
    expect(result.remediation).toEqual([])
    expect(result.topDrivers).toEqual([])
  })

  it('counts every applicable non-amplifier question in the denominator, visible or not', () => {
    const sections = score({}).sections.map((s) => [s.sectionId, s.maxPoints])
    expect(sections).toEqual([
      ['supervision', 44],
      ['people', 32],
      ['integration', 8],
      ['jurisdiction', 0]
    ])
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
      'SUP-01': 22.5,
      'SUP-02': 12,
      'SUP-03': 6,
      'HIR-01': 12.5,
      'HIR-02': 0,
      'INT-01': 0,
      'INT-02': 0,
      'INT-03': 2,
      'JUR-01': 0
    })
  })

  it('amplifies the control points overall: raw + 0.3 × raw × (100 − raw) / 100, raw = 100 × 55 / 127', () => {
    expect(result.amplification).toMatchObject({ total: 0.3, uncapped: 0.3, capped: false })
    expect(result.overall.points).toBe(55)
    expect(result.overall.maxPoints).toBe(127)
    const raw = (100 * 55) / 127
    expect(result.overall.rawScore).toBeCloseTo(raw, 10)
    expect(result.overall.score).toBeCloseTo(raw + (0.3 * raw * (100 - raw)) / 100, 10)
    expect(result.overall.rounded).toBe(50.7)
    expect(result.overall.band).toBe('high')
    expect(result.overall).toMatchObject({ decisiveFactors: 0, decisiveLift: 0, decidingProfileId: 'philippines' })
    expect(result.overall.answersScore).toBe(result.overall.score)
  })

  it('amplifies sections except the amplifiers’ own', () => {
    const amplified = (raw: number): number => raw + (0.3 * raw * (100 - raw)) / 100
    expect(section(result, 'supervision').score).toBeCloseTo(amplified((100 * 40.5) / 66), 10)
    expect(section(result, 'supervision').band).toBe('high')
    expect(section(result, 'people').score).toBeCloseTo(amplified((100 * 12.5) / 37), 10)
    expect(section(result, 'integration')).toMatchObject({ score: 25, band: 'moderate', amplified: false })
    expect(section(result, 'jurisdiction')).toMatchObject({ score: 0, band: 'low', maxPoints: 16, amplified: false })
    expect(section(result, 'supervision').amplified).toBe(true)
  })

  it('reports the contract-vs-practice gap without adding points', () => {
    expect(result.gaps).toEqual([
      {
        questionId: 'SUP-02',
        section: 'supervision',
        contractOptionId: 'vendor-directs',
        contractLabel: 'Label vendor-directs',
        contractRisk: 0,
        practiceOptionId: 'shared',
        practiceLabel: 'Label shared',
        practiceRisk: 2,
        difference: 2
      }
    ])
    expect(line(result, 'SUP-02').points).toBe(12)
  })

  it('ranks top drivers by points with their share', () => {
    expect(result.topDrivers.map((d) => [d.questionId, d.share])).toEqual([
      ['SUP-01', 22.5 / 55],
      ['HIR-01', 12.5 / 55],
      ['SUP-02', 12 / 55],
      ['SUP-03', 6 / 55],
      ['INT-03', 2 / 55]
    ])
  })

  it('orders remediation as steps, each measured after the earlier ones, and carries the bank’s advice', () => {
    const first = result.remediation[0]
    expect(first).toMatchObject({
      step: 1,
      questionId: 'SUP-01',
      fromPracticeOptionId: 'client-occasionally',
      toPracticeOptionId: 'vendor-only',
      practiceRemediation: 'Change "client-occasionally" so the vendor decides.',
      contractRemediation: null,
      liftsDecisive: false
    })
    expect(first?.scoreBefore).toBe(result.overall.score)
    // SUP-02 → vendor also hides SUP-03, so SUP-03 is no step of its own; with every control point gone,
    // the amplifiers INT-01 and INT-02 have nothing left to amplify and are left out, not shown as −0.0.
    expect(result.remediation.map((r) => r.questionId)).toEqual(['SUP-01', 'SUP-02', 'HIR-01', 'INT-03'])
    expect(result.remediation.map((r) => r.step)).toEqual([1, 2, 3, 4])
    result.remediation.forEach((r, i) => {
      expect(r.riskRemoved).toBeGreaterThan(0)
      if (i > 0) expect(r.scoreBefore).toBe(result.remediation[i - 1]?.newScore)
    })
    const last = result.remediation.at(-1)
    expect(last?.newScore).toBe(0)
    const removed = result.remediation.reduce((sum, r) => sum + r.riskRemoved, 0)
    expect(removed).toBeCloseTo(result.overall.score, 10)
    const sup02 = result.remediation.find((r) => r.questionId === 'SUP-02')
    expect(sup02).toMatchObject({ toContractOptionId: 'vendor-directs', fromContractOptionId: 'vendor-directs' })
  })

  it('with a red flag on HIR-01, lifts the knock-out first and shows the score without it', () => {
    const flagged = score({ ...WORKED_EXAMPLE, 'HIR-01': { choice: 'veto' } }, ['philippines'])
    const answers = flagged.overall.answersScore
    // One knock-out closes half the distance to 100 (the High bound is 50).
    expect(flagged.overall.score).toBeCloseTo(100 - (100 - answers) * 0.5, 10)
    expect(flagged.overall.rounded).toBe(80.3)
    expect(flagged.overall.band).toBe('critical')
    expect(flagged.remediation[0]).toMatchObject({
      step: 1,
      questionId: 'HIR-01',
      clearsRedFlag: true,
      liftsDecisive: true,
      newBand: 'moderate'
    })
    expect(flagged.remediation.slice(1).every((r) => !r.liftsDecisive && r.riskRemoved > 0)).toBe(true)
  })

  it('is covered and not provisional', () => {
    expect(result.coverage).toMatchObject({ visible: 9, covered: 9, answered: 9, ratio: 1 })
    expect(result.provisional).toBe(false)
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
    const raw = (100 * (12 + 8)) / 127
    const rawControl = (100 * 12) / 127
    expect(result.overall.score).toBeCloseTo(raw + (0.1 * rawControl * (100 - raw)) / 100, 10)
    const people = (100 * 12) / 37
    expect(section(result, 'people').score).toBeCloseTo(people + (0.1 * people * (100 - people)) / 100, 10)
  })

  it('reach 100 only when every point is at its maximum', () => {
    const answers: Answers = { 'HIR-02': { choice: 'client-sets' }, 'INT-01': { choice: 'over-three-years' } }
    const questions = TEST_BANK.questions.filter((q) => q.section !== 'supervision' && q.id !== 'HIR-01')
    const result = score(answers, [], 'annual', { ...TEST_BANK, questions })
    expect(section(result, 'people').score).toBe(100)
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
