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
 * its report printed "signed off 1 January 2031"): import, restore of a backup file and validate refuse it,
 * saying where. A backup from the app's own list is restored, and the dialog names the date: the app dates a
 * sign-off by its own clock, so one that ran ahead put such a date in every later backup (attacker review).
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

/** The example imported and backed up to a file, whose 2026 final is re-dated 2031 with its fingerprint computed again. */
async function backupSignedAhead() {
  const { api, mem, files } = await fakeApi()
  value(await api.applyImport({ text: EXAMPLE, decisions: {} }))
  value(await api.exportBackup())
  const doc = JSON.parse(String(files.saved.at(-1)!.data))
  const final: Assessment = doc.assessments.find((a: Assessment) => a.id === 'asm-lodz-2026')
  final.signOff!.finalizedAt = '2031-01-01T00:00:00.000Z'
  final.signOff!.fingerprint = fingerprintAssessment(final)
  return { api, mem, doc, final, text: JSON.stringify(doc) }
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

  test('with an offset instead of UTC is refused, as the app writes every sign-off time in UTC', () => {
    // the 25th at 10:00 UTC, whose text begins with the 26th: a date read off the text was a day out
    expect(problemsOf(dated('2026-11-26T09:59:00+23:59'))).toEqual([
      {
        path: PATH,
        reason: 'The sign-off time 2026-11-26T09:59:00+23:59 is not in UTC: the app records sign-off times in UTC, ending in "Z"'
      }
    ])
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

  test('a restore of a backup file holding a sign-off in the future is refused and changes nothing', async () => {
    const { api, mem, doc, final, text } = await backupSignedAhead()
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

describe('a sign-off dated after now in a backup of the app’s own list (its clock ran ahead when it was signed)', () => {
  async function listedBackupSignedAhead() {
    const { api, mem, text } = await backupSignedAhead()
    const info = await mem.persistence.writeBackup(text, { createdAt: '2031-01-01T00:05:00.000Z', engagementCount: 1, pinned: false })
    return { api, mem, text, id: info.id }
  }

  test('the preview names it, as the backup list offers it', async () => {
    const { api, id } = await listedBackupSignedAhead()
    const impact = value(await api.previewRestore({ id }))
    expect(impact.signedAhead).toEqual([
      {
        assessmentId: 'asm-lodz-2026',
        engagementName: expect.any(String),
        vendorName: expect.any(String),
        title: expect.any(String),
        finalizedAt: '2031-01-01T00:00:00.000Z'
      }
    ])
    // the store holds the same final signed at its real date: the restore would replace that sign-off, and says so
    expect(impact.signedOff.map((a) => a.inBackup)).toEqual([{ kind: 'signed-other', finalizedAt: '2031-01-01T00:00:00.000Z' }])
  })

  test('the restore takes it, the sign-off as it was dated; the same text from a file is still refused', async () => {
    const { api, mem, text, id } = await listedBackupSignedAhead()
    expect((await api.restoreBackupFile({ text })).ok).toBe(false)
    value(await api.restoreBackup({ id }))
    const restored = mem.state.storedDoc().assessments.find((a) => a.id === 'asm-lodz-2026')
    expect(restored?.signOff?.finalizedAt).toBe('2031-01-01T00:00:00.000Z')
  })
})
