import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/store/store-schema'
import { bothSidesRevised } from '../fixtures/revision'
import { axeViolations, expectCount, expectText, openApp, screenshot, type Harness } from './harness'
import { kv } from './browser-kv'

/*
 * A store an import by an earlier version could leave: a final with our signed revision and a colleague's beside it.
 * The screen names that, without calling it an edit outside the app, and makes no report of the engagement.
 */
describe('a final with two signed revisions in the store', () => {
  let h: Harness
  const { theirs, revision } = bothSidesRevised()
  beforeAll(async () => {
    h = await openApp()
    await expectCount(h.page.getByText('No engagements yet.'), 1)
    const whole = { schemaVersion: 3, engagements: [theirs.engagement], assessments: [...theirs.assessments, revision] }
    await kv(h, { put: ['store', JSON.stringify({ ...whole, settings: DEFAULT_SETTINGS, customBanks: [] })] })
    await h.page.reload()
    await expectText(h.page.locator('.result-count'), 'Showing 1 of 1 engagement')
  })
  afterAll(async () => {
    await h?.close()
  })

  test('each revision says a final has two signed revisions, where they can come from, and the way back', async () => {
    const { page } = h
    await page.evaluate((id) => (window.location.hash = `#/assessments/${id}/results`), revision.id)
    const alert = page.getByRole('alert').filter({ hasText: 'two signed revisions' })
    await expectText(alert.getByRole('heading'), 'A final of this engagement has two signed revisions')
    expect(await alert.textContent()).toMatch(/an import made by an earlier version of the app.*Restore a backup from before that import/)
    expect(await alert.textContent()).not.toContain('changed outside the app')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '25-two-signed-revisions')
    expect(h.pageErrors).toEqual([])
  })
})
