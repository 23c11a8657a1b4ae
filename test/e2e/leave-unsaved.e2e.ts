import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { arrivalSettled, axeViolations, expectCount, expectText, openApp, screenshot, type Harness } from './harness'

/*
 * Vendor-manager review: a half-filled new engagement was lost when the person went to another screen to look
 * something up. A link away from typing not yet saved now asks first, by keyboard as by mouse (DECISIONS 265).
 */
describe('leaving a new engagement half filled', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('a link or Back asks first; Stay keeps the typing, Leave goes where the person was going', async () => {
    const { page } = h
    await page.getByRole('link', { name: 'New engagement' }).click()
    await expectCount(page.getByRole('heading', { name: 'New engagement', level: 1 }), 1)
    await arrivalSettled(page)
    await page.getByLabel('Vendor legal name').fill('Harbour Contact GmbH')
    // by keyboard: the Portfolio link focused and Enter pressed
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    expect(await dialog.textContent()).toContain('What you typed in this new engagement is not saved.')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stay on this page')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '30-leave-unsaved')
    await page.keyboard.press('Enter')
    await expect.poll(() => dialog.isVisible()).toBe(false)
    expect(await page.getByLabel('Vendor legal name').inputValue()).toBe('Harbour Contact GmbH')
    expect(await page.evaluate(() => window.location.hash)).toBe('#/engagements/new')
    // the browser's Back button is held too: the address returns to the form, and the same question is asked
    await page.goBack()
    await expect.poll(() => dialog.isVisible()).toBe(true)
    expect(await page.evaluate(() => window.location.hash)).toBe('#/engagements/new')
    await dialog.getByRole('button', { name: 'Stay on this page' }).click()
    expect(await page.getByLabel('Vendor legal name').inputValue()).toBe('Harbour Contact GmbH')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).click()
    await dialog.getByRole('button', { name: 'Leave without saving' }).click()
    await expectText(page.getByRole('heading', { level: 1 }), 'Portfolio')
    expect(h.pageErrors).toEqual([])
  })
})
