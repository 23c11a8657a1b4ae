import { describe, expect, test } from 'vitest'
import { ARCHIVED_CORE_BANKS } from '@shared/bank/archive/archived-banks'
import { findBank } from '@shared/bank/bank-registry'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { QuestionBankSchema, type QuestionBank } from '@shared/bank/bank-schema'
import { checkBankIntegrity } from '@shared/bank/check-bank'
import { CORE_BANK, CORE_BANK as DEFAULT_CORE } from '@shared/bank/core-bank'
import { diffBanks } from '@shared/bank/diff-banks'
import { AnswerSchema, type Answer } from '@shared/schemas/assessment'
import { emptyStoreDoc } from '@shared/store/store-schema'
import { startAssessmentIn } from '@shared/workflow/assessment-ops'
import { carryAnswersForward } from '@shared/workflow/carry-forward'
import { BANK_MIGRATIONS, migrationPath } from '@shared/workflow/carry-forward-map'
import { assessment, engagement } from '../helpers/portfolio-fixtures'

const V1 = { id: 'armslength-core', version: '2026.1' }
const OLD = findBank(BUILTIN_BANKS, V1) as QuestionBank

describe('the previous core bank is kept word for word', () => {
  test('2026.1 ships beside the current bank, parses and keeps every integrity rule', () => {
    expect(ARCHIVED_CORE_BANKS.map((b) => b.version)).toEqual(['2026.7', '2026.6', '2026.5', '2026.4', '2026.3', '2026.2', '2026.1'])
    expect(OLD).toBeDefined()
    expect(QuestionBankSchema.safeParse(OLD).success).toBe(true)
    expect(checkBankIntegrity(OLD)).toEqual([])
    expect(OLD.questions).toHaveLength(64)
    expect(OLD.questions.find((q) => q.id === 'INT-04')?.options.map((o) => o.id)).toEqual([
      'shared',
      'dedicated-vendor-moves',
      'dedicated-fixed'
    ])
    expect(CORE_BANK.version).not.toBe(OLD.version)
  })

  test('the diff shown when carrying forward names the new, changed and retired questions', () => {
    const diff = diffBanks(OLD, CORE_BANK)
    expect(diff.retired).toEqual(['INT-04'])
    expect(diff.added).toEqual(expect.arrayContaining(['HIR-06', 'HIR-07', 'PAY-04', 'INT-07', 'INT-08', 'CON-06', 'PH-05']))
    expect(diff.changed).toEqual(expect.arrayContaining(['HIR-02', 'PAY-02', 'PH-03', 'DE-02', 'TLS-01']))
  })

  test('there is a migration path from every archived release to the current bank', () => {
    for (const b of ARCHIVED_CORE_BANKS) expect(migrationPath(b, CORE_BANK)).not.toBeNull()
    expect(migrationPath(CORE_BANK, OLD)).toBeNull()
  })
})

