import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { arrivalSettled, axeViolations, expectCount, expectText, openApp, screenshot, type Harness } from './harness'
import { createEngagement } from './setup-engagement'

/*
 * Vendor-manager review: "India" then Enter added nothing (British Indian Ocean Territory also matched) and said
 * nothing; a site in a country removed from the delivery countries showed under another country, and saving moved it.
 */
describe('the engagement form: finding a country, and a site whose country is removed', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('a full name adds with Enter; several matches are said; a stale site is marked and the save refused', async () => {
    const { page } = h
    await page.evaluate(() => (window.location.hash = '#/engagements/new'))
    await expectText(page.getByRole('heading', { level: 1 }), 'New engagement')
    await arrivalSettled(page)
    const search = page.getByLabel('Find a country by name or code')
    await search.fill('gui')
    await search.press('Enter')
    await expectText(page.getByRole('status').filter({ hasText: 'match' }), /^\d+ match “gui”: choose one in the list, then Add\.$/)
    await search.fill('India')
    await search.press('Enter')
    await expectCount(page.getByRole('button', { name: 'Remove India' }), 1)
    await search.fill('Philippines')
    await search.press('Enter')
    await expectCount(page.getByRole('button', { name: 'Remove Philippines' }), 1)
    await page.getByRole('button', { name: 'Add a site' }).click()
    await page.getByLabel('Site 1 country').selectOption('IN')
    await page.getByLabel('Site 1 city and name').fill('Bengaluru — Whitefield')
    await page.getByRole('button', { name: 'Remove India' }).click()
    const site = page.getByLabel('Site 1 country')
    expect(await site.inputValue()).toBe('IN')
    expect(await site.locator('option:checked').textContent()).toBe('India (not a delivery country)')
    await page.getByLabel('Vendor legal name').fill('Whitefield Services Pvt. Ltd.')
    await page.getByLabel('Engagement name').fill('Claims processing')
    await page.getByLabel('Back office processing').check()
    await page.getByLabel('Approximate headcount').fill('40')
    await page.getByRole('button', { name: 'Create engagement' }).click()
    await expectText(
      page.getByText(/India is not a delivery country/),
      "India is not a delivery country: choose this site's country again, or remove the site"
    )
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('New engagement')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '26-stale-site-country')
    // leaving the typing asks first, the form's own Cancel too (DECISIONS 265)
    await page.getByRole('button', { name: 'Cancel', exact: true }).click()
    await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave without saving' }).click()
    await expectText(page.getByRole('heading', { level: 1 }), 'Engagements')
  })

  test('a Low on too little information is "no band yet"; signed so, the due date says it is not to be relied on', async () => {
    const { page } = h
    await createEngagement(page, 'Thin Answers Services Inc.')
    await page.getByRole('button', { name: 'Start assessment' }).click()
    await page.getByLabel(/Onboarding/).check()
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await expectCount(page.locator('.question-card'), 1)
    // the least risky option of the first question: a Low so far, on almost nothing
    const groups = page.locator('.question-card .option-group')
    for (let g = 0; g < (await groups.count()); g++) await groups.nth(g).locator('input[type=radio]').first().check()
    await expectText(page.getByTestId('live-band'), /^Insufficient informationno band yet: \d+\.\d so far$/)
    await expectCount(page.locator('.score-panel').getByText(/; no band is given until then\.$/), 1)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '27-no-band-yet')
    await expectText(page.getByText(/All changes saved|Saving…/), 'All changes saved')
    await page.getByRole('link', { name: 'Review & sign-off', exact: true }).click()
    await page.getByRole('button', { name: 'Send for review' }).click()
    await page.getByRole('button', { name: 'Finalize and sign off…' }).click()
    await page.getByLabel('Assessor (vendor manager)').fill('Ana Ribeiro')
    await page.getByLabel('Reviewer (counsel or compliance)').fill('Jürgen Weiß')
    const reason = page.getByLabel('Why these findings were not reviewed')
    if ((await reason.count()) > 0) await reason.fill('Signed to record the pre-contract position only.')
    await page.getByLabel('We make this attestation.').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Yes, finalize' }).click()
    await expectText(page.getByTestId('fingerprint'), /^[0-9a-f]{64}$/)
    await page.getByRole('link', { name: 'Thin Answers Services Inc.' }).first().click()
    await expectText(page.getByTestId('signed-thin'), /^The last signed-off assessment was signed on too little information/)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '28-signed-thin-due')
  })
})
