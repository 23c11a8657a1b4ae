import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { arrivalSettled, openApp, type Harness } from './harness'
import { answerQuestions, createEngagement, startAnnual } from './setup-engagement'

const focusedText = (h: Harness) => h.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')

describe('exports keep the keyboard user in place', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
    await createEngagement(h.page, 'Kaveri Process Services Pvt. Ltd.')
    await startAnnual(h.page)
    await answerQuestions(h.page, 2)
    await h.page.getByRole('link', { name: 'Results', exact: true }).click()
    await h.page.getByRole('button', { name: 'Export report (PDF)' }).waitFor()
    await arrivalSettled(h.page)
  })
  afterAll(async () => {
    await h?.close()
  })

  test('pressing Enter on "Export report (PDF)" leaves focus on that button while and after the report is made', async () => {
    const { page } = h
    await page.getByRole('button', { name: 'Export report (PDF)' }).focus()
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    expect(await focusedText(h)).toBe('Export report (PDF)')
  })

  test('pressing Enter on "Export portfolio (CSV)" leaves focus on that button', async () => {
    const { page } = h
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).click()
    await page.getByRole('button', { name: 'Export portfolio (CSV)' }).waitFor()
    await arrivalSettled(page)
    await page.getByRole('button', { name: 'Export portfolio (CSV)' }).focus()
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.keyboard.press('Enter')])
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    await page.waitForTimeout(200)
    expect(await focusedText(h)).toBe('Export portfolio (CSV)')
  })
})