describe("last year's answers carry into the new bank version", () => {
  const previousAnswers: Record<string, Answer> = {
    'SUP-01': {
      choice: 'direct-routine',
      contractChoice: 'silent',
      note: 'Daily stand-ups run by our leads.',
      answeredAt: '2025-11-02T10:00:00.000Z'
    },
    'INT-04': { choice: 'dedicated-fixed' },
    'PAY-02': { choice: 'client-pays-bonuses', contractChoice: 'silent', note: 'Quarterly gift cards.' },
    'PH-03': { choice: 'related-weak' },
    'DE-02': { choice: 'undisclosed-leasing' },
    'TLS-03': { na: true, naReason: 'No activity data is recorded.' },
    'HIR-02': { choice: 'client-requests', contractChoice: 'client-removal-right' },
    'PH-01': { choice: 'unregistered-supply' }
  }

  test('through the real start-assessment workflow, with the previous assessment pinned to 2026.1', () => {
    const e = engagement('e1', { deliveryCountries: ['PH', 'DE'] })
    const prev = { ...assessment('a-2025', 'e1', previousAnswers, { finalizedAt: '2025-11-30T12:00:00.000Z' }), bank: V1 }
    const doc = { ...emptyStoreDoc(), engagements: [e], assessments: [prev] }
    const started = startAssessmentIn(
      doc,
      { engagementId: 'e1', kind: 'annual', carryForwardFromId: 'a-2025' },
      CORE_BANK,
      'a-2026',
      '2026-12-06T09:00:00.000Z'
    )
    if (!started.ok) throw new Error(started.error.message)
    const a = started.value.value
    expect(a.bank).toEqual({ id: CORE_BANK.id, version: CORE_BANK.version })

    // unchanged questions and options: carried as they were, marked to confirm, no note added
    expect(a.answers['SUP-01']).toEqual({
      choice: 'direct-routine',
      contractChoice: 'silent',
      note: 'Daily stand-ups run by our leads.',
      carried: true
    })
    expect(a.answers['HIR-02']).toEqual({ choice: 'client-requests', contractChoice: 'client-removal-right', carried: true })
    expect(a.answers['TLS-03']).toEqual({ na: true, naReason: 'No activity data is recorded.', carried: true })

    // a retired question split in two: both new questions answered, each saying where it came from
    expect(a.answers['INT-04']).toBeUndefined()
    expect(a.answers['INT-07']).toMatchObject({ choice: 'all', carried: true })
    expect(a.answers['INT-08']).toMatchObject({ choice: 'named-expected', carried: true })
    expect(a.answers['INT-08']?.note).toMatch(
      /Carried from bank 2026\.1: in INT-04, you answered "They are dedicated to us and we expect the same named individuals to stay"/
    )

    // a narrowed option: mapped, flagged, the person's own note kept after ours
    expect(a.answers['PAY-02']).toMatchObject({ choice: 'client-decides-bonuses', contractChoice: 'silent', carried: true })
    expect(a.answers['PAY-02']?.note).toMatch(
      /^Carried from bank 2026\.1: in this question, you answered "We pay or decide bonuses or incentives for individual agents"/
    )
    expect(a.answers['PAY-02']?.note).toMatch(/choose again\.\n\nQuarterly gift cards\.$/)
    expect(a.answers['PH-03']).toMatchObject({ choice: 'related', carried: true })
    // one bundled answer split across two questions: registration and who directs the agents
    expect(a.answers['PH-01']).toMatchObject({ choice: 'unregistered', carried: true })
    expect(a.answers['PH-05']).toMatchObject({ choice: 'client-controls', carried: true })
    expect(a.answers['PH-05']?.note).toMatch(
      /in PH-01, you answered "The vendor supplies people we direct and is not registered with DOLE"/
    )

    // an option split with no single equivalent: no choice is guessed, the note asks to choose again
    expect(a.answers['DE-02']?.choice).toBeUndefined()
    expect(a.answers['DE-02']).toMatchObject({ carried: true })
    expect(a.answers['DE-02']?.note).toMatch(
      /"Our staff direct the agents personally, but it is not designated as leasing or the vendor has no licence"/
    )
    for (const answer of Object.values(a.answers)) expect(answer.answeredAt).toBeUndefined()
  })

  test('every answer that 2026.1 allowed comes across as a valid answer or a note to choose again', () => {
    for (const q of OLD.questions) {
      const sides = [
        { key: 'choice' as const, options: q.options },
        ...(q.contract ? [{ key: 'contractChoice' as const, options: q.contract.options }] : [])
      ]
      for (const side of sides) {
        for (const o of side.options) {
          const carried = carryAnswersForward({ [q.id]: { [side.key]: o.id } }, CORE_BANK, V1)
          const landed = Object.entries(carried)
          expect(landed.length, `${q.id} ${side.key} ${o.id} was dropped`).toBeGreaterThan(0)
          for (const [newId, answer] of landed) {
            const nq = CORE_BANK.questions.find((x) => x.id === newId)
            const chosen = answer[side.key]
            const valid =
              chosen !== undefined && (side.key === 'choice' ? nq?.options : nq?.contract?.options)?.some((x) => x.id === chosen)
            expect(valid || /choose again/.test(answer.note ?? ''), `${q.id}/${o.id} → ${newId}`).toBe(true)
          }
        }
      }
    }
  })

  test('a split question carries only the answers its mapping names onto the second question', () => {
    const carried = carryAnswersForward({ 'PH-01': { choice: 'dole-registered', note: 'Certificate on file.' } }, CORE_BANK, V1)
    expect(carried).toEqual({ 'PH-01': { choice: 'dole-registered', note: 'Certificate on file.', carried: true } })
  })

  test('within one bank version nothing is remapped, and an unknown option is still dropped rather than guessed', () => {
    const same = carryAnswersForward(
      { 'PAY-02': { choice: 'client-decides-bonuses' }, 'SUP-01': { choice: 'made-up' } },
      CORE_BANK,
      CORE_BANK
    )
    expect(same).toEqual({ 'PAY-02': { choice: 'client-decides-bonuses', carried: true } })
    expect(carryAnswersForward({ 'PAY-02': { choice: 'client-decides-bonuses' } }, CORE_BANK)).toEqual(same)
  })

  test('the mapping names only questions and options that exist on each side', () => {
    for (const m of BANK_MIGRATIONS) {
      const from = findBank(BUILTIN_BANKS, m.from) as QuestionBank
      const to = findBank(BUILTIN_BANKS, m.to) as QuestionBank
      for (const [oldId, moves] of Object.entries(m.moves)) {
        const oq = from.questions.find((q) => q.id === oldId)
        expect(oq, oldId).toBeDefined()
        for (const move of moves) {
          const nq = to.questions.find((q) => q.id === move.to)
          expect(nq, move.to).toBeDefined()
          for (const [o, n] of Object.entries(move.options ?? {})) {
            expect(
              oq?.options.some((x) => x.id === o),
              `${oldId}/${o}`
            ).toBe(true)
            if (n !== null)
              expect(
                nq?.options.some((x) => x.id === n),
                `${move.to}/${n}`
              ).toBe(true)
          }
        }
      }
    }
  })
})

