import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readExchangeFile } from '@shared/exchange/validate-exchange'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import type { Assessment } from '@shared/schemas/assessment'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { CHECKED_AT } from '../helpers/checked-at'
import { fakeApi } from '../helpers/fake-api'
import { value } from './store-session-fixtures'

/*
 * A sign-off is dated by the app's clock, after the assessment was started and submitted. A file may carry
 * any date with a fingerprint computed to match (attacker review: a final dated 2031-01-01 was accepted and
 * its report printed "signed off 1 January 2031"): import, restore and validate refuse it, saying where.
 */

const EXAMPLE = readFileSync(resolve(import.meta.dirname, '../../docs/examples/managed-contact-centre.json'), 'utf8')
const PATH = 'assessments[1].signOff.finalizedAt'

/** The example with the 2026 final (assessments[1]) re-dated and its fingerprint computed again. */
function redated(change: (a: Assessment) => void): string {
  const file = JSON.parse(EXAMPLE)
  const final: Assessment = file.assessments[1]
  expect(final.id).toBe('asm-lodz-2026')
  change(final)
  final.signOff!.fingerprint = fingerprintAssessment(final)
  return JSON.stringify(file)
}

const dated = (finalizedAt: string) =>
  redated((a) => {
    a.signOff!.finalizedAt = finalizedAt
  })

function problemsOf(text: string, now = CHECKED_AT) {
  const read = readExchangeFile(text, BUILTIN_BANKS, now)
  return read.ok ? [] : (read.error.problems ?? [])
}

describe('the date of a sign-off in a file', () => {
  test('after now is refused, naming the date and now; within a few minutes of clock skew it is accepted', () => {
    expect(problemsOf(dated('2031-01-01T00:00:00.000Z'))).toEqual([
      {
        path: PATH,
        reason: `The sign-off is dated 2031-01-01T00:00:00.000Z, after the time now (${CHECKED_AT}): it cannot have been signed yet`
      }
    ])
    expect(problemsOf(dated('2026-11-25T10:06:00.000Z'))).toHaveLength(1)
    expect(problemsOf(dated('2026-11-25T10:04:00.000Z'))).toEqual([])
    // the same file, checked once its date has come
    expect(problemsOf(dated('2031-01-01T00:00:00.000Z'), '2031-01-01T00:00:00.000Z')).toEqual([])
  })

  test('before the assessment was started or before the assessor submitted it is refused', () => {
    expect(problemsOf(dated('2026-10-05T08:00:00.000Z')).map((p) => [p.path, p.reason])).toEqual([
      [PATH, 'The sign-off is dated 2026-10-05T08:00:00.000Z, before the assessment was started (createdAt 2026-10-05T08:30:00.000Z)'],
      [
        PATH,
        'The sign-off is dated 2026-10-05T08:00:00.000Z, before the assessor submitted it for review (assessorSubmittedAt 2026-10-05T09:16:00.000Z)'
      ]
    ])
    expect(problemsOf(dated('2026-10-05T09:00:00.000Z')).map((p) => p.reason)).toEqual([
      'The sign-off is dated 2026-10-05T09:00:00.000Z, before the assessor submitted it for review (assessorSubmittedAt 2026-10-05T09:16:00.000Z)'
    ])
    expect(problemsOf(EXAMPLE)).toEqual([])
  })

  test('an import of a file signed in the future is refused and changes nothing', async () => {
    const { api, mem } = await fakeApi()
    const before = mem.state.snapshot()
    const text = dated('2031-01-01T00:00:00.000Z')
    for (const result of [await api.previewImport({ text }), await api.applyImport({ text, decisions: {} })]) {
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.problems?.map((p) => p.path)).toEqual([PATH])
    }
    expect(mem.state.snapshot()).toBe(before)
  })

  test('a restore of a backup holding a sign-off in the future is refused and changes nothing', async () => {
    const { api, mem, files } = await fakeApi()
    value(await api.applyImport({ text: EXAMPLE, decisions: {} }))
    value(await api.exportBackup())
    const doc = JSON.parse(String(files.saved.at(-1)!.data))
    const final: Assessment = doc.assessments.find((a: Assessment) => a.id === 'asm-lodz-2026')
    final.signOff!.finalizedAt = '2031-01-01T00:00:00.000Z'
    final.signOff!.fingerprint = fingerprintAssessment(final)
    const text = JSON.stringify(doc)
    const before = mem.state.snapshot()
    const backups = mem.state.backups.length
    for (const result of [await api.previewRestore({ text }), await api.restoreBackupFile({ text })]) {
      expect(result.ok).toBe(false)
      if (!result.ok)
        expect(result.error.problems?.map((p) => p.path)).toContain(`assessments[${doc.assessments.indexOf(final)}].signOff.finalizedAt`)
    }
    expect(mem.state.snapshot()).toBe(before)
    expect(mem.state.backups.length).toBe(backups)
  })
})
