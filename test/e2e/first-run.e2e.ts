import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, expectCount, expectText, openApp, screenshot, type Harness } from './harness'

describe('first run: orientation, a sample to explore, and how the score works', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('the empty register says what the app does, its three jobs and where the data lives', async () => {
    const { page } = h
    const start = page.getByRole('region', { name: 'Start here' })
    await expectCount(start, 1)
    // the edition is asked of the host when the page opens: the paragraph says where the data lives once it answers
    await expectText(start, /browser’s own storage/)
    const text = (await start.textContent()) ?? ''
    expect(text).toContain('Annual self-assessment')
    expect(text).toContain('Legal audit packets')
    expect(text).toContain('Onboarding')
    expect(text).toMatch(/browser’s own storage/)
    expect(text).toContain('not legal advice')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'first-run-orientation')
  })

  test('a sample engagement with a partly answered assessment is one click away, labelled "Sample"', async () => {
    const { page } = h
    await page.getByRole('button', { name: 'Explore a sample engagement' }).click()
    await expectCount(page.locator('.question-card'), 1)
    await expectText(page.getByTestId('live-band'), /^Insufficient information/)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
    const row = page.getByRole('row', { name: /Sample: Harbour Contact Services/ })
    await expectCount(row, 1)
    await expectCount(row.locator('.sample-tag'), 1)
    await expectCount(page.getByRole('region', { name: 'Start here' }), 0)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'first-run-sample')
  })

  test("the sample's results give the verdict under each law applied, marked provisional while information is insufficient", async () => {
    const { page } = h
    await page
      .getByRole('link', { name: /Harbour Contact Services/ })
      .first()
      .click()
    await page
      .getByRole('link', { name: /self-assessment|review/i })
      .first()
      .click()
    await page.getByRole('navigation', { name: 'Assessment' }).getByRole('link', { name: 'Results' }).click()
    const laws = page.getByRole('region', { name: 'Under each law applied' })
    await expectCount(laws, 1)
    expect(await laws.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0)
    // insufficient information: every law's verdict is provisional, and no band is shown as settled
    const verdicts = await laws.locator('.law-verdicts > li > p.law-verdict').allTextContents()
    expect(verdicts.length).toBeGreaterThan(0)
    for (const v of verdicts) expect(v).toMatch(/^(Provisional: \S|Insufficient information for a verdict)/)
    expect(
      await laws.locator('[data-result-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-result-status')))
    ).not.toContain('sufficient')
    // the questions still open that could decide the result are named, each a link to its question
    const open = page.getByTestId('open-decisive')
    await expectText(open, /^Still open and able to decide the result on their own: [A-Z]+-\d+/)
    expect(await open.getByRole('link').count()).toBeGreaterThan(0)
    // the band each action-plan step leaves is as provisional as the result: never a bare "(Low)"
    const plan = (await page.locator('.plan-table').textContent()) ?? ''
    // never a provisional Low: a Low on too little information is "no band yet" (DECISIONS 258)
    expect(plan).toMatch(/Afterwards, if the answer becomes “[^”]+”: \d+\.\d \(((Moderate|High|Critical), provisional|no band yet)\)/)
    expect(plan).not.toMatch(/\(Low, provisional\)/)
    expect(plan).not.toMatch(/\((Low|Moderate|High|Critical)\)/)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'sample-results-laws')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
  })

  test('the sample is removed in one click, with its assessment, and the orientation returns', async () => {
    const { page } = h
    await page.getByRole('button', { name: 'Remove the sample' }).click()
    await expectCount(page.getByRole('row', { name: /Sample: Harbour/ }), 0)
    await expectCount(page.getByRole('region', { name: 'Start here' }), 1)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).click()
    await expectCount(page.getByText('No active engagements yet.'), 1)
  })

  test('"How the score works" shows the methodology document, headings, lists and tables included', async () => {
    const { page } = h
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'How the score works' }).click()
    await expectText(page.getByRole('heading', { level: 1 }), 'How the score works')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(3)
    expect(await page.locator('.method-doc table').count()).toBeGreaterThan(0)
    expect(await page.locator('.method-doc li').count()).toBeGreaterThan(3)
    expect(await page.locator('.method-doc').textContent()).toMatch(/Not legal advice/)
    // no Markdown syntax left in the text
    expect(await page.locator('.method-doc').textContent()).not.toMatch(/\*\*|^#{1,4} /m)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'method-page')
  })
})