describe('a 2026.2 assessment carries into 2026.3 with every answer as it was (issue 11)', () => {
  const V2 = { id: 'armslength-core', version: '2026.2' }
  const BANK_2026_2 = findBank(BUILTIN_BANKS, V2) as QuestionBank
  // 2026.3 as released (archived since 2026.4)
  const CORE_BANK = findBank(BUILTIN_BANKS, { id: 'armslength-core', version: '2026.3' }) as QuestionBank

  test('2026.3 adds the three FLSA economic-reality questions and changes or retires none', () => {
    expect(BANK_2026_2).toBeDefined()
    expect(checkBankIntegrity(BANK_2026_2)).toEqual([])
    expect(diffBanks(BANK_2026_2, CORE_BANK)).toEqual({ added: ['US-03', 'US-04', 'US-05'], changed: [], retired: [] })
    expect(migrationPath(BANK_2026_2, CORE_BANK)?.map((m) => [m.from.version, m.to.version])).toEqual([['2026.2', '2026.3']])
    expect(migrationPath(BANK_2026_2, DEFAULT_CORE)?.map((m) => [m.from.version, m.to.version])).toEqual([
      ['2026.2', '2026.3'],
      ['2026.3', '2026.4'],
      ['2026.4', '2026.5'],
      ['2026.5', '2026.6'],
      ['2026.6', '2026.7'],
      ['2026.7', '2026.8']
    ])
  })

  test('every option of every 2026.2 question, on either side, lands on the same question and option, note and N/A kept', () => {
    for (const q of BANK_2026_2.questions) {
      const sides = [
        { key: 'choice' as const, options: q.options },
        ...(q.contract ? [{ key: 'contractChoice' as const, options: q.contract.options }] : [])
      ]
      for (const side of sides) {
        for (const o of side.options) {
          const given: Answer = { [side.key]: o.id, note: `Fact behind ${q.id}.`, answeredAt: '2026-06-01T10:00:00.000Z' }
          expect(carryAnswersForward({ [q.id]: given }, CORE_BANK, V2), `${q.id} ${side.key} ${o.id}`).toEqual({
            [q.id]: { [side.key]: o.id, note: `Fact behind ${q.id}.`, carried: true }
          })
        }
      }
    }
    const na: Answer = { na: true, naReason: 'No activity data is recorded.' }
    expect(carryAnswersForward({ 'TLS-03': na }, CORE_BANK, V2)).toEqual({ 'TLS-03': { ...na, carried: true } })
  })

  test('through the real start-assessment workflow: a whole 2026.2 final carries over, and the new questions wait to be answered', () => {
    const previousAnswers: Record<string, Answer> = Object.fromEntries(
      BANK_2026_2.questions.map((q) => [
        q.id,
        { choice: q.options.at(-1)!.id, ...(q.contract ? { contractChoice: q.contract.options[0]!.id } : {}), note: `Why ${q.id}.` }
      ])
    )
    const e = engagement('e1', { deliveryCountries: ['US', 'PH'] })
    const prev = { ...assessment('a-2026', 'e1', previousAnswers, { finalizedAt: '2026-11-30T12:00:00.000Z' }), bank: V2 }
    const doc = { ...emptyStoreDoc(), engagements: [e], assessments: [prev] }
    const started = startAssessmentIn(
      doc,
      { engagementId: 'e1', kind: 'annual', carryForwardFromId: 'a-2026' },
      CORE_BANK,
      'a-2027',
      '2026-12-07T09:00:00.000Z'
    )
    if (!started.ok) throw new Error(started.error.message)
    const a = started.value.value
    expect(a.bank).toEqual({ id: 'armslength-core', version: '2026.3' })
    const expected = Object.fromEntries(Object.entries(previousAnswers).map(([id, answer]) => [id, { ...answer, carried: true }]))
    expect(a.answers).toEqual(expected)
    for (const id of ['US-03', 'US-04', 'US-05']) expect(a.answers[id]).toBeUndefined()
  })
})

