import { describe, expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { fakeApi } from '../helpers/fake-api'
import { startedAssessment } from '../helpers/assessment-screen'

/*
 * Attacker review: saveAnswer checked only that the question exists, while restore and import refuse an answer the
 * question's own rules refuse. One such save made every later backup unrestorable, with a signed final in it.
 */
const withContract = DEFAULT_BANK.questions.find((q) => q.contract && !q.naAllowed)!
const withoutContract = DEFAULT_BANK.questions.find((q) => !q.contract && !q.naAllowed)!

describe('saving an answer', () => {
  test.each([
    ['a choice that is not one of the options', withContract.id, { choice: 'x' }, `answers.${withContract.id}.choice`],
    [
      'a contract choice that is not one of its options',
      withContract.id,
      { contractChoice: 'y' },
      `answers.${withContract.id}.contractChoice`
    ],
    [
      'a contract answer to a question without one',
      withoutContract.id,
      { contractChoice: 'y' },
      `answers.${withoutContract.id}.contractChoice`
    ],
    ['N/A where the question does not allow it', withoutContract.id, { na: true, naReason: 'not here' }, `answers.${withoutContract.id}.na`]
  ])('refuses %s, saying where, and stores nothing', async (_what, questionId, answer, path) => {
    const { api } = await fakeApi()
    const { assessmentId } = await startedAssessment(api)
    const saved = await api.saveAnswer({ assessmentId, questionId, answer })
    expect(saved.ok).toBe(false)
    if (saved.ok) return
    expect(saved.error.code).toBe('invalid-request')
    expect(saved.error.problems?.map((p) => p.path)).toContain(path)
    const opened = await api.openAssessment({ assessmentId })
    expect(opened.ok && opened.value.assessment.answers[questionId]).toBeFalsy()
  })

  test('a backup taken after answers are saved can be restored', async () => {
    const { api } = await fakeApi()
    const { assessmentId } = await startedAssessment(api)
    const valid = { choice: withContract.options[0]!.id, contractChoice: withContract.contract!.options[0]!.id }
    expect((await api.saveAnswer({ assessmentId, questionId: withContract.id, answer: valid })).ok).toBe(true)
    expect((await api.saveAnswer({ assessmentId, questionId: withoutContract.id, answer: { choice: 'x' } })).ok).toBe(false)
    const backup = await api.backupNow()
    if (!backup.ok) throw new Error(backup.error.message)
    const restored = await api.restoreBackup({ id: backup.value.id })
    expect(restored.ok ? 'ok' : restored.error.message).toBe('ok')
  })
})
