import { describe, expect, it } from 'vitest'
import { liftScore, liftRemaining } from '@shared/scoring/bands'
import { RULES_BANK, RULES_BANK_SHARED_FACTS } from './fixtures/test-bank-rules'
import { score, section, type Answers } from './fixtures/scoring-helpers'
import { TEST_BANK } from './fixtures/test-bank'

const remaining = liftRemaining(TEST_BANK.scoring)

describe('decisive factors lift the score; there is no flat floor', () => {
  it('one knock-out closes half the distance to 100 (the High bound): the answers alone and the lift are both shown', () => {
    const result = score({ 'SUP-01': { choice: 'client-routinely' } })
    const answers = (100 * 20) / 84
    expect(result.overall.answersScore).toBeCloseTo(answers, 10)
    expect(result.overall.score).toBeCloseTo(100 - (100 - answers) * 0.5, 10)
    expect(result.overall).toMatchObject({ band: 'high', decisiveFactors: 1, redFlagFloorApplied: false, decidingProfileId: null })
    expect(result.overall.decisiveLift).toBeCloseTo(result.overall.score - answers, 10)
    const supervision = section(result, 'supervision')
    expect(supervision.score).toBeCloseTo(100 - (100 - (100 * 20) / 44) * 0.5, 10)
    expect(supervision).toMatchObject({ band: 'high', redFlagCount: 1 })
    expect(section(result, 'people')).toMatchObject({ score: 0, band: 'low', redFlagCount: 0 })
    expect(result.redFlags).toEqual([
      {
        questionId: 'SUP-01',
        section: 'supervision',
        side: 'practice',
        optionId: 'client-routinely',
        label: 'Label client-routinely',
        factors: ['F-SUPERVISION']
      }
    ])
  })

  it('from nothing, one, two and three High factors land on 50, 75 and 87.5: every count scores differently', () => {
    expect([1, 2, 3].map((n) => liftScore(0, new Array(n).fill('high'), remaining))).toEqual([50, 75, 87.5])
    expect(liftScore(0, ['critical'], remaining)).toBe(75)
    expect(liftScore(0, ['moderate'], remaining)).toBe(25)
  })

  it('each further knock-out raises the score, past Critical', () => {
    const one = score({ 'SUP-01': { choice: 'client-routinely' } })
    const two = score({ 'SUP-01': { choice: 'client-routinely' }, 'HIR-01': { choice: 'veto' } })
    const three = score({
      'SUP-01': { choice: 'client-routinely' },
      'HIR-01': { choice: 'veto' },
      'INT-03': { choice: 'client-identity-unmarked' }
    })
    expect(two.overall.score).toBeGreaterThan(one.overall.score)
    expect(three.overall.score).toBeGreaterThan(two.overall.score)
    expect([one, two, three].map((r) => r.overall.band)).toEqual(['high', 'critical', 'critical'])
    expect(three.overall.decisiveFactors).toBe(3)
  })

  it('a contract red flag counts on the contract side, at contract weight', () => {
    const result = score({ 'SUP-02': { choice: 'vendor', contractChoice: 'client-directs' } })
    expect(result.lines.find((l) => l.questionId === 'SUP-02')).toMatchObject({ combinedRisk: 2, points: 8, redFlag: true })
    expect(result.redFlags.map((f) => f.side)).toEqual(['contract'])
    expect(result.overall.band).toBe('high')
    expect(result.gaps).toEqual([])
  })

  it('a structural red flag under its profile puts the band at High', () => {
    const result = score({ 'JUR-01': { choice: 'not-registered' } }, ['philippines'])
    expect(result.overall.band).toBe('high')
    expect(section(result, 'jurisdiction')).toMatchObject({ score: 100, band: 'critical', redFlagCount: 1 })
  })

  it('an old bank without rules, law-as-at or verdict texts still scores, under general wording', () => {
    const result = score({ 'HIR-01': { choice: 'veto' } }, ['philippines'])
    expect(result.verdicts).toHaveLength(1)
    expect(result.verdicts[0]).toMatchObject({ profileId: 'philippines', lawAsAt: null, test: null, band: 'high', knockOutsDecisive: true })
    expect(result.decisive).toEqual([])
  })
})

