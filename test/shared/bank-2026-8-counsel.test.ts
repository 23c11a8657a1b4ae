import { describe, expect, test } from 'vitest'
import { CORE_BANK } from '@shared/bank/core-bank'
import { findBank } from '@shared/bank/bank-registry'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { decisiveRules } from '@shared/bank/check-bank'
import type { Answer } from '@shared/schemas/assessment'
import { scoreAssessment } from '@shared/scoring/score'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { exampleReportInput, readExampleEngagement } from '../helpers/example-report'
import { buildReportModel } from '@shared/report/report-model'
import { lowestAnswers } from './fixtures/scoring-helpers'

/* Bank 2026.8 after employment counsel’s review (DECISIONS 224, 229): German law, and each law’s own authority. Each test fails if its fix is undone. */

const BANK_2026_7 = findBank(BUILTIN_BANKS, { id: 'armslength-core', version: '2026.7' }) as QuestionBank
const SAFE = lowestAnswers(CORE_BANK)
const OCCASIONAL: Record<string, Answer> = { 'DE-02': { choice: 'occasional-person-instructions' } }
const scored = (extra: Record<string, Answer>, bank: QuestionBank = CORE_BANK) =>
  scoreAssessment({
    bank,
    profiles: ['germany'],
    kind: 'annual',
    answers: { ...(bank === CORE_BANK ? SAFE : lowestAnswers(bank)), ...extra }
  })
const rulesOf = (r: ReturnType<typeof scored>) => r.decisive.map((d) => d.ruleId)

describe('occasional person-related instructions are leasing only with the agents integrated (§ 1(1) sentence 2 AÜG)', () => {
  test('alone, to agents the vendor organises: no deemed employment, not Critical', () => {
    const r = scored(OCCASIONAL)
    expect(rulesOf(r)).not.toContain('de-concealed-leasing')
    expect(r.overall.band).not.toBe('critical')
    // as released in 2026.7, the same answer alone was deemed employment
    expect(rulesOf(scored(OCCASIONAL, BANK_2026_7))).toContain('de-concealed-leasing')
  })

  test('with the agents working inside your teams, or with no vendor supervisor: deemed employment, Critical', () => {
    const integration: Record<string, Answer>[] = [
      { 'INT-06': { choice: 'in-our-teams' } },
      // INT-02 is asked of agents at your premises
      { 'INT-01': { choice: 'client-site-co-located' }, 'INT-02': { choice: 'no-vendor-supervisor' } }
    ]
    for (const integrated of integration) {
      const r = scored({ ...OCCASIONAL, ...integrated })
      expect(rulesOf(r)).toContain('de-concealed-leasing')
      expect(r.overall.band).toBe('critical')
    }
  })

  test('staff who direct the agents personally without designation still meet it on that answer alone', () => {
    expect(rulesOf(scored({ 'DE-02': { choice: 'undesignated-licensed' } }))).toContain('de-concealed-leasing')
    expect(rulesOf(scored({ 'DE-02': { choice: 'unlicensed' } }))).toContain('de-concealed-leasing')
  })

  test('the verdict gives the worker’s way out in the form § 9(2) AÜG requires', () => {
    const r = scored({ 'DE-02': { choice: 'unlicensed' } })
    expect(r.decisive.find((d) => d.ruleId === 'de-concealed-leasing')?.verdict).toMatch(
      /unless the worker declares, in the form § 9\(2\) requires \(in person at an employment agency first\), that he or she stays with the vendor/
    )
  })
})

describe('one deemed employment on one fact lifts the result once (sameFindingAs)', () => {
  const { assessments } = readExampleEngagement('germany-client-instructions.json')
  const latest = assessments.at(-1)!
  const score = (bank: QuestionBank) => scoreAssessment({ bank, profiles: latest.profiles, kind: latest.kind, answers: latest.answers })

  test('the German example: both findings listed, one decisive factor, where 2026.7 counted two', () => {
    const now = score(CORE_BANK)
    expect(rulesOf(now)).toEqual(expect.arrayContaining(['de-concealed-leasing', 'de-leasing-in-substance']))
    expect(now.overall.decisiveFactors).toBe(1)
    const asReleased = score(BANK_2026_7)
    expect(asReleased.overall.decisiveFactors).toBe(2)
    expect(now.overall.rounded).toBeLessThan(asReleased.overall.rounded)
    expect(now.overall.band).toBe('critical')
  })

  test('leasing in substance alone still lifts the result (the link counts only when both fire)', () => {
    const r = scored({
      'DE-02': { choice: 'occasional-person-instructions' },
      'SUP-01': { choice: 'direct-routine' },
      'INT-02': { choice: 'separate' }
    })
    // SUP-01 with INT-02 "separate" is no integration: neither German employment rule fires, only the general one
    expect(rulesOf(r)).not.toContain('de-leasing-in-substance')
    const both = scored({
      'DE-02': { choice: 'occasional-person-instructions' },
      'SUP-01': { choice: 'direct-routine' },
      'INT-06': { choice: 'in-our-teams' }
    })
    expect(rulesOf(both)).toEqual(expect.arrayContaining(['de-concealed-leasing', 'de-leasing-in-substance']))
  })

  test('the bank check refuses a link to a rule not before it, of another nature, or of a lower band', () => {
    const germany = CORE_BANK.profiles.find((p) => p.id === 'germany')!
    const withRules = (rules: NonNullable<typeof germany.rules>): QuestionBank => ({
      ...CORE_BANK,
      profiles: CORE_BANK.profiles.map((p) => (p.id === 'germany' ? { ...p, rules } : p))
    })
    const rules = germany.rules ?? []
    expect(decisiveRules(withRules(rules))).toEqual([])
    const inSubstance = rules.findIndex((r) => r.id === 'de-leasing-in-substance')
    const relinked = (sameFindingAs: string, band?: 'moderate' | 'high' | 'critical') =>
      withRules(rules.map((r, i) => (i === inSubstance ? { ...r, sameFindingAs, ...(band ? { band } : {}) } : r)))
    expect(decisiveRules(relinked('de-leasing-duties')).join('\n')).toMatch(/is not a rule of the same law listed before it/)
    expect(decisiveRules(relinked('nowhere')).join('\n')).toMatch(/is not a rule of the same law listed before it/)
    const maxPeriod = rules.findIndex((r) => r.id === 'de-maximum-period')
    const lowered = withRules(
      rules.map((r, i) =>
        i === maxPeriod ? { ...r, band: 'moderate' as const } : i === inSubstance ? { ...r, sameFindingAs: 'de-maximum-period' } : r
      )
    )
    expect(decisiveRules(lowered).join('\n')).toMatch(/has a lower band \(moderate\) than this rule \(high\)/)
  })
})