describe("a 2026.3 assessment carries into 2026.4 (counsel's AÜG corrections, DECISIONS 138)", () => {
  const V3 = { id: 'armslength-core', version: '2026.3' }
  const BANK_2026_3 = findBank(BUILTIN_BANKS, V3) as QuestionBank
  // 2026.4 as released (archived since 2026.5)
  const CORE_BANK = findBank(BUILTIN_BANKS, { id: 'armslength-core', version: '2026.4' }) as QuestionBank

  test('2026.4 adds, retires and renames nothing; DE-02 (designated leasing rated 1) and DE-03 (no N/A, asked after DE-02) changed', () => {
    expect(checkBankIntegrity(BANK_2026_3)).toEqual([])
    expect(diffBanks(BANK_2026_3, CORE_BANK)).toEqual({ added: [], changed: ['DE-02', 'DE-03'], retired: [] })
    expect(migrationPath(BANK_2026_3, CORE_BANK)?.map((m) => [m.from.version, m.to.version])).toEqual([['2026.3', '2026.4']])
  })

  test('every option of every 2026.3 question, on either side, lands on the same question and option, note kept', () => {
    for (const q of BANK_2026_3.questions) {
      const sides = [
        { key: 'choice' as const, options: q.options },
        ...(q.contract ? [{ key: 'contractChoice' as const, options: q.contract.options }] : [])
      ]
      for (const side of sides) {
        for (const o of side.options) {
          const given: Answer = { [side.key]: o.id, note: `Fact behind ${q.id}.`, answeredAt: '2026-06-01T10:00:00.000Z' }
          expect(carryAnswersForward({ [q.id]: given }, CORE_BANK, V3), `${q.id} ${side.key} ${o.id}`).toEqual({
            [q.id]: { [side.key]: o.id, note: `Fact behind ${q.id}.`, carried: true }
          })
        }
      }
    }
  })

  test("an N/A the question still accepts is carried as it was; DE-03's N/A, which 2026.4 no longer accepts, becomes a note to answer from", () => {
    const na: Answer = { na: true, naReason: 'No activity data is recorded.' }
    expect(carryAnswersForward({ 'TLS-03': na }, CORE_BANK, V3)).toEqual({ 'TLS-03': { ...na, carried: true } })
    const de03: Answer = { na: true, naReason: 'No worker is leased: the arrangement is a service contract.', note: 'Checked with legal.' }
    const carried = carryAnswersForward({ 'DE-03': de03 }, CORE_BANK, V3)['DE-03']
    expect(carried).toEqual({
      carried: true,
      note:
        'Carried as not applicable: "No worker is leased: the arrangement is a service contract.". This question no longer ' +
        'accepts N/A here; choose the answer that fits.\n\nChecked with legal.'
    })
    // nothing is chosen for the person, and the carried answer is one the store and every file reader accept
    expect(carried?.choice).toBeUndefined()
    expect(AnswerSchema.safeParse(carried).success).toBe(true)
  })

  test('through the real start-assessment workflow: a German 2026.3 final carries over; DE-03 waits to be answered', () => {
    const previousAnswers: Record<string, Answer> = {
      'SUP-02': { choice: 'task-level' },
      'INT-06': { choice: 'in-our-teams' },
      'DE-02': { choice: 'occasional-person-instructions', note: 'Not designated as leasing.' },
      'DE-03': { na: true, naReason: 'A service contract.' }
    }
    const e = engagement('e1', { deliveryCountries: ['DE'] })
    const prev = { ...assessment('a-2026', 'e1', previousAnswers, { finalizedAt: '2026-11-30T12:00:00.000Z' }), bank: V3 }
    const doc = { ...emptyStoreDoc(), engagements: [e], assessments: [prev] }
    const started = startAssessmentIn(
      doc,
      { engagementId: 'e1', kind: 'annual', carryForwardFromId: 'a-2026' },
      CORE_BANK,
      'a-2027',
      '2026-12-07T09:00:00.000Z'
    )
    if (!started.ok) throw new Error(started.error.message)
    const a = started.value.value
    expect(a.bank).toEqual({ id: 'armslength-core', version: '2026.4' })
    expect(a.answers['DE-02']).toEqual({ ...previousAnswers['DE-02'], carried: true })
    expect(a.answers['DE-03']?.na).toBeUndefined()
    expect(a.answers['DE-03']?.note).toMatch(/^Carried as not applicable: "A service contract\."/)
  })
})