describe('each law its own test: rules, gates, verdicts', () => {
  it('a gate decides on its own: Critical under its law, in that law’s words', () => {
    const result = score({ 'JUR-01': { choice: 'not-registered' } }, ['philippines'], 'annual', RULES_BANK)
    expect(result.overall.band).toBe('critical')
    // The unregistered contractor is one fact: the gate (Critical) counts it, the knock-out is not added again.
    expect(result.overall.decisiveFactors).toBe(1)
    expect(result.overall.score).toBeCloseTo(100 - (100 - result.overall.answersScore) * remaining.critical, 10)
    const [verdict] = result.verdicts
    expect(verdict).toMatchObject({
      profileId: 'philippines',
      lawAsAt: '2025-11-30',
      band: 'critical',
      verdict: 'Labour-only contracting: you would be the direct employer.'
    })
    expect(result.decisive.map((f) => [f.ruleId, f.kind, f.nature, f.band, f.questionIds])).toEqual([
      ['ph-loc-unregistered', 'gate', 'employment', 'critical', ['JUR-01']]
    ])
  })

  it('a general rule decides wherever knock-outs decide, and with no profile', () => {
    const answers: Answers = { 'HIR-02': { choice: 'client-sets' } }
    const general = score(answers, [], 'annual', RULES_BANK)
    expect(general.overall.band).toBe('high')
    expect(general.verdicts[0]).toMatchObject({
      profileId: null,
      verdict: 'You set individual schedules: decisive under general principles.'
    })
    expect(score(answers, [], 'annual', TEST_BANK).overall.band).toBe('low')
  })

  it('where a law treats knock-outs as evidence only, they decide nothing alone there; its own rules do', () => {
    const knockOut: Answers = { 'HIR-01': { choice: 'veto' }, 'HIR-02': { choice: 'client-sets' } }
    const evidence = score(knockOut, ['germany'], 'annual', RULES_BANK)
    expect(evidence.overall).toMatchObject({ decisiveFactors: 0, decisiveLift: 0 })
    expect(evidence.verdicts[0]).toMatchObject({ knockOutsDecisive: false, band: 'moderate' })
    // A Moderate result never reads as the law's clear verdict.
    expect(evidence.verdicts[0]?.verdict).toBe(
      'No single answer decides the relationship under the law of Germany, but the control signals add up: remediate before they do.'
    )
    // One clean answer is too little for the law's clear verdict (the clear wording needs sufficient information).
    expect(score({ 'HIR-01': { choice: 'no' } }, ['germany'], 'annual', RULES_BANK).verdicts[0]?.verdict).toMatch(
      /^Insufficient information for a verdict under the law of Germany/
    )
    const both = score(knockOut, ['philippines', 'germany'], 'annual', RULES_BANK)
    // The engagement answers to both laws; the one giving the higher score decides.
    expect(both.overall.decidingProfileId).toBe('philippines')
    expect(both.overall.score).toBe(Math.max(...both.verdicts.map((v) => v.score)))
    const leasing = score({ 'JUR-02': { choice: 'undisclosed-leasing' } }, ['germany'], 'annual', RULES_BANK)
    expect(leasing.overall.band).toBe('critical')
    expect(leasing.verdicts[0]?.verdict).toBe('Deemed employment relationship under the AÜG.')
  })

  it('an exposure is a finding of its own and lifts nothing', () => {
    const answers: Answers = { 'SUP-02': { choice: 'client', contractChoice: 'vendor-directs' } }
    const result = score(answers, ['germany'], 'annual', RULES_BANK)
    expect(result.decisive.map((f) => [f.ruleId, f.nature])).toEqual([['de-person-instructions', 'exposure']])
    expect(result.overall.decisiveLift).toBe(0)
    // one answer is too little for a verdict on employment; the exposure is still listed as fired under the law
    expect(result.verdicts[0]?.verdict).toMatch(/^Insufficient information for a verdict/)
    expect(result.verdicts[0]?.findings.map((f) => f.verdict)).toEqual(['Leasing exposure of its own.'])
  })

  it('a finding cites only authorities of the applied laws', () => {
    const result = score({ 'JUR-01': { choice: 'not-registered' } }, ['philippines'], 'annual', RULES_BANK)
    expect(result.decisive[0]?.sources).toEqual(['S-PH-DO174-2017'])
  })
})

describe('one fact raises the result once (issue 11, weakness 2)', () => {
  it('a knock-out answer that a fired rule turns on is counted by the rule, not again beside it', () => {
    const gate = score({ 'JUR-01': { choice: 'not-registered' } }, ['philippines'], 'annual', RULES_BANK)
    const { answersScore } = gate.overall
    // Before: knock-out (High) and gate (Critical) both counted, 100 − (100 − a) × 0.5 × 0.25.
    expect(gate.overall.score).not.toBeCloseTo(100 - (100 - answersScore) * remaining.high * remaining.critical, 5)
    expect(gate.overall.score).toBeCloseTo(100 - (100 - answersScore) * remaining.critical, 10)
    expect(gate.verdicts[0]?.decisiveFactors).toBe(1)
    // The knock-out is still listed as a red flag and the gate as a finding: only the count changes.
    expect(gate.redFlags.map((f) => f.questionId)).toEqual(['JUR-01'])
    expect(gate.decisive.map((f) => f.ruleId)).toEqual(['ph-loc-unregistered'])
  })

  it('a knock-out the rule does not turn on still counts on its own', () => {
    const answers: Answers = { 'JUR-01': { choice: 'not-registered' }, 'HIR-01': { choice: 'veto' } }
    const result = score(answers, ['philippines'], 'annual', RULES_BANK)
    expect(result.overall.decisiveFactors).toBe(2)
    expect(result.overall.score).toBeCloseTo(100 - (100 - result.overall.answersScore) * remaining.critical * remaining.high, 10)
  })

  it('a rule over several knock-outs counts at the stronger reading, so a riskier answer never lowers the score', () => {
    const bank = RULES_BANK_SHARED_FACTS
    const oneKnockOut: Answers = { 'HIR-01': { choice: 'veto' }, 'SUP-01': { choice: 'client-occasionally' } }
    const bothKnockOuts: Answers = { 'HIR-01': { choice: 'veto' }, 'SUP-01': { choice: 'client-routinely' } }
    const before = score(oneKnockOut, ['philippines'], 'annual', bank)
    const after = score(bothKnockOuts, ['philippines'], 'annual', bank)
    expect(after.decisive.map((f) => f.ruleId)).toContain('ph-veto-and-direction')
    // Two High knock-outs leave 0.25 of the distance, the High rule 0.5: the two facts count, the rule adds nothing.
    expect(after.overall.decisiveFactors).toBe(2)
    expect(after.overall.score).toBeCloseTo(100 - (100 - after.overall.answersScore) * remaining.high * remaining.high, 10)
    expect(after.overall.score).toBeGreaterThan(before.overall.score)
    // The same answers without the rule score the same: the rule does not count the two facts a third time.
    expect(after.overall.score).toBeCloseTo(score(bothKnockOuts, ['philippines'], 'annual', RULES_BANK).overall.score, 10)
  })
})
