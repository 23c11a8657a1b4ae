import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, expectCount, expectText, openApp, screenshot, type Harness } from './harness'

const VENDOR = 'Ostsee Kundenservice GmbH'

/** Waits (up to 5 s) until the focused element matches the selector; fails with what has focus. */
async function expectFocus(page: Page, selector: string): Promise<void> {
  const deadline = Date.now() + 5000
  let seen = ''
  while (Date.now() < deadline) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    seen = await page.evaluate(() => {
      const a = document.activeElement
      return a ? `${a.tagName.toLowerCase()}#${a.id}.${a.className} "${(a.textContent ?? '').slice(0, 40)}"` : 'nothing'
    })
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`Expected focus on ${selector}, but it is on ${seen}`)
}

describe('countries, honest states and focus in the browser edition', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('"Germany" found by name in the country search is DE, listed once', async () => {
    const { page } = h
    await page.getByRole('link', { name: 'New engagement' }).click()
    await expectFocus(page, 'h1')
    const options = await page.locator('#deliveryCountries option').allTextContents()
    expect(options.filter((o) => o === 'Germany')).toHaveLength(1)
    expect(options.filter((o) => o === 'United Kingdom')).toHaveLength(1)
    expect(options.filter((o) => o === 'France')).toHaveLength(1)
    await page.getByLabel('Find a country by name or code').fill('germ')
    expect(await page.locator('#deliveryCountries').inputValue()).toBe('DE')
    await page.getByLabel('Find a country by name or code').press('Enter')
    await expectCount(page.getByRole('list', { name: 'Chosen: Delivery countries' }).getByText('Germany'), 1)
    await page.getByLabel('Find a country by name or code').fill('pl')
    await page.getByRole('button', { name: 'Add', exact: true }).first().click()
    await expectCount(page.getByRole('list', { name: 'Chosen: Delivery countries' }).getByText('Poland'), 1)
    await page.getByLabel('Vendor legal name').fill(VENDOR)
    await page.getByLabel('Engagement name').fill('Rostock support')
    await page.getByLabel('Customer support').check()
    await page.getByLabel('Approximate headcount').fill('40')
    await page.getByRole('button', { name: 'Create engagement' }).click()
    await expectText(page.getByRole('heading', { level: 1 }), VENDOR)
  })

  test('opening an engagement focuses its heading', async () => {
    const { page } = h
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
    await expectFocus(page, 'h1')
    await page.getByRole('link', { name: VENDOR }).click()
    await expectText(page.getByRole('heading', { level: 1 }), VENDOR)
    await expectFocus(page, 'h1')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(VENDOR)
  })

  test('starting an assessment focuses the first question; nothing answered is "Not assessed", never Low', async () => {
    const { page } = h
    await page.getByRole('button', { name: 'Start assessment' }).click()
    await page.getByLabel(/Annual self-assessment/).check()
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await expectCount(page.locator('.question-card'), 1)
    await expectFocus(page, '.question-column')
    await expectText(page.getByTestId('live-band'), 'Not assessed')
    await expectCount(page.locator('.band-low'), 0)
    expect(await axeViolations(page)).toEqual([])
  })

  test('reaching Results focuses its heading; every section says "Not assessed"', async () => {
    const { page } = h
    await page.getByRole('navigation', { name: 'Assessment' }).getByRole('link', { name: 'Results' }).click()
    await expectFocus(page, '#overall-title')
    const overall = page.locator('.result-summary [data-result-status]').first()
    expect(await overall.textContent()).toBe('Not assessed')
    const sectionStates = await page
      .locator('.section-bars [data-result-status]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-result-status')))
    expect(sectionStates.length).toBeGreaterThan(3)
    expect(new Set(sectionStates)).toEqual(new Set(['not-assessed']))
    await expectCount(page.locator('.band-low'), 0)
    // the law applied (Germany's) is named with no result yet, and Poland, which no profile covers, is named as not assessed
    const laws = page.getByRole('region', { name: 'Under each law applied' })
    expect(await laws.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      expect.stringMatching(/German/),
      'Not assessed under local law'
    ])
    expect(await laws.locator('[data-result-status]').first().textContent()).toBe('Not assessed')
    await expectText(
      laws.locator('.law-verdicts p.law-verdict').first(),
      /^Not assessed under .*nothing has been answered, so there is no verdict\.$/
    )
    await expectText(laws.getByText(/^Poland:/), /^Poland: not assessed under local law — no jurisdiction profile covers it/)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'honest-results-not-assessed')
  })

  test('the portfolio counts it as "Not assessed", not Low', async () => {
    const { page } = h
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).click()
    await expectFocus(page, 'h1')
    await expectText(page.locator('.tile-not-assessed .tile-count'), '1')
    expect(await page.locator('.tile-low .tile-count').textContent()).toBe('0')
    expect(await page.locator('.heat-tile.is-overall').getAttribute('data-result-status')).toBe('not-assessed')
    await expectCount(page.locator('.heat-map .heat-low'), 0)
    expect(await axeViolations(page)).toEqual([])
  })

  test('one answer makes it "Insufficient information" with a provisional band, never a Low; adding a document focuses its title', async () => {
    const { page } = h
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
    await page.getByRole('link', { name: VENDOR }).click()
    await page
      .getByRole('link', { name: /Annual self-assessment/ })
      .first()
      .click()
    await expectCount(page.locator('.question-card'), 1)
    await page.locator('.question-card input[type=radio]').last().check()
    // never a provisional Low: a Low on so little is not named (the riskiest answer here lifts it to High)
    await expectText(
      page.getByTestId('live-band'),
      /^Insufficient information(no band yet: \d+\.\d so far|provisional: (Moderate|High|Critical) \d+\.\d)$/
    )
    await expectCount(
      page.locator('.score-panel .band-low, .score-panel .band-moderate, .score-panel .band-high, .score-panel .band-critical'),
      0
    )
    await page.getByRole('button', { name: 'Add a document' }).click()
    await expectFocus(page, 'input[id$="-0-title"]')
    await page.keyboard.type('Master services agreement')
    expect(await page.getByLabel('Document 1 title').inputValue()).toBe('Master services agreement')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).click()
    await expectText(page.locator('.tile-insufficient .tile-count'), '1')
    expect(await page.locator('.heat-tile.is-overall').getAttribute('data-result-status')).toBe('insufficient')
  })

  test('sending for review focuses the workflow heading', async () => {
    const { page } = h
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
    await page.getByRole('link', { name: VENDOR }).click()
    await page
      .getByRole('link', { name: /Annual self-assessment/ })
      .first()
      .click()
    await page.getByRole('navigation', { name: 'Assessment' }).getByRole('link', { name: 'Review & sign-off' }).click()
    await page.getByRole('button', { name: 'Send for review' }).click()
    await expectFocus(page, '#workflow-title')
  })

  test('"Go back" in the finalize confirmation returns to Continue; finalizing focuses the workflow heading', async () => {
    const { page } = h
    await page.getByRole('button', { name: 'Finalize and sign off…' }).click()
    await page.getByLabel('Assessor (vendor manager)').fill('Jana Vogel')
    await page.getByLabel('Reviewer (counsel or compliance)').fill('Dr. Marek Bauer')
    const reason = page.getByLabel('Why these findings were not reviewed')
    if ((await reason.count()) > 0) await reason.fill('Test run: reviewed outside the app.')
    await page.getByLabel('We make this attestation.').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Go back')
    await page.keyboard.press('Enter')
    await expectFocus(page, 'dialog[open] button[type=submit]')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Yes, finalize' }).click()
    await expectText(page.locator('.page-head .status-tag'), 'Final')
    await expectFocus(page, '#workflow-title')
  })
})