describe("a 2026.4 assessment carries into 2026.5 (employment counsel's review of the verdicts)", () => {
  const V4 = { id: 'armslength-core', version: '2026.4' }
  const BANK_2026_4 = findBank(BUILTIN_BANKS, V4) as QuestionBank
  // 2026.6 as released (archived since 2026.7): 2026.5 and 2026.6 moved no question; 2026.7 moved PAY-04's "top-ups"
  const BANK_2026_6 = findBank(BUILTIN_BANKS, { id: 'armslength-core', version: '2026.6' }) as QuestionBank

  test('2026.5 adds, changes and retires no question: verdicts, the UK and Indian answersCap, a California rule and BR-02 unknown', () => {
    expect(checkBankIntegrity(BANK_2026_4)).toEqual([])
    expect(diffBanks(BANK_2026_4, BANK_2026_6)).toEqual({ added: [], changed: [], retired: [] })
    expect(migrationPath(BANK_2026_4, DEFAULT_CORE)?.map((m) => [m.from.version, m.to.version])).toEqual([
      ['2026.4', '2026.5'],
      ['2026.5', '2026.6'],
      ['2026.6', '2026.7'],
      ['2026.7', '2026.8']
    ])
    expect(BANK_2026_4.profiles.filter((p) => p.answersCap).map((p) => p.id)).toEqual([])
    expect(DEFAULT_CORE.profiles.filter((p) => p.answersCap).map((p) => [p.id, p.answersCap])).toEqual([
      ['india', 'high'],
      ['united-kingdom', 'high']
    ])
  })

  test('every option of every 2026.4 question, on either side, lands on the same question and option, note kept', () => {
    for (const q of BANK_2026_4.questions) {
      const sides = [
        { key: 'choice' as const, options: q.options },
        ...(q.contract ? [{ key: 'contractChoice' as const, options: q.contract.options }] : [])
      ]
      for (const side of sides) {
        for (const o of side.options) {
          const given: Answer = { [side.key]: o.id, note: `Fact behind ${q.id}.`, answeredAt: '2026-06-01T10:00:00.000Z' }
          expect(carryAnswersForward({ [q.id]: given }, BANK_2026_6, V4), `${q.id} ${side.key} ${o.id}`).toEqual({
            [q.id]: { [side.key]: o.id, note: `Fact behind ${q.id}.`, carried: true }
          })
        }
      }
    }
  })
})

