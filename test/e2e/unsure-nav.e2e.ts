import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectText, openApp, type Harness } from './harness'
import { createEngagement, startAnnual } from './setup-engagement'

describe('a question marked unsure in the side navigation', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
    await createEngagement(h.page, 'Sialkot Support Services (Pvt) Ltd')
    await startAnnual(h.page)
  })
  afterAll(async () => {
    await h?.close()
  })

  test('reads "marked unsure" with its own mark, not "● answered"', async () => {
    const { page } = h
    await page.getByLabel(/I am not sure/).check()
    const current = page.locator('.section-nav a[aria-current="step"]')
    await expectText(current.locator('.visually-hidden'), ', marked unsure')
    expect(await current.locator('[aria-hidden="true"]').first().textContent()).toBe('?')
  })
})
