import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { findBank } from '@shared/bank/bank-registry'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import type { EngagementFile } from '@shared/exchange/exchange-schemas'
import { DEFAULT_SETTINGS } from '@shared/store/store-schema'
import type { Problem } from '@shared/util/result'
import { memoryPersistence } from '../helpers/memory-persistence'
import { openMemoryService } from '../helpers/memory-service'
import { engagementFields } from '../helpers/engagement-fields'
import { CHECKED_AT } from '../helpers/checked-at'

/*
 * An answer to a question the assessment's bank version does not have is refused on every read of a file,
 * with its path (which names the question); an answer to a question the bank has but its condition hides
 * is kept, as the app keeps it.
 */

// an assessment in review, so no fingerprint changes with its answers
const FILE = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../docs/examples/germany-client-instructions.json'), 'utf8')
) as EngagementFile
const assessment = FILE.assessments[0]!
const bank = findBank(BUILTIN_BANKS, assessment.bank)!
const asked = new Set(bank.questions.map((q) => q.id))
const problemsOf = (r: { ok: boolean; error?: { problems?: Problem[] } }): Problem[] => (r.ok ? [] : (r.error?.problems ?? []))

// ids of the right shape the bank lacks: made up, or retired from it (INT-04), or asked only by another bank version
const unknownId = fc.oneof(
  fc
    .tuple(fc.stringMatching(/^[A-Z]{2,5}$/), fc.integer({ min: 0, max: 999 }))
    .map(([prefix, n]) => `${prefix}-${String(n).padStart(2, '0')}`)
    .filter((id) => !asked.has(id)),
  fc.constantFrom(...bank.retiredQuestionIds, ...BUILTIN_BANKS.flatMap((b) => b.questions.map((q) => q.id)).filter((id) => !asked.has(id)))
)

function withAnswer(id: string): EngagementFile {
  const file = structuredClone(FILE)
  file.assessments[0]!.answers[id] = { unsure: true }
  return file
}

describe('an answer to a question the bank version does not have', () => {
  test('is refused in an engagement file and in a bundle, at its path', () => {
    fc.assert(
      fc.property(unknownId, fc.boolean(), (id, asBundle) => {
        const file = withAnswer(id)
        const { format: _f, formatVersion: _v, exportedAt, ...record } = file
        const json = asBundle ? { format: 'armslength.bundle', formatVersion: 1, exportedAt, engagements: [record] } : file
        const problems = problemsOf(readExchangeFile(JSON.stringify(json), BUILTIN_BANKS, CHECKED_AT))
        expect(problems).toContainEqual({
          path: `${asBundle ? 'engagements[0].' : ''}assessments[0].answers.${id}`,
          reason: `Unknown question id in bank ${bank.id} ${bank.version}`
        })
      }),
      { numRuns: 60 }
    )
  })

  test('is refused in a backup file, and nothing is restored', async () => {
    const mem = memoryPersistence()
    const api = await openMemoryService(mem.persistence)
    const before = mem.state.snapshot()
    for (const id of [...bank.retiredQuestionIds, 'ZZZ-99']) {
      const file = withAnswer(id)
      const backup = {
        schemaVersion: 3,
        engagements: [file.engagement],
        assessments: file.assessments,
        settings: DEFAULT_SETTINGS,
        customBanks: []
      }
      const r = await api.restoreBackupFile({ text: JSON.stringify(backup) })
      expect(problemsOf(r).map((p) => p.path)).toContain(`assessments[0].answers.${id}`)
      expect(mem.state.snapshot()).toBe(before)
    }
  })

  test('an answer to a question its condition hides is kept (the app keeps it, and carries it forward)', () => {
    const followUps = bank.questions.filter((q) => q.showIf && assessment.answers[q.id])
    expect(followUps.length).toBeGreaterThan(0)
    for (const q of followUps) {
      const parent = bank.questions.find((p) => p.id === q.showIf!.question)!
      const hiding = parent.options.find((o) => !q.showIf!.anyOf.includes(o.id))!
      const file = structuredClone(FILE)
      file.assessments[0]!.answers[parent.id] = { ...file.assessments[0]!.answers[parent.id], choice: hiding.id }
      const read = readExchangeFile(JSON.stringify(file), BUILTIN_BANKS, CHECKED_AT)
      expect(problemsOf(read), q.id).toEqual([])
      expect(read.ok && read.value.kind === 'engagement' && read.value.file.assessments[0]!.answers[q.id]).toEqual(assessment.answers[q.id])
    }
  })
})

describe('an answer, review or action for a question the bank version does not have, sent to the API', () => {
  test('is refused with its path, and nothing is stored (an export of it would be refused on import)', async () => {
    const mem = memoryPersistence()
    const api = await openMemoryService(mem.persistence)
    const engagement = await api.createEngagement({ fields: engagementFields() })
    if (!engagement.ok) throw new Error(engagement.error.message)
    const started = await api.startAssessment({ engagementId: engagement.value.id, kind: 'annual' })
    if (!started.ok) throw new Error(started.error.message)
    const assessmentId = started.value.id
    const before = mem.state.snapshot()
    for (const id of ['ZZZ-99', ...bank.retiredQuestionIds]) {
      const calls = [
        ['answers', await api.saveAnswer({ assessmentId, questionId: id, answer: { unsure: true } })],
        ['reviews', await api.setReview({ assessmentId, questionId: id, verdict: 'acceptable', comment: '' })],
        ['actions', await api.setAction({ assessmentId, questionId: id, owner: 'Ops' })]
      ] as const
      for (const [member, r] of calls) {
        expect(r.ok ? null : r.error.code).toBe('invalid-request')
        expect(problemsOf(r)).toEqual([{ path: `${member}.${id}`, reason: `Unknown question id in bank ${bank.id} ${bank.version}` }])
      }
    }
    expect(mem.state.snapshot()).toBe(before)
    expect((await api.saveAnswer({ assessmentId, questionId: 'SUP-01', answer: { unsure: true } })).ok).toBe(true)
  })
})
