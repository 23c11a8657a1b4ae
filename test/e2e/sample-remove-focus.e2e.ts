import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectCount, openApp, type Harness } from './harness'

describe('removing the sample from the register', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
    await h.page.getByRole('button', { name: 'Explore a sample engagement' }).click()
    await expectCount(h.page.locator('.question-card'), 1)
    // the register as the first screen of a new visit (no navigation inside the app before it)
    await h.page.reload()
    await h.page.goto(`${h.url}#/engagements`)
    await h.page.reload()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('"Remove the sample" by keyboard leaves focus on the register heading, not the page body', async () => {
    const { page } = h
    await page.getByRole('button', { name: 'Remove the sample' }).focus()
    await page.keyboard.press('Enter')
    await expectCount(page.getByRole('button', { name: 'Remove the sample' }), 0)
    await page.waitForFunction(() => document.activeElement !== document.body, null, { timeout: 3000 }).catch(() => undefined)
    expect(await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent ?? ''}`)).toBe(
      'H1 Engagements'
    )
  })
})
