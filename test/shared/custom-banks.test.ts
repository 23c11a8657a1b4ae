import { describe, expect, test } from 'vitest'
import { ARCHIVED_CORE_BANKS } from '@shared/bank/archive/archived-banks'
import { CORE_BANK } from '@shared/bank/core-bank'
import { readBankFile } from '@shared/bank/import-bank'
import { diffBanks } from '@shared/bank/diff-banks'
import type { QuestionBank } from '@shared/bank/bank-schema'
import { createStoreService } from '@shared/service/store-service'
import { fixedClock, memoryFiles, memoryPersistence, sequentialIds, testReports } from '../helpers/memory-persistence'
import { engagementFields } from '../helpers/engagement-fields'

/** A custom bank built from the core bank's content under an id of its own (the core's id is reserved). */
const CUSTOM_ID = 'acme-co-employment'

function variant(change: (b: QuestionBank) => void, version = '2027.1'): QuestionBank {
  const b = structuredClone(CORE_BANK) as QuestionBank
  b.id = CUSTOM_ID
  b.title = 'Acme co-employment question bank'
  b.version = version
  change(b)
  return b
}

describe('custom question banks', () => {
  test('a bank with a new version is accepted; the same content again is recognised', () => {
    const next = variant(() => undefined)
    const r = readBankFile(JSON.stringify(next), [CORE_BANK])
    expect(r.ok && r.value.alreadyPresent).toBe(false)
    const again = readBankFile(JSON.stringify(next), [CORE_BANK, next])
    expect(again.ok && again.value.alreadyPresent).toBe(true)
  })

  test('changed content under an existing version is refused: assessments are pinned to versions', () => {
    const ours = variant(() => undefined)
    const sneaky = variant((b) => (b.questions[0]!.prompt = 'Reworded'))
    const r = readBankFile(JSON.stringify(sneaky), [CORE_BANK, ours])
    expect(r.ok ? null : r.error.code).toBe('conflict')
  })

  test("the core bank's id is reserved: a changed or new version under it is refused; our own release word for word is recognised", () => {
    for (const version of [CORE_BANK.version, '2099.1']) {
      const posing = structuredClone(CORE_BANK) as QuestionBank
      posing.version = version
      posing.questions[0]!.prompt = 'Reworded'
      const r = readBankFile(JSON.stringify(posing), [CORE_BANK])
      expect(r.ok ? null : r.error.problems).toEqual([{ path: 'id', reason: "armslength-core is reserved for Arm's Length's own banks" }])
    }
    // a look-alike id under our title, or a title a bidi override reorders on screen
    const lookAlike = { ...structuredClone(CORE_BANK), id: 'armslength-c0re', version: '2026.4' }
    expect(readBankFile(JSON.stringify(lookAlike), [CORE_BANK]).ok ? null : 'refused').toBe('refused')
    const reordered = { ...structuredClone(CORE_BANK), id: 'acme', title: 'Acme \u202eknab', version: '2027.1' }
    const r2 = readBankFile(JSON.stringify(reordered), [CORE_BANK])
    expect(r2.ok ? [] : r2.error.problems?.map((p) => p.path)).toEqual(['title'])
    const newVersionSameWords = { ...CORE_BANK, version: '2099.1' }
    expect(readBankFile(JSON.stringify(newVersionSameWords), [CORE_BANK]).ok).toBe(false)
    const release = readBankFile(JSON.stringify(CORE_BANK), [CORE_BANK])
    expect(release.ok && release.value.alreadyPresent).toBe(true)
  })

  test('schema problems are listed with their path', () => {
    const broken = variant((b) => ((b.questions[2] as { weight: unknown }).weight = 'heavy'))
    const r = readBankFile(JSON.stringify(broken), [CORE_BANK])
    expect(r.ok ? [] : r.error.problems?.map((p) => p.path)).toContain('questions[2].weight')
  })

  test('an integrity problem names where it is, or the bank as a whole, never the message as its own path', () => {
    const twice = variant((b) => b.questions.push(structuredClone(b.questions[0]!)))
    const r = readBankFile(JSON.stringify(twice), [CORE_BANK])
    expect(r.ok ? [] : r.error.problems).toContainEqual({ path: '(bank)', reason: 'duplicate question id SUP-01' })
  })

  test('integrity rules apply as to the built-in bank (a follow-up a riskier answer would hide)', () => {
    const broken = variant((b) => {
      const follow = b.questions.find((q) => q.showIf)!
      follow.showIf!.anyOf = [follow.showIf!.anyOf[0]!]
    })
    const r = readBankFile(JSON.stringify(broken), [CORE_BANK])
    expect(r.ok ? [] : r.error.problems?.map((p) => p.reason).join('\n')).toMatch(/reveals it but riskier/)
  })

  test('the diff between versions names added, changed and retired questions', () => {
    const next = variant((b) => {
      b.questions[0]!.prompt = 'A clearer wording'
      const retired = b.questions.pop()!
      b.retiredQuestionIds.push(retired.id)
    })
    const diff = diffBanks(CORE_BANK, next)
    expect(diff.changed).toEqual([CORE_BANK.questions[0]!.id])
    expect(diff.retired).toEqual([CORE_BANK.questions.at(-1)!.id])
    expect(diff.added).toEqual([])
  })

  test('an imported bank is listed, kept across restarts, and a new assessment can be answered under it', async () => {
    const mem = memoryPersistence()
    const deps = () => ({
      edition: 'browser' as const,
      persistence: mem.persistence,
      files: memoryFiles().files,
      reports: testReports,
      clock: fixedClock(),
      ids: sequentialIds()
    })
    const api = await createStoreService(deps())
    const imported = await api.importBank({ text: JSON.stringify(variant(() => undefined)) })
    expect(imported.ok).toBe(true)
    const again = await createStoreService(deps())
    const banks = await again.listBanks()
    // the built-in banks (current, then earlier releases), then the imported one
    expect(banks.ok && banks.value.map((b) => b.version)).toEqual([
      CORE_BANK.version,
      ...ARCHIVED_CORE_BANKS.map((b) => b.version),
      '2027.1'
    ])
    const e = await again.createEngagement({ fields: engagementFields() })
    const a = await again.startAssessment({
      engagementId: e.ok ? e.value.id : '',
      kind: 'annual',
      bank: { id: CUSTOM_ID, version: '2027.1' }
    })
    expect(a.ok && a.value.bank.version).toBe('2027.1')
  })
})
