import { describe, expect, test } from 'vitest'
import { CORE_BANK } from '@shared/bank/core-bank'
import type { Question, QuestionBank } from '@shared/bank/bank-schema'
import { BANK_LIMITS, checkBankIntegrity, decisiveRules, followUps, limits } from '@shared/bank/check-bank'
import { readBankFile } from '@shared/bank/import-bank'

/**
 * Bank checks stay bounded on hostile banks (issue 13, item 7) and decisive rules keep the properties
 * scoring relies on (issue 11, item 1). Each test breaks a copy of the shipped bank.
 */

function clone(): QuestionBank {
  return structuredClone(CORE_BANK)
}

/** A bank whose questions form one follow-up chain, each revealed by the riskiest answer of the one before. */
function chainBank(length: number): QuestionBank {
  const template = structuredClone(CORE_BANK.questions.find((q) => q.id === 'SUP-06') as Question)
  const id = (i: number): string => `Q${String.fromCharCode(65 + Math.floor(i / 1000))}-${String(i % 1000).padStart(3, '0')}`
  const questions = Array.from({ length }, (_, i): Question => ({
    ...structuredClone(template),
    id: id(i),
    ...(i > 0 ? { showIf: { question: id(i - 1), anyOf: ['client-assigns'] } } : {})
  }))
  return { ...clone(), questions, generalRules: [], profiles: [] }
}

describe('complexity limits', () => {
  test('a hostile 4,000-question chain bank is refused, in well under a second, with the limit named', () => {
    const hostile = chainBank(4000)
    const started = performance.now()
    const problems = checkBankIntegrity(hostile)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(problems).toEqual([`questions: 4000 questions; at most ${BANK_LIMITS.questions} are allowed`])
  })

  test('the same bank refused on import, as a file, in under a second, with the path of the problem', () => {
    const text = JSON.stringify({ ...chainBank(4000), id: 'hostile-chain', version: '2099.1' })
    const started = performance.now()
    const read = readBankFile(text, [CORE_BANK])
    expect(performance.now() - started).toBeLessThan(2000)
    expect(read.ok).toBe(false)
    // the path once: the reason is printed after it ("questions: questions: 4000 questions" read twice)
    if (!read.ok)
      expect(read.error.problems).toEqual([{ path: 'questions', reason: `4000 questions; at most ${BANK_LIMITS.questions} are allowed` }])
  })

  test('a bank rule broken within the count limits is named with its path once, not repeated in the reason', () => {
    const deep = BANK_LIMITS.followUpDepth + 2
    const read = readBankFile(JSON.stringify({ ...chainBank(deep), id: 'deep-chain', version: '2099.1' }), [CORE_BANK])
    expect(read.ok).toBe(false)
    const problems = read.ok ? [] : (read.error.problems ?? [])
    expect(problems).toContainEqual({
      path: `QA-00${deep - 1}`,
      reason: `follow-up chain ${deep - 1} deep; at most ${BANK_LIMITS.followUpDepth} levels are allowed`
    })
    for (const p of problems) expect(p.reason.startsWith(`${p.path}: `), `${p.path}: ${p.reason}`).toBe(false)
  })

  test('a chain within the question limit is checked in linear time: each question deeper than the limit is named', () => {
    const long = chainBank(BANK_LIMITS.questions)
    const started = performance.now()
    const problems = followUps(long)
    expect(performance.now() - started).toBeLessThan(1000)
    const tooDeep = problems.filter((p) => p.includes('levels are allowed'))
    expect(tooDeep).toHaveLength(BANK_LIMITS.questions - 1 - BANK_LIMITS.followUpDepth)
    expect(tooDeep[0]).toBe(
      `QA-00${BANK_LIMITS.followUpDepth + 1}: follow-up chain ${BANK_LIMITS.followUpDepth + 1} deep; at most ${BANK_LIMITS.followUpDepth} levels are allowed`
    )
  })

  test('a bank file over a count limit is refused on the count, before its members are validated one by one', () => {
    // 200,000 junk questions, and 100,000 junk options: validating each member first listed a problem per member, slowly
    const junkQuestions = JSON.stringify({
      ...clone(),
      id: 'hostile-count',
      version: '2099.1',
      questions: Array.from({ length: 200_000 }, () => ({}))
    })
    const started = performance.now()
    const read = readBankFile(junkQuestions, [CORE_BANK])
    expect(performance.now() - started).toBeLessThan(5000)
    expect(read.ok ? [] : read.error.problems).toEqual([
      { path: 'questions', reason: `200000 questions; at most ${BANK_LIMITS.questions} are allowed` }
    ])
    const bank = clone()
    const junkOptions = JSON.stringify({
      ...bank,
      id: 'hostile-options',
      version: '2099.1',
      questions: [{ ...bank.questions[0], options: Array.from({ length: 100_000 }, () => ({})) }, ...bank.questions.slice(1)]
    })
    const options = readBankFile(junkOptions, [CORE_BANK])
    expect(options.ok ? [] : options.error.problems).toEqual([
      { path: 'questions[0].options', reason: `100000 options; at most ${BANK_LIMITS.optionsPerPart} are allowed` }
    ])
  }, 30_000)

  test('too many options in one part is named with its path', () => {
    const b = clone()
    const q = b.questions[0] as Question
    q.options = Array.from({ length: 21 }, (_, i) => ({ id: `o-${i}`, label: `Option ${i}`, risk: 0 }))
    expect(limits(b)).toEqual(['questions[0].options: 21 options; at most 20 are allowed'])
  })

  test('a loop and a missing parent in a chain are found without walking it again per question', () => {
    const b = chainBank(30)
    ;(b.questions[0] as Question).showIf = { question: 'QA-029', anyOf: ['client-assigns'] }
    const found = followUps(b)
    expect(found.filter((p) => p.endsWith('showIf chain loops'))).toHaveLength(30)
    const c = chainBank(5)
    ;(c.questions[2] as Question).showIf = { question: 'ZZ-999', anyOf: ['client-assigns'] }
    const missing = followUps(c)
    expect(missing).toContain('QA-002: showIf names missing question ZZ-999')
    expect(missing).toContain('QA-003: showIf chain reaches a missing question')
  })
})

