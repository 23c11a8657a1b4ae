import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, openApp, screenshot, type Harness } from './harness'
import { answerQuestions, createEngagement, startAnnual } from './setup-engagement'

describe('the remediation plan at half a laptop screen (683 px)', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
    await h.page.setViewportSize({ width: 683, height: 900 })
    await createEngagement(h.page, 'Pampanga Back Office Solutions Inc.')
    await startAnnual(h.page)
    await answerQuestions(h.page, 4)
    await h.page.getByRole('link', { name: 'Results', exact: true }).click()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('each action reads across the card (not a word per line), owner and date under it with visible names', async () => {
    const { page } = h
    const plan = page.getByRole('table', { name: 'Remediation actions' })
    await plan.waitFor()
    const widths = await plan.evaluate((t) => ({
      table: t.getBoundingClientRect().width,
      action: t.querySelector('tbody tr td:nth-child(2)')!.getBoundingClientRect().width,
      owner: getComputedStyle(t.querySelector('tbody tr td:nth-child(4)')!, '::before').content
    }))
    expect(widths.action).toBeGreaterThan(widths.table * 0.8)
    expect(widths.owner).toBe('"Owner"')
    expect(await page.getByRole('textbox', { name: 'Owner of action 1' }).isVisible()).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'plan-683')
  })
})
