import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { openApp, type Harness } from './harness'
import { createEngagement, startAnnual } from './setup-engagement'

const BUNDLE = 'test-results/import-focus-bundle.json'
const focusedId = (h: Harness) => h.page.evaluate(() => document.activeElement?.id ?? '')

describe('import from Settings: focus after the preview closes', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
    await createEngagement(h.page, 'Tagus Nearshore Servicos Lda')
    await startAnnual(h.page)
    await h.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /Settings/ })
      .click()
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('button', { name: 'Export all engagements (bundle)' }).click()
    ])
    await download.saveAs(BUNDLE)
  })
  afterAll(async () => {
    await h?.close()
  })

  test('the preview counts in words that agree: "(1 assessment)", not "(1 assessments)"', async () => {
    const { page } = h
    await page.getByLabel('Import an engagement file or bundle (.json)').setInputFiles(BUNDLE)
    const row = page.locator('.import-preview tr', { hasText: 'Tagus Nearshore Servicos Lda' })
    expect(await row.innerText()).toContain('(1 assessment)')
    await page.getByRole('button', { name: 'Cancel', exact: true }).click()
  })

  test('Cancel and Import (by keyboard) return focus to the file chooser, not the page body', async () => {
    const { page } = h
    const chooser = page.getByLabel('Import an engagement file or bundle (.json)')
    const chooserId = await chooser.getAttribute('id')
    await chooser.setInputFiles(BUNDLE)
    await page.getByRole('button', { name: 'Cancel', exact: true }).focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => !document.querySelector('.import-preview'))
    expect(await focusedId(h)).toBe(chooserId)

    await chooser.setInputFiles(BUNDLE)
    await page.getByLabel('What to do with Tagus Nearshore Servicos Lda').selectOption({ label: 'Keep both' })
    await page.getByRole('button', { name: 'Import', exact: true }).focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => !document.querySelector('.import-preview'))
    expect(await focusedId(h)).toBe(chooserId)
    expect(await page.getByText(/Imported: 0 added, 0 replaced, 1 kept as copies/).count()).toBe(1)
  })
})