describe('decisive rules', () => {
  const rulesOf = (b: QuestionBank, id: string) => b.profiles.find((p) => p.id === id)?.rules ?? []

  test('the shipped rules keep every check', () => expect(decisiveRules(CORE_BANK)).toEqual([]))

  test('a rule naming a missing question, option or source is caught', () => {
    const b = clone()
    const [rule] = rulesOf(b, 'philippines')
    if (!rule) throw new Error('no rule')
    rule.when = [{ allOf: [{ question: 'ZZ-01', anyOf: ['x'] }] }, { allOf: [{ question: 'PH-01', anyOf: ['made-up'] }] }]
    rule.sources = ['S-NOPE']
    const found = decisiveRules(b).join('\n')
    expect(found).toMatch(/unknown question ZZ-01/)
    expect(found).toMatch(/made-up is not a practice option of PH-01/)
    expect(found).toMatch(/unknown source S-NOPE/)
  })

  test('a rule a riskier answer would stop firing is caught (scores must stay monotone)', () => {
    const b = clone()
    const rule = rulesOf(b, 'mexico').find((r) => r.id === 'mx-no-repse')
    if (!rule) throw new Error('no rule')
    rule.when = [{ allOf: [{ question: 'MX-01', anyOf: ['not-verified'] }] }]
    expect(decisiveRules(b).join('\n')).toMatch(/MX-01\/not-verified fires it but riskier MX-01\/lapsed-or-out-of-scope does not/)
  })

  test('a rebuttal a safer answer would not make, or one every answer makes, is caught (scores must stay monotone)', () => {
    const b = clone()
    const rule = rulesOf(b, 'philippines').find((r) => r.id === 'ph-unregistered')
    if (!rule?.unless) throw new Error('no rebuttal on ph-unregistered')
    rule.unless = [
      { allOf: [{ question: 'PH-02', anyOf: ['not-verified'] }] },
      { allOf: [{ question: 'PH-05', anyOf: ['vendor-controls', 'shared', 'client-controls'] }] }
    ]
    const found = decisiveRules(b).join('\n')
    expect(found).toMatch(/unless: PH-02\/not-verified rebuts it but safer PH-02\/substantial does not/)
    expect(found).toMatch(/unless: every answer to PH-05 rebuts it/)
  })

  test('a rebuttal on a question not asked wherever its rule applies is caught: a safer answer would hide it (attacker review)', () => {
    const b = clone()
    const rule = rulesOf(b, 'philippines').find((r) => r.id === 'ph-unregistered')
    const followUp = b.questions.find((q) => q.showIf)
    const elsewhere = b.questions.find((q) => q.appliesTo && !q.appliesTo.includes('philippines'))
    if (!rule || !followUp || !elsewhere) throw new Error('fixture')
    rule.unless = [
      { allOf: [{ question: followUp.id, anyOf: [followUp.options[0]!.id] }] },
      { allOf: [{ question: elsewhere.id, anyOf: [elsewhere.options[0]!.id] }] }
    ]
    const found = decisiveRules(b).join('\n')
    expect(found).toContain(`unless: ${followUp.id} is a follow-up, asked only after another answer`)
    expect(found).toContain(`unless: ${elsewhere.id} is not asked wherever the rule applies`)
  })

  test('a rule every answer fires, a prohibition with nothing lawful instead, and a duplicate rule id are caught', () => {
    const b = clone()
    const co = b.profiles.find((p) => p.id === 'colombia')
    if (!co?.rules?.[0]) throw new Error('no colombia rule')
    co.rules[0].when = [
      { allOf: [{ question: 'CO-01', anyOf: ['genuine-service', 'temporary-est', 'not-assessed', 'intermediary-core'] }] }
    ]
    delete co.lawfulInstead
    co.rules.push(structuredClone(co.rules[0]))
    const found = decisiveRules(b).join('\n')
    expect(found).toMatch(/every answer to CO-01 fires it/)
    expect(found).toMatch(/colombia: prohibits a model but says nothing lawful instead/)
    expect(found).toMatch(/duplicate rule id co-intermediation/)
  })

  test('a bank from before rules, law-as-at and source profiles (2026.1 shape) still passes', () => {
    const b = clone()
    delete b.generalRules
    for (const p of b.profiles) {
      delete p.rules
      delete p.lawAsAt
      delete p.test
      delete p.prohibits
      delete p.lawfulInstead
      delete p.knockOuts
    }
    for (const s of b.sources) delete s.profiles
    expect(checkBankIntegrity(b)).toEqual([])
  })
})

describe('sources of law link only to primary texts', () => {
  // Official legislation and gazette sites, court sites and judgment databases; never a firm's commentary.
  const PRIMARY = [
    'www.legislation.gov.uk',
    'www.bailii.org',
    'eur-lex.europa.eu',
    'www.gesetze-im-internet.de',
    'voris.wolterskluwer-online.de',
    'uscode.house.gov',
    'www.federalregister.gov',
    'www.dol.gov',
    'eeoc.gov',
    'leginfo.legislature.ca.gov',
    'law.justia.com',
    'supreme.justia.com',
    'casetext.com',
    'case-law.vlex.com',
    'app.midpage.ai',
    'lawphil.net',
    'sooperkanoon.com',
    'legalauthority.in',
    'www.planalto.gov.br',
    'tst.jusbrasil.com.br',
    'www.funcionpublica.gov.co'
  ]

  test('every url of a source that states a country’s law is on an official or judgment site', () => {
    for (const source of CORE_BANK.sources) {
      if (!source.profiles || !source.url) continue
      expect(PRIMARY, `${source.id}: ${source.url}`).toContain(new URL(source.url).hostname)
    }
  })
})
