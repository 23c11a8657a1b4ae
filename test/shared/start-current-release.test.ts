import { describe, expect, test } from 'vitest'
import { CORE_BANK } from '@shared/bank/core-bank'
import { currentReleases, laterRelease } from '@shared/bank/bank-registry'
import { SIGN_OFF, value } from './store-session-fixtures'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'

/* A new assessment starts only on a bank's current release (attacker review: 2026.7 skipped 2026.8's corrections). */
describe('a new assessment is started on the current release only', () => {
  test('every earlier built-in release has a later one; the current core bank is the only one that starts', () => {
    expect(currentReleases(BUILTIN_BANKS).map((b) => `${b.id}@${b.version}`)).toEqual([`${CORE_BANK.id}@${CORE_BANK.version}`])
    expect(laterRelease(BUILTIN_BANKS, { id: CORE_BANK.id, version: '2026.7' })).toBeDefined()
    expect(laterRelease(BUILTIN_BANKS, { id: CORE_BANK.id, version: '2026.10' })).toBeUndefined()
  })

  test('the service refuses an earlier release, carrying forward or not, and starts the current one', async () => {
    const { api } = await fakeApi()
    const e = value(await api.createEngagement({ fields: engagementFields({ deliveryCountries: ['PL'] }) }))
    const a = value(await api.startAssessment({ engagementId: e.id, kind: 'annual' }))
    value(await api.saveAnswer({ assessmentId: a.id, questionId: 'SUP-01', answer: { choice: 'vendor-only', contractChoice: 'silent' } }))
    value(await api.setAssessmentStatus({ assessmentId: a.id, status: 'in-review' }))
    value(await api.finalizeAssessment({ assessmentId: a.id, ...SIGN_OFF }))
    const older = await api.startAssessment({
      engagementId: e.id,
      kind: 'annual',
      carryForwardFromId: a.id,
      bank: { id: CORE_BANK.id, version: '2026.7' }
    })
    expect(!older.ok && older.error.message).toMatch(
      /^Question bank armslength-core 2026\.7 is an earlier release: start new assessments on /
    )
    const current = await api.startAssessment({
      engagementId: e.id,
      kind: 'annual',
      carryForwardFromId: a.id,
      bank: { id: CORE_BANK.id, version: CORE_BANK.version }
    })
    expect(current.ok && current.value.bank.version).toBe(CORE_BANK.version)
  })
})
