import { describe, expect, it } from 'vitest'
import { CORE_BANK } from '@shared/bank/core-bank'
import { authoritiesFor, countriesWithoutProfile, GENERAL_PRINCIPLES_HEADING, sourceInScope } from '@shared/bank/profiles-for'
import { recommend } from '@shared/report/recommendation'
import { lawfulAdvice, suggestsModel } from '@shared/scoring/lawful-advice'
import { scoreAssessment } from '@shared/scoring/score'
import type { ScoreResult } from '@shared/scoring/score-types'
import { lowestAnswers, type Answers } from './fixtures/scoring-helpers'

/** Scenarios on the shipped bank: each law's own test as the law frames it (issue 11, items 1–3, 6, 7). */
function run(profiles: readonly string[], answers: Answers): ScoreResult {
  return scoreAssessment({ bank: CORE_BANK, profiles, kind: 'annual', answers })
}

/** Every question at its safest answer, then the given ones: a complete assessment that differs only there. */
function complete(answers: Answers): Answers {
  return { ...lowestAnswers(CORE_BANK), ...answers }
}

const DAILY = { 'SUP-01': { choice: 'direct-routine', contractChoice: 'vendor-reserved' } }

describe('daily direct supervision of individual workers', () => {
  it.each([[[]], [['us-federal']], [['germany']], [['brazil']], [['philippines']], [['mexico']]])(
    'is High or worse on its own under %j',
    (profiles) => {
      const result = run(profiles, complete(DAILY))
      expect(['high', 'critical']).toContain(result.overall.band)
      expect(result.sufficiency.status).toBe('sufficient')
    }
  )

  it('in the UK is an Agency Workers Regulations exposure of its own, not employment by you (necessity test)', () => {
    const result = run(['united-kingdom'], complete(DAILY))
    expect(['low', 'moderate']).toContain(result.overall.band)
    expect(result.decisive.map((f) => [f.ruleId, f.nature])).toEqual([['uk-awr-scope', 'exposure']])
  })

  it('in India is evidence only: supervision alone does not make a sham contract (Balwant Rai Saluja)', () => {
    expect(['low', 'moderate']).toContain(run(['india'], complete(DAILY)).overall.band)
  })
})

