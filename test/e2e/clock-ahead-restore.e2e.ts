import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/store/store-schema'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import type { Assessment } from '@shared/schemas/assessment'
import { axeViolations, expectCount, expectText, openApp, openSettings, screenshot, type Harness } from './harness'
import { kv } from './browser-kv'

/*
 * A final signed while the computer's clock ran ahead carries a sign-off date still to come once the clock is put
 * right. Its backups used to be refused on restore, every one of them (attacker review); a backup from the list is
 * restored now, and the dialog names the date and says to check the clock (DECISIONS 263).
 */
const AHEAD = '2031-01-01T00:00:00.000Z'

function storeSignedAhead(): string {
  const file = JSON.parse(readFileSync(resolve('docs/examples/managed-contact-centre.json'), 'utf8'))
  const final: Assessment = file.assessments.find((a: Assessment) => a.id === 'asm-lodz-2026')
  // what the app itself records when its clock reads 2031 at sign-off
  final.signOff!.finalizedAt = AHEAD
  final.signOff!.fingerprint = fingerprintAssessment(final)
  return JSON.stringify({
    schemaVersion: 3,
    engagements: [file.engagement],
    assessments: file.assessments,
    settings: DEFAULT_SETTINGS,
    customBanks: []
  })
}

describe('a backup holding a final signed while the clock ran ahead', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
    await expectCount(h.page.getByText('No engagements yet.'), 1)
    await kv(h, { put: ['store', storeSignedAhead()] })
    await h.page.reload()
    await expectText(h.page.locator('.result-count'), 'Showing 1 of 1 engagement')
  })
  afterAll(async () => {
    await h?.close()
  })

  test('is restored from the list; the dialog names the sign-off dated after now and says to check the clock', async () => {
    const { page } = h
    await openSettings(page)
    await page.getByRole('button', { name: 'Back up now' }).click()
    await expectCount(page.getByText(/Backup made at|no second copy was made/), 1)
    await page
      .getByRole('button', { name: /Restore backup from/ })
      .first()
      .click()
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await expectText(
      dialog.getByRole('strong').filter({ hasText: 'dated after' }),
      '1 signed-off assessment in this backup is dated after this computer’s time now.'
    )
    const listed = await dialog.getByRole('list', { name: 'Sign-offs dated after now' }).getByRole('listitem').allTextContents()
    expect(listed).toHaveLength(1)
    expect(listed[0]).toMatch(/Annual review 2026, signed off .*2031/)
    expect(await dialog.textContent()).toContain('Check the computer’s date and time')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '29-restore-signed-ahead')
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click()
    await expectText(page.getByRole('status').filter({ hasText: 'Restored the backup' }), /^Restored the backup from /)
    expect(h.pageErrors).toEqual([])
  })
})