describe('factors cite each applied law’s own authority, not practice alone (bank 2026.8, counsel review)', () => {
  const factorSources = (fileName: string, factorId: string) => {
    const model = buildReportModel(exampleReportInput(fileName))
    const factor = model.findings.flatMap((f) => f.factors).find((f) => f.id === factorId)
    return (factor?.sources ?? []).map((n) => model.sources.find((s) => s.number === n)?.citation ?? '')
  }

  test('under UK law discipline and schedules cite Ready Mixed Concrete', () => {
    const cited = ['F-DISCIPLINE', 'F-SCHEDULES'].map((factor) => factorSources('managed-contact-centre.json', factor))
    expect(cited.filter((c) => c.length > 0).length).toBeGreaterThan(0)
    for (const c of cited) if (c.length > 0) expect(c.some((citation) => citation.startsWith('Ready Mixed Concrete'))).toBe(true)
  })

  test('under Philippine law hiring and firing cites the four-fold test (Sonza)', () => {
    const cited = factorSources('philippines-unregistered-vendor.json', 'F-HIRE-FIRE')
    expect(cited.some((c) => c.startsWith('Sonza v. ABS-CBN'))).toBe(true)
    expect(cited.some((c) => c.startsWith('Ready Mixed'))).toBe(false)
  })

  test('under Philippine law reality over the label cites Tabas, a principal-contractor case', () => {
    const cited = factorSources('philippines-unregistered-vendor.json', 'F-SUBSTANCE-OVER-LABEL')
    expect(cited.some((c) => c.startsWith('Tabas v. California Manufacturing'))).toBe(true)
    // not under UK law
    expect(factorSources('managed-contact-centre.json', 'F-SUBSTANCE-OVER-LABEL').some((c) => c.startsWith('Tabas'))).toBe(false)
  })
})

describe('sameFindingAs is matched within its own list of rules (attacker review)', () => {
  test('a general rule named like a profile rule does not silence that profile’s finding', () => {
    const forged: QuestionBank = {
      ...CORE_BANK,
      generalRules: [
        ...(CORE_BANK.generalRules ?? []),
        {
          id: 'de-concealed-leasing',
          kind: 'decisive',
          nature: 'exposure',
          title: 'A general rule reusing a German rule id',
          verdict: 'An exposure of no consequence.',
          band: 'moderate',
          when: [{ allOf: [{ question: 'TLS-02', anyOf: ['unmarked-accounts'] }] }],
          sources: ['S-SALINAS-2017']
        }
      ]
    }
    // leasing in substance (people supplied) and not designated, without integration: the German concealed-leasing gate
    // does not fire, so de-leasing-in-substance lifts the result on its own
    const answers = { ...SAFE, 'DE-01': { choice: 'people-supply' }, 'DE-02': { choice: 'occasional-person-instructions' } }
    const without = scoreAssessment({ bank: forged, profiles: ['germany'], kind: 'annual', answers })
    const withGeneral = scoreAssessment({
      bank: forged,
      profiles: ['germany'],
      kind: 'annual',
      answers: { ...answers, 'TLS-02': { choice: 'unmarked-accounts' } }
    })
    expect(rulesOf(without)).toContain('de-leasing-in-substance')
    expect(rulesOf(without)).not.toContain('de-concealed-leasing')
    expect(withGeneral.overall.decisiveFactors).toBe(without.overall.decisiveFactors)
    expect(withGeneral.overall.rounded).toBeGreaterThanOrEqual(without.overall.rounded)
  })
})