describe('each profile’s own test, in its own words', () => {
  it('Philippines: the answer that states the control test is decisive — labour-only contracting, Critical', () => {
    const result = run(['philippines'], complete({ 'PH-05': { choice: 'client-controls' } }))
    expect(result.overall.band).toBe('critical')
    expect(result.verdicts[0]?.verdict).toMatch(/^Labour-only contracting/)
    expect(result.verdicts[0]?.lawAsAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('Philippines: thin capital with work directly related to the main business is labour-only contracting', () => {
    const thin = run(['philippines'], complete({ 'PH-02': { choice: 'thin' }, 'PH-03': { choice: 'related' } }))
    expect(thin.decisive.map((f) => f.ruleId)).toContain('ph-loc-capital')
    expect(thin.overall.band).toBe('critical')
    const unrelated = run(['philippines'], complete({ 'PH-02': { choice: 'thin' }, 'PH-03': { choice: 'not-related' } }))
    expect(unrelated.decisive.map((f) => f.ruleId)).not.toContain('ph-loc-capital')
  })

  it('Germany: undesignated leasing is a deemed employment relationship under the AÜG, which a licence does not cure', () => {
    const result = run(['germany'], complete({ 'DE-02': { choice: 'undesignated-licensed' } }))
    expect(result.overall.band).toBe('critical')
    expect(result.verdicts[0]?.verdict).toMatch(/^Deemed employment relationship with you under §§ 9, 10 AÜG/)
  })

  it('UK: an employment contract is implied only where necessary — Muscat’s facts, not James’s', () => {
    const muscat = run(['united-kingdom'], complete({ ...DAILY, 'HIR-06': { choice: 'moved-to-keep' } }))
    expect(muscat.overall.band).toBe('high')
    expect(muscat.verdicts[0]?.verdict).toMatch(/implied as necessary/)
    const james = run(['united-kingdom'], complete({ ...DAILY, 'INT-03': { choice: 'over-2-years' } }))
    expect(['low', 'moderate']).toContain(james.overall.band)
  })

  it('UK: TUPE on a change of provider is an exposure, listed but never joint employment', () => {
    const result = run(['united-kingdom'], complete({ 'UK-01': { choice: 'dedicated-not-covered' } }))
    expect(result.decisive).toMatchObject([{ ruleId: 'uk-tupe', nature: 'exposure' }])
    expect(result.overall.decisiveLift).toBe(0)
  })

  it('India: paying the workers yourself makes the contract a sham', () => {
    expect(run(['india'], complete({ 'IN-03': { choice: 'client-pays' } })).overall.band).toBe('critical')
  })

  it('Mexico: a headcount supply is prohibited subcontracting of personnel', () => {
    const result = run(['mexico'], complete({ 'CON-01': { choice: 'headcount-supply' } }))
    expect(result.overall.band).toBe('critical')
    expect(result.verdicts[0]?.verdict).toMatch(/^Prohibited subcontracting of personnel/)
  })

  it('California: shared wage liability under Labor Code § 2810.3 is an exposure, whoever controls', () => {
    const result = run(['us-california'], complete({ 'CA-01': { choice: 'on-site-verified' } }))
    expect(result.decisive).toMatchObject([{ ruleId: 'ca-client-employer', nature: 'exposure' }])
  })

  it('every profile of the shipped bank states its law’s test and the date of the law', () => {
    for (const p of CORE_BANK.profiles) {
      expect(p.test, p.id).toBeTruthy()
      expect(p.lawAsAt, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(p.clearVerdict, p.id).toBeTruthy()
    }
  })
})

describe('a score that orders', () => {
  it('reaches all four bands on the shipped bank, Moderate and High from the answers alone', () => {
    const moderate: Answers = {
      'SUP-01': { choice: 'direct-occasional', contractChoice: 'vendor-reserved' },
      'SUP-02': { choice: 'method-level' },
      'SUP-03': { choice: 'no' },
      'SUP-04': { choice: 'direct-coaching', contractChoice: 'vendor-reserved' },
      'SUP-05': { choice: 'decisive' },
      'HIR-01': { choice: 'client-comments', contractChoice: 'vendor-reserved' },
      'SCH-01': { choice: 'client-adjusts', contractChoice: 'vendor-reserved' },
      'TLS-01': { choice: 'client-everything', contractChoice: 'vendor-provides' },
      'INT-06': { choice: 'in-our-teams' },
      'CON-01': { choice: 'headcount-supply' },
      'GOV-01': { choice: 'individual-performance' },
      'TRN-01': { choice: 'client-trains-routinely', contractChoice: 'vendor-trains' },
      'REC-01': { choice: 'client-systems', contractChoice: 'vendor-keeps' }
    }
    // Every answer at its riskiest short of a knock-out: points alone now reach High.
    const heavy: Answers = { ...moderate }
    for (const q of CORE_BANK.questions) {
      if (q.appliesTo || q.amplifier || heavy[q.id]) continue
      const worst = [...q.options].filter((o) => o.redFlag !== true).sort((a, b) => b.risk - a.risk)[0]
      if (worst) heavy[q.id] = { choice: worst.id, ...(q.contract ? { contractChoice: 'vendor-reserved' } : {}) }
    }
    const results = [
      run([], complete({})),
      run([], complete(moderate)),
      run([], complete(heavy)),
      run([], complete({ 'HIR-01': { choice: 'client-interviews' }, 'SCH-01': { choice: 'client-sets' } }))
    ]
    expect(results.map((r) => r.overall.band)).toEqual(['low', 'moderate', 'high', 'critical'])
    expect(results[2]?.overall.decisiveFactors).toBe(0)
  })

  it('one, two and four knock-outs score differently, each higher', () => {
    const flags = ['HIR-01', 'SCH-01', 'PAY-01', 'TLS-02']
    const choice: Record<string, string> = {
      'HIR-01': 'client-interviews',
      'SCH-01': 'client-sets',
      'PAY-01': 'client-approves-pay',
      'TLS-02': 'told-employees'
    }
    const scores = [1, 2, 4].map(
      (n) => run([], complete(Object.fromEntries(flags.slice(0, n).map((id) => [id, { choice: choice[id] as string }])))).overall.score
    )
    expect(scores[1]).toBeGreaterThan(scores[0] as number)
    expect(scores[2]).toBeGreaterThan(scores[1] as number)
  })
})

describe('no advice the local law forbids', () => {
  const prohibiting = CORE_BANK.profiles.filter((p) => (p.prohibits ?? []).length > 0)

  it('covers the laws that prohibit supplying people: Mexico, the Philippines, Colombia', () => {
    expect(prohibiting.map((p) => p.id).sort()).toEqual(['colombia', 'mexico', 'philippines'])
  })

  it('no remediation text of the bank, given under a prohibiting law, suggests staffing, leasing or supply of people', () => {
    const texts = CORE_BANK.questions.flatMap((q) => [...q.options, ...(q.contract?.options ?? [])].map((o) => o.remediation ?? ''))
    expect(texts.some((t) => suggestsModel(t, 'labour-supply'))).toBe(true) // the scan has something to catch
    for (const p of prohibiting) {
      for (const text of texts) {
        const given = lawfulAdvice(text, [p])
        expect(suggestsModel(given, 'labour-supply'), `${p.id}: ${given}`).toBe(false)
        if (given !== text) expect(given).toContain(p.lawfulInstead as string)
      }
      for (const advice of p.localAdvice) expect(suggestsModel(advice, 'labour-supply'), `${p.id}: ${advice}`).toBe(false)
    }
  })

  it('catches every way the bank words a staffing or leasing way out (the SUP-01 contract advice slipped through)', () => {
    const sup01 = CORE_BANK.questions.find((q) => q.id === 'SUP-01')?.contract?.options.map((o) => o.remediation ?? '') ?? []
    const staffing = sup01.filter((t) => /staffing|leasing/i.test(t))
    expect(staffing.length).toBeGreaterThan(0)
    for (const text of staffing) expect(suggestsModel(text, 'labour-supply'), text).toBe(true)
    const mexico = prohibiting.find((p) => p.id === 'mexico')!
    for (const text of staffing) expect(lawfulAdvice(text, [mexico])).not.toMatch(/staffing|leasing model/i)
  })

  it('the action plan under Mexico says what is lawful instead of a staffing arrangement', () => {
    const result = run(['mexico'], complete({ 'CON-01': { choice: 'headcount-supply' }, 'HIR-05': { choice: 'trial-pool' } }))
    const texts = result.remediation.flatMap((r) => [r.practiceRemediation ?? '', r.contractRemediation ?? ''])
    expect(texts.some((t) => t.includes('In Mexico'))).toBe(true)
    expect(texts.some((t) => suggestsModel(t, 'labour-supply'))).toBe(false)
    // Without a prohibiting law the bank's own advice is given as written.
    const usa = run(['us-federal'], complete({ 'CON-01': { choice: 'headcount-supply' } }))
    expect(usa.remediation.find((r) => r.questionId === 'CON-01')?.practiceRemediation).toMatch(/staffing arrangement/)
  })
})

describe('sources: only the applied laws, general principles labelled, law as at', () => {
  it('a Germany-only report cites no US, Philippine or other country’s authority', () => {
    const groups = authoritiesFor(CORE_BANK, ['germany'])
    expect(groups.map((g) => g.heading)).toEqual([GENERAL_PRINCIPLES_HEADING, 'Germany'])
    const cited = groups.flatMap((g) => g.sources)
    expect(cited.some((s) => s.id.startsWith('S-DE-'))).toBe(true)
    for (const s of cited) expect(sourceInScope(CORE_BANK, ['germany'], s), s.id).toBe(true)
    expect(cited.some((s) => s.jurisdiction.startsWith('United States (federal)') || s.jurisdiction === 'Philippines')).toBe(false)
    expect(groups[1]?.lawAsAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('a general knock-out fired under Germany cites only German law', () => {
    const result = run(['germany'], complete(DAILY))
    const general = result.decisive.find((f) => f.ruleId === 'daily-direct-supervision')
    expect(general?.sources).toEqual(['S-DE-BGB-611A'])
  })

  it('a delivery country with no profile is named as not assessed under local law', () => {
    expect(countriesWithoutProfile(CORE_BANK, { deliveryCountries: ['PH', 'FR', 'ZA'] })).toEqual(['FR', 'ZA'])
  })
})

describe('recommendation on missing information', () => {
  it('never recommends Accept when nothing or too little is answered', () => {
    const nothing = recommend(run([], {}), CORE_BANK)
    expect(nothing.kind).not.toBe('accept')
    expect(nothing.headline).toMatch(/^Not assessed/)
    const thin = recommend(run([], { 'SUP-01': { choice: 'vendor-only', contractChoice: 'vendor-reserved' } }), CORE_BANK)
    expect(thin.kind).not.toBe('accept')
    expect(thin.headline).toMatch(/^Insufficient information/)
    expect(recommend(run([], complete({})), CORE_BANK).kind).toBe('accept')
  })
})
