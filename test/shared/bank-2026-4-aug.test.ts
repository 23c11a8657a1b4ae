import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { findBank } from '@shared/bank/bank-registry'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { CORE_BANK } from '@shared/bank/core-bank'
import type { Answer } from '@shared/schemas/assessment'
import { scoreAssessment } from '@shared/scoring/score'
import type { ScoreResult } from '@shared/scoring/score-types'
import { readCase } from '@shared/validation/run-cases'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'

/*
 * Bank 2026.4: counsel's corrections to the German profile (DECISIONS 138). Each test states what the AÜG says
 * and fails on 2026.3's content, which the last test of each group checks against the archived release.
 */
const BANK_2026_3 = findBank(BUILTIN_BANKS, { id: 'armslength-core', version: '2026.3' }) as QuestionBank

const score = (answers: Record<string, Answer>, bank: QuestionBank = CORE_BANK): ScoreResult =>
  scoreAssessment({ bank, profiles: ['germany'], kind: 'annual', answers })
const fired = (r: ScoreResult) => r.decisive.map((d) => `${d.ruleId}:${d.nature}`).sort()
const choose = (ids: Record<string, string>): Record<string, Answer> =>
  Object.fromEntries(Object.entries(ids).map(([q, choice]) => [q, { choice }]))

// Task-level instructions to individual agents who sit in your teams: labour leasing in substance (§ 1(1)
// sentence 2 AÜG), with no general knock-out of its own (SUP-01, which reveals SUP-02, is not "direct-routine").
const IN_SUBSTANCE = { 'SUP-01': 'direct-occasional', 'SUP-02': 'task-level', 'INT-06': 'in-our-teams' }

describe('leasing in substance is employment only where it is not designated and licensed (§ 9(1) nos. 1, 1a, § 10(1) AÜG)', () => {
  test('designated and licensed: an exposure (equal treatment § 8, maximum period § 1(1b)), not employment, and it lifts nothing', () => {
    const designated = score(choose({ ...IN_SUBSTANCE, 'DE-02': 'designated-licensed' }))
    expect(fired(designated)).toEqual(['de-leasing-duties:exposure'])
    expect(designated.overall.decisiveLift).toBe(0)
    expect(designated.verdicts[0]?.verdict).not.toMatch(/employment relationship with you/)
    // BAG 9 AZR 51/13 (designated, licensed leasing: no employment with the hirer) is the case people-supply alone encodes
    expect(fired(score(choose({ 'DE-01': 'people-supply', 'DE-02': 'designated-licensed' })))).toEqual(['de-leasing-duties:exposure'])
  })

  test.each(['undesignated-licensed', 'unlicensed'])('DE-02 %s: employment, beside the concealed-leasing gate', (de02) => {
    const result = score(choose({ ...IN_SUBSTANCE, 'DE-02': de02 }))
    expect(fired(result)).toEqual(['de-concealed-leasing:employment', 'de-leasing-duties:exposure', 'de-leasing-in-substance:employment'])
    expect(result.decisive.find((d) => d.ruleId === 'de-leasing-in-substance')?.questionIds).toEqual(['SUP-02', 'INT-06', 'DE-02'])
    expect(result.overall.band).toBe('critical')
  })

  test('DE-02 not answered: the same facts are the exposure, and DE-02 is a question that could decide the result', () => {
    const open = score(choose(IN_SUBSTANCE))
    expect(fired(open)).toEqual(['de-leasing-duties:exposure'])
    expect(open.sufficiency.decisiveUnanswered).toContain('DE-02')
  })

  test('the German findings cite the AÜG provisions they apply', () => {
    const rule = (id: string) => CORE_BANK.profiles.find((p) => p.id === 'germany')?.rules?.find((r) => r.id === id)
    expect(rule('de-leasing-in-substance')?.sources).toEqual(expect.arrayContaining(['S-DE-AUG-1', 'S-DE-AUG-9-10', 'S-DE-AUG-12']))
    expect(rule('de-leasing-duties')?.sources).toEqual(expect.arrayContaining(['S-DE-AUG-1', 'S-DE-AUG-8']))
    expect(rule('de-concealed-leasing')?.sources).toEqual(expect.arrayContaining(['S-DE-AUG-9-10', 'S-DE-AUG-1', 'S-DE-AUG-12']))
    const citation = (id: string) => CORE_BANK.sources.find((s) => s.id === id)?.citation ?? ''
    expect(citation('S-DE-AUG-9-10')).toMatch(/§ 9\(1\).*no\. 1\b.*no\. 1a.*no\. 1b.*§ 10\(1\)/)
    expect(citation('S-DE-AUG-1')).toMatch(/§ 1\(1\) sentence 2.*sentences 5 and 6.*§ 1\(1b\)/)
    expect(citation('S-DE-AUG-12')).toMatch(/actual performance decides/)
  })

  test('the validation case BAG 9 AZR 51/13 (designated, licensed leasing; no employment with the hirer) now agrees with the court', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../validation/cases/de-bag-9-azr-51-13.json'), 'utf8')
    const read = readCase({ path: 'de-bag-9-azr-51-13.json', text }, CORE_BANK)
    if (!read.ok) throw new Error(read.invalid.problems.join('; '))
    expect(read.run.case.outcome).toBe('relationship-not-found')
    expect([read.run.band, read.run.agree]).toEqual(['low', true])
    const answers = read.run.case.answers as Record<string, Answer>
    expect(fired(score(answers))).toEqual(['de-leasing-duties:exposure'])
    // DE-03 is asked (DE-02 shows leasing) and left open, as the court left the duration: it could decide
    expect(score(answers).sufficiency.decisiveUnanswered).toContain('DE-03')
    expect(fired(score(answers, BANK_2026_3))).toEqual(['de-leasing-in-substance:employment'])
  })

  test('2026.3 as released called designated, licensed leasing employment (the miss this release fixes)', () => {
    expect(fired(score(choose({ ...IN_SUBSTANCE, 'DE-02': 'designated-licensed' }), BANK_2026_3))).toEqual([
      'de-leasing-in-substance:employment'
    ])
  })
})

