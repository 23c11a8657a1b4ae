import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { arrivalSettled, axeViolations, expectCount, expectText, openApp, screenshot, type Harness } from './harness'

const VENDOR = 'Manila Contact Inc.'
// a question every engagement is asked that allows N/A, and the one after it in the bank
const withNa = DEFAULT_BANK.questions.find((q) => q.naAllowed && !q.showIf && !q.appliesTo)!

describe('an assessment says what it does not hold: the start dialog, N/A without a reason, a country added later', () => {
  let h: Harness
  let assessmentHash = ''
  beforeAll(async () => {
    h = await openApp()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('the start dialog opens on the checked kind, not the first radio', async () => {
    const { page } = h
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
    await page.getByRole('link', { name: 'New engagement' }).first().click()
    await page.getByLabel('Vendor legal name').fill(VENDOR)
    await page.getByLabel('Engagement name').fill('Billing support')
    await page.getByLabel('Customer support').check()
    await page.getByLabel('Add to Delivery countries').selectOption('PH')
    await page.getByRole('button', { name: 'Add', exact: true }).first().click()
    await page.getByLabel('Approximate headcount').fill('40')
    await page.getByRole('button', { name: 'Create engagement' }).click()
    await expectText(page.getByRole('heading', { level: 1 }), VENDOR)

    await page.getByRole('button', { name: 'Start assessment' }).click()
    const dialog = page.getByRole('dialog', { name: 'Start an assessment' })
    await expectCount(dialog, 1)
    // no earlier assessment: onboarding is the checked kind, and the second radio
    expect(await dialog.getByRole('radio', { name: /Onboarding/ }).isChecked()).toBe(true)
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('onboarding')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '60-start-dialog-focus-on-checked')
    await page.keyboard.press('ArrowUp')
    expect(await dialog.getByRole('radio', { name: /Annual self-assessment/ }).isChecked()).toBe(true)
    await dialog.getByRole('button', { name: 'Start', exact: true }).click()
    await expectCount(page.locator('.question-card'), 1)
    assessmentHash = new URL(page.url()).hash.replace(/\/questions.*$/, '')
  })

  test('N/A without a reason: left behind, it is listed as not saved where the user is, and the link lands on its reason', async () => {
    const { page } = h
    await page.evaluate((hash) => (location.hash = hash), `${assessmentHash}/questions/${withNa.id}`)
    await expectText(page.locator('.question-card .question-id'), withNa.id)
    await page.getByLabel('Not applicable to this engagement').check()
    await expectText(page.locator('.save-state'), 'Not saved: 1 answer marked not applicable without a reason')
    await page.getByRole('link', { name: 'Next →' }).click()
    const notice = page.getByRole('region', { name: /^Not saved: 1 answer marked not applicable without a reason/ })
    await expectCount(notice, 1)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '61-na-without-reason-next-question')
    await page.getByRole('navigation', { name: 'Assessment' }).getByRole('link', { name: 'Results' }).click()
    await expectCount(page.getByRole('heading', { name: 'Overall co-employment risk' }), 1)
    await expectCount(notice, 1)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '62-na-without-reason-results')

    // the engagement's history says so on the assessment's row
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: VENDOR }).click()
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Not saved: 1 answer marked not applicable without a reason' }) })
    await expectCount(row, 1)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '62a-na-without-reason-engagement-row')

    // finalizing waits for it: the dialog lists it with its link and offers only Close
    await page.evaluate((hash) => (location.hash = hash), `${assessmentHash}/review`)
    await page.getByRole('button', { name: 'Send for review' }).click()
    await page.getByRole('button', { name: 'Finalize and sign off…' }).click()
    const finalize = page.getByRole('dialog', { name: 'Finalize and sign off' })
    const listed = finalize.getByRole('region', { name: /^Not saved: 1 answer marked not applicable without a reason/ })
    await expectCount(listed, 1)
    await expectCount(finalize.getByLabel('Assessor (vendor manager)'), 0)
    expect(await finalize.getByRole('button').allTextContents()).toEqual(['Close'])
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '62b-finalize-waits-for-na-reason')
    await finalize.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('button', { name: 'Return to draft' }).click()
    await page.getByRole('button', { name: 'Send for review' }).waitFor()

    // keyboard: the link lands on the reason field
    await page.evaluate((hash) => (location.hash = hash), `${assessmentHash}/results`)
    await notice.getByRole('link', { name: `Give the reason for ${withNa.id}` }).waitFor()
    await arrivalSettled(page)
    await notice.getByRole('link', { name: `Give the reason for ${withNa.id}` }).focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-na-reason') === true)
    await page.keyboard.type('Billing runs from the client’s own systems only')
    await expectText(page.locator('.save-state'), 'All changes saved')
    await expectCount(notice, 0)

    // a direction control pasted into the note: named under it, and not saved (the screen would reorder what the report prints)
    const note = page.getByLabel('Note')
    await note.fill('Invoice total \u202e0001 EUR')
    await expectText(page.locator('.question-card .field-error'), /direction control \(U\+202E\)/)
    expect(await note.getAttribute('aria-invalid')).toBe('true')
    await expectText(page.locator('.save-state'), /^Not saved: /)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '62c-note-direction-control')
    await note.fill('Invoice total 1000 EUR')
    await expectText(page.locator('.save-state'), 'All changes saved')
  })

  test('Germany added to the engagement: the questionnaire and results say the assessment does not cover it; applying brings it in', async () => {
    const { page } = h
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: VENDOR }).click()
    await page.getByRole('link', { name: 'Edit' }).click()
    await page.getByLabel('Add to Delivery countries').selectOption('DE')
    await page.getByRole('button', { name: 'Add', exact: true }).first().click()
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expectText(page.getByRole('heading', { level: 1 }), VENDOR)

    await page.evaluate((hash) => (location.hash = hash), `${assessmentHash}/questions`)
    const banner = page.getByRole('region', { name: 'This assessment does not cover Germany' })
    await expectCount(banner, 1)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '63-country-added-questionnaire')
    await page.getByRole('navigation', { name: 'Assessment' }).getByRole('link', { name: 'Results' }).click()
    await expectCount(page.getByRole('heading', { name: 'Overall co-employment risk' }), 1)
    await expectCount(banner, 1)
    await screenshot(page, '64-country-added-results')

    await page.getByRole('navigation', { name: 'Assessment' }).getByRole('link', { name: 'Review & sign-off' }).click()
    await page.getByRole('button', { name: 'Send for review' }).click()
    await page.getByRole('button', { name: 'Finalize and sign off…' }).click()
    const finalize = page.getByRole('dialog')
    // the warnings stack (too little answered comes first here): the country's is among them
    await expectCount(finalize.locator('.banner-warning').filter({ hasText: 'This assessment does not cover Germany' }), 1)
    await expectCount(finalize.getByTestId('finalize-insufficient'), 1)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '65-finalize-warns-country-not-covered')
    await finalize.getByRole('button', { name: 'Cancel' }).click()

    await banner.getByRole('button', { name: 'Apply the engagement’s current countries' }).click()
    await expectCount(banner, 0)
    await expectText(page.locator('.banner-info[role=status]'), /now applies the Germany profile/)
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/now applies the Germany profile/)
    await screenshot(page, '66-country-applied')
  })

  test('no request left 127.0.0.1 and the page logged no errors', () => {
    expect(h.foreignRequests).toEqual([])
    expect(h.pageErrors).toEqual([])
  })
})