describe("a 2026.6 assessment carries into 2026.7 (employment counsel's open points, issue 11)", () => {
  const V6 = { id: 'armslength-core', version: '2026.6' }
  const BANK_2026_6 = findBank(BUILTIN_BANKS, V6) as QuestionBank

  test('2026.7 changes only PAY-04: occasional prizes apart from wages and regular pay', () => {
    expect(checkBankIntegrity(BANK_2026_6)).toEqual([])
    expect(diffBanks(BANK_2026_6, DEFAULT_CORE)).toEqual({ added: [], changed: ['PAY-04'], retired: [] })
    expect(migrationPath(BANK_2026_6, DEFAULT_CORE)?.map((m) => [m.from.version, m.to.version])).toEqual([
      ['2026.6', '2026.7'],
      ['2026.7', '2026.8']
    ])
  })

  test('a 2026.6 "top-ups" answer is asked again (no option says what it meant), with what was answered in its note; every other option carries as it was', () => {
    const topUps: Answer = { choice: 'top-ups', note: 'Monthly attendance allowance.', answeredAt: '2026-06-01T10:00:00.000Z' }
    const carried = carryAnswersForward({ 'PAY-04': topUps }, DEFAULT_CORE, V6)['PAY-04']
    expect(carried?.choice).toBeUndefined()
    expect(carried?.note).toMatch(
      /^Carried from bank 2026\.6: in this question, you answered "We pay some agents top-ups, allowances, bonuses or prizes directly"\. The question or its options changed in 2026\.7; confirm this answer or choose again\.\n\nMonthly attendance allowance\.$/
    )
    for (const q of BANK_2026_6.questions) {
      const sides = [
        { key: 'choice' as const, options: q.options },
        ...(q.contract ? [{ key: 'contractChoice' as const, options: q.contract.options }] : [])
      ]
      for (const side of sides) {
        for (const o of side.options) {
          if (q.id === 'PAY-04' && o.id === 'top-ups') continue
          const given: Answer = { [side.key]: o.id, note: `Fact behind ${q.id}.`, answeredAt: '2026-06-01T10:00:00.000Z' }
          expect(carryAnswersForward({ [q.id]: given }, DEFAULT_CORE, V6), `${q.id} ${side.key} ${o.id}`).toEqual({
            [q.id]: { [side.key]: o.id, note: `Fact behind ${q.id}.`, carried: true }
          })
        }
      }
    }
  })
})
