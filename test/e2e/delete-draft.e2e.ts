import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, expectCount, expectText, openApp, screenshot, type Harness } from './harness'
import { answerQuestions, createEngagement, startAnnual } from './setup-engagement'

describe('deleting a draft started by mistake', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
    await createEngagement(h.page, 'Mistake Vendor Ltd')
    await startAnnual(h.page)
    await answerQuestions(h.page, 2)
  })
  afterAll(async () => {
    await h?.close()
  })

  test('by keyboard: the dialog opens on Cancel, passes axe, says a backup is made; confirming removes the draft and opens the engagement', async () => {
    const { page } = h
    await page.getByRole('button', { name: 'Delete draft…' }).focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    await expectText(dialog.getByRole('heading'), /^Delete “.*”\?$/)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel')
    await expectText(dialog.locator('.dialog-body p').first(), /^This draft, started .*, is removed with its 2 answers, notes/)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'delete-draft-dialog')
    // Enter on the focused Cancel keeps it
    await page.keyboard.press('Enter')
    await expectCount(page.getByRole('dialog'), 0)
    await expectCount(page.locator('.question-card'), 1)
    await page.getByRole('button', { name: 'Delete draft…' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Delete draft' }).focus()
    await page.keyboard.press('Enter')
    await expectText(page.getByRole('heading', { level: 1 }), 'Mistake Vendor Ltd')
    await expectText(
      page.locator('#assessments-title + .lede, .card[aria-labelledby="assessments-title"] .lede').first(),
      /not assessed yet/
    )
    await screenshot(page, 'delete-draft-after')
  })
})