describe('"a service contract, but our staff sometimes tell agents what to do" is concealed leasing (§ 1(1) s. 2, § 12(1) s. 2 AÜG)', () => {
  // since 2026.8 only with the agents integrated into your organisation (§ 1(1) s. 2 asks for both; bank-2026-8-germany)
  test('with the agents in your teams it fires the concealed-leasing gate: deemed employment, Critical', () => {
    const result = score(choose({ 'DE-02': 'occasional-person-instructions', 'INT-06': 'in-our-teams' }))
    expect(result.decisive).toEqual([
      expect.objectContaining({ ruleId: 'de-concealed-leasing', nature: 'employment', questionIds: ['INT-06', 'DE-02'] })
    ])
    expect(result.overall.band).toBe('critical')
    expect(result.verdicts[0]?.verdict).toMatch(
      /Person-related instructions to agents integrated into your organisation are leasing not designated/
    )
  })

  test('a genuine service contract, or designated licensed leasing, does not', () => {
    for (const de02 of ['service-no-person-instructions', 'designated-licensed']) {
      expect(score(choose({ 'DE-02': de02 })).decisive.map((d) => d.ruleId)).not.toContain('de-concealed-leasing')
    }
  })

  test('2026.3 as released did not fire it', () => {
    expect(score(choose({ 'DE-02': 'occasional-person-instructions' }), BANK_2026_3).decisive).toEqual([])
  })
})

describe('DE-03 (maximum period, equal pay) is asked where leasing shows, and never takes N/A there', () => {
  const NA: Answer = { na: true, naReason: 'No worker is leased: the arrangement is a service contract.' }
  const de03 = (r: ScoreResult) => r.lines.find((l) => l.questionId === 'DE-03')

  test('a genuine service contract (DE-02): DE-03 is not asked at all', () => {
    expect(de03(score(choose({ 'DE-02': 'service-no-person-instructions' })))).toBeUndefined()
  })

  test.each(['designated-licensed', 'occasional-person-instructions', 'undesignated-licensed', 'unlicensed'])(
    'DE-02 %s: DE-03 is asked; an N/A is disregarded, so it stays open and could fire the maximum-period gate',
    (de02) => {
      const result = score({ 'DE-02': { choice: de02 }, 'DE-03': NA })
      expect(de03(result)?.status).toBe('unanswered')
      expect(result.coverage.na).toBe(0)
      expect(result.sufficiency.decisiveUnanswered).toContain('DE-03')
      // answered, it decides: beyond 18 months is deemed employment (§ 9(1) no. 1b, § 10(1) AÜG)
      const exceeded = score(choose({ 'DE-02': de02, 'DE-03': 'exceeded' }))
      expect(exceeded.decisive.map((d) => d.ruleId)).toContain('de-maximum-period')
    }
  )

  test('the bank says so: no N/A, a follow-up of DE-02 revealed by every answer but the genuine service contract', () => {
    const q = CORE_BANK.questions.find((x) => x.id === 'DE-03')
    expect(q?.naAllowed).toBe(false)
    expect(q?.showIf).toEqual({
      question: 'DE-02',
      anyOf: ['designated-licensed', 'occasional-person-instructions', 'undesignated-licensed', 'unlicensed']
    })
  })

  test('2026.3 as released accepted the N/A beside leasing in its own answers', () => {
    const result = score({ 'DE-02': { choice: 'designated-licensed' }, 'DE-03': NA }, BANK_2026_3)
    expect(result.lines.find((l) => l.questionId === 'DE-03')?.status).toBe('na')
    expect(result.coverage.na).toBe(1)
  })
})
