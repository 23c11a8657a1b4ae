import { describe, expect, test } from 'vitest'
import type { Question } from '@shared/bank/bank-schema'
import { CORE_BANK } from '@shared/bank/core-bank'
import type { Answer } from '@shared/schemas/assessment'
import { scoreAssessment } from '@shared/scoring/score'

/**
 * Bank 2026.3 (issue 11): the FLSA economic-reality facts beyond formal control that Zheng v. Liberty Apparel
 * and Torres-Lopez v. May weigh, which the questionnaire could not state before (DECISIONS 77).
 */
const NEW = ['US-03', 'US-04', 'US-05'] as const
const question = (id: string): Question => {
  const q = CORE_BANK.questions.find((x) => x.id === id)
  if (!q) throw new Error(`${id} is not in the bank`)
  return q
}
const factorSources = (q: Question): string[] => q.factors.flatMap((f) => CORE_BANK.factors.find((x) => x.id === f)?.sources ?? [])

/** A middling US engagement: some control found elsewhere, the new questions unanswered. */
const BASE: Record<string, Answer> = {
  'SUP-01': { choice: 'via-vendor-lead', contractChoice: 'silent' },
  'HIR-01': { choice: 'vendor-selects', contractChoice: 'vendor-reserved' },
  'SCH-01': { choice: 'team-level-review', contractChoice: 'vendor-reserved' },
  'PAY-01': { choice: 'vendor', contractChoice: 'vendor-sets-pay' },
  'TLS-01': { choice: 'some-client-devices', contractChoice: 'vendor-provides' },
  'INT-01': { choice: 'vendor-site' },
  'INT-07': { choice: 'most' },
  'US-02': { choice: 'clause-only' }
}

const usFederal = (answers: Record<string, Answer>) => {
  const result = scoreAssessment({ bank: CORE_BANK, profiles: ['us-federal'], kind: 'annual', answers })
  const verdict = result.verdicts.find((v) => v.profileId === 'us-federal')
  if (!verdict) throw new Error('no us-federal verdict')
  return { result, verdict }
}

const RUTHERFORD: Record<string, Answer> = {
  'US-03': { choice: 'line-step' },
  'US-04': { choice: 'depends-on-us' },
  'US-05': { choice: 'same-people-same-work' }
}

describe('the FLSA economic-reality questions', () => {
  test('are asked under US federal law only, each resting on Zheng and Torres-Lopez, and none decides alone', () => {
    for (const id of NEW) {
      const q = question(id)
      expect(q.appliesTo, id).toEqual(['us-federal'])
      expect(q.section).toBe('jurisdiction')
      expect(q.dimension).toBe('structural')
      expect(q.amplifier).toBeUndefined()
      expect(q.showIf).toBeUndefined()
      expect(factorSources(q), id).toEqual(expect.arrayContaining(['S-ZHENG-2003', 'S-TORRES-LOPEZ-1997', 'S-RUTHERFORD-1947']))
      expect(q.help, id).toMatch(/Zheng/)
      // weighed, never decisive on its own (Zheng: no factor is dispositive; industry custom may explain one)
      expect(q.options.some((o) => o.redFlag)).toBe(false)
      expect(Math.max(...q.options.map((o) => o.risk))).toBeLessThan(4)
      expect(q.options[0]?.risk).toBe(0)
      expect(q.options.map((o) => o.risk)).toEqual([...q.options.map((o) => o.risk)].sort((a, b) => a - b))
    }
  })

  test('each new question moves the us-federal score up with its riskier answers, and its safe answer adds nothing', () => {
    const base = usFederal(BASE).verdict.score
    expect(base).toBeGreaterThan(0)
    for (const id of NEW) {
      const scores = question(id).options.map((o) => usFederal({ ...BASE, [id]: { choice: o.id } }).verdict.score)
      expect(scores[0], `${id} safe answer`).toBe(base)
      for (let i = 1; i < scores.length; i += 1) expect(scores[i]!, `${id} option ${i}`).toBeGreaterThan(scores[i - 1]!)
    }
  })

  test('they count under no other law: a Philippine or California engagement ignores them', () => {
    for (const profiles of [['philippines'], ['us-california']]) {
      const without = scoreAssessment({ bank: CORE_BANK, profiles, kind: 'annual', answers: BASE })
      const withThem = scoreAssessment({ bank: CORE_BANK, profiles, kind: 'annual', answers: { ...BASE, ...RUTHERFORD } })
      expect(withThem.overall.score, profiles.join()).toBe(without.overall.score)
      expect(withThem.lines.map((l) => l.questionId)).not.toEqual(expect.arrayContaining([...NEW]))
    }
  })

  test("the three facts together are Rutherford's: a decisive High finding under US federal law, in the law's words", () => {
    const { result, verdict } = usFederal({ ...BASE, ...RUTHERFORD })
    expect(result.decisive.map((d) => [d.ruleId, d.kind, d.nature, d.band])).toEqual([
      ['us-line-job-conduit', 'decisive', 'employment', 'high']
    ])
    expect(result.decisive[0]?.questionIds).toEqual([...NEW])
    expect(verdict.band).toBe('high')
    expect(verdict.verdict).toMatch(/Rutherford/)
    // no formal control at all (nobody hired, paid or scheduled by the client), as in Zheng: still High
    const { verdict: alone } = usFederal(RUTHERFORD)
    expect(alone.band).toBe('high')
  })

  test('any one of the three facts missing leaves the rule unfired: the facts are weighed, not decisive one by one', () => {
    for (const id of NEW) {
      const safer = question(id).options.at(-2)!.id
      const { result, verdict } = usFederal({ ...BASE, ...RUTHERFORD, [id]: { choice: safer } })
      expect(result.decisive, id).toEqual([])
      expect(verdict.band, id).not.toBe('high')
    }
  })
})
