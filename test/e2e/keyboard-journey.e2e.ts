import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { arrivalSettled, axeViolations, expectCount, expectText, openApp, screenshot, type Harness } from './harness'
import { createEngagement } from './setup-engagement'

/** The focused element, and whether a keyboard user can see it: not covered by anything else at its centre. */
async function focused(page: Page): Promise<{ name: string; covered: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return { name: 'BODY', covered: true }
    const r = el.getBoundingClientRect()
    const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
    const mine = at !== null && (at === el || el.contains(at) || at.closest('label')?.control === el)
    const label = (el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null))?.textContent ?? ''
    const name = `${el.tagName.toLowerCase()}[${el.getAttribute('type') ?? ''}] ${label.trim()} ${(el.textContent ?? '').trim()}`.slice(
      0,
      80
    )
    return { name, covered: !mine }
  })
}

/*
 * A keyboard-only pass of the main journey (vendor-manager review) found two faults, each proved here:
 * the engagement form's pinned actions covered the field Tab moved to, and closing the audit packet dialog
 * (Escape or Cancel) dropped focus to the page instead of the button that opened it.
 */
describe('keyboard only: nothing Tab reaches is hidden, and dialogs give focus back', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('on the engagement form, after a refused submit, every control Tab reaches is in sight above the pinned actions', async () => {
    const { page } = h
    await page.evaluate(() => (window.location.hash = '#/engagements/new'))
    await expectText(page.getByRole('heading', { level: 1 }), 'New engagement')
    await arrivalSettled(page)
    await page.getByLabel('Vendor legal name').focus()
    await page.keyboard.type('Kaveri Process Services Pvt. Ltd.')
    await page.getByRole('button', { name: 'Create engagement' }).focus()
    await page.keyboard.press('Enter')
    // the errors push the form down: the radio groups now sit just above the bottom of the window
    await expectText(page.getByText('Please correct the fields marked above.'), 'Please correct the fields marked above.')
    const covered: string[] = []
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab')
      const f = await focused(page)
      if (f.covered) covered.push(f.name)
      if (f.name.startsWith('button') && f.name.includes('Create engagement')) break
    }
    expect(covered).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'keyboard-01-engagement-form')
    // leaving the typing asks first, the form's own Cancel too (DECISIONS 265)
    await page.getByRole('button', { name: 'Cancel', exact: true }).click()
    await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave without saving' }).click()
    await expectText(page.getByRole('heading', { level: 1 }), 'Engagements')
  })

  test('the audit packet dialog gives focus back to "Build audit packet (PDF)…" after Escape and after Cancel', async () => {
    const { page } = h
    await createEngagement(page, 'Kaveri Process Services Pvt. Ltd.')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).focus()
    await page.keyboard.press('Enter')
    await expectText(page.getByRole('heading', { level: 1 }), 'Portfolio')
    await arrivalSettled(page)
    const opener = page.getByRole('button', { name: 'Build audit packet (PDF)…' })
    const dialog = page.getByRole('dialog', { name: 'Audit packet' })
    for (const leave of ['Escape', 'Cancel'] as const) {
      await opener.focus()
      await page.keyboard.press('Enter')
      await expectCount(dialog, 1)
      expect(await axeViolations(page)).toEqual([])
      if (leave === 'Escape') await page.keyboard.press('Escape')
      else {
        await dialog.getByRole('button', { name: 'Cancel' }).focus()
        await page.keyboard.press('Enter')
      }
      await expectCount(dialog, 0)
      expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true)
    }
  })
})
