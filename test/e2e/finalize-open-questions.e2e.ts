import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, expectCount, expectText, openApp, screenshot, type Harness } from './harness'
import { answerQuestions, createEngagement, startAnnual } from './setup-engagement'

/** Fills what the finalize form needs, short of the review period. */
async function fillSignOff(h: Harness): Promise<void> {
  const { page } = h
  await page.getByLabel('Assessor (vendor manager)').fill('Ana Ribeiro')
  await page.getByLabel('Reviewer (counsel or compliance)').fill('Jürgen Weiß')
  const reason = page.getByLabel('Why these findings were not reviewed')
  if ((await reason.count()) > 0) await reason.fill('Reviewed outside the app.')
  await page.getByLabel('We make this attestation.').check()
}

describe('finalize: which questions are open, and a period that has not ended', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
    await createEngagement(h.page, 'Lagoa Servicos de Atendimento Ltda')
    await startAnnual(h.page)
    await answerQuestions(h.page, 3)
    await h.page.getByRole('link', { name: 'Review & sign-off', exact: true }).click()
    await h.page.getByRole('button', { name: 'Send for review' }).click()
    await h.page.getByRole('button', { name: 'Finalize and sign off…' }).click()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('the unanswered questions are listed under the warning, those that could decide the result first', async () => {
    const { page } = h
    const list = page.getByTestId('finalize-unanswered')
    await expectText(list.locator('summary'), /^\d+ questions are unanswered, \d+ of which could decide the result$/)
    await list.locator('summary').click()
    const headings = await list.getByRole('heading').allTextContents()
    expect(headings).toEqual([expect.stringMatching(/^Could decide the result \(\d+\)$/), expect.stringMatching(/^The others \(\d+\)$/)])
    const first = await list.locator('ul').first().locator('li').allTextContents()
    expect(first.length).toBeGreaterThan(0)
    for (const item of first) expect(item).toMatch(/^[A-Z]{2,4}-\d{2}: \S.+/)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'finalize-unanswered')
  })

  test('a period ending tomorrow is refused on the To date, which takes focus; ending today, it goes on', async () => {
    const { page } = h
    await page.getByTestId('finalize-unanswered').locator('summary').click()
    await fillSignOff(h)
    const [today, tomorrow] = await page.evaluate(() => {
      const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
      const now = new Date()
      return [iso(now), iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1))]
    })
    const to = page.getByLabel('To', { exact: true })
    await to.fill(tomorrow!)
    await page.getByRole('button', { name: 'Continue' }).click()
    await expectText(
      page.locator('dialog[open] .field-error'),
      /^The review period cannot end after today \(\d{1,2} [A-Z][a-z]{2,3} \d{4}\): /
    )
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await to.getAttribute('id'))
    expect(await to.getAttribute('aria-invalid')).toBe('true')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'finalize-period-after-today')
    await to.fill(today!)
    await expectCount(page.locator('dialog[open] .field-error'), 0)
    await page.getByRole('button', { name: 'Continue' }).click()
    await expectCount(page.getByRole('button', { name: 'Yes, finalize' }), 1)
    await page.getByRole('button', { name: 'Yes, finalize' }).click()
    await expectText(page.getByTestId('fingerprint'), /^[0-9a-f]{64}$/)
  })
})

describe('removing a sample someone signed off', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
    await h.page.getByRole('button', { name: 'Explore a sample engagement' }).click()
    await expectCount(h.page.locator('.question-card'), 1)
    await h.page.getByRole('link', { name: 'Review & sign-off', exact: true }).click()
    await h.page.getByRole('button', { name: 'Send for review' }).click()
    await h.page.getByRole('button', { name: 'Finalize and sign off…' }).click()
    await fillSignOff(h)
    await h.page.getByRole('button', { name: 'Continue' }).click()
    await h.page.getByRole('button', { name: 'Yes, finalize' }).click()
    await expectText(h.page.getByTestId('fingerprint'), /^[0-9a-f]{64}$/)
    await h.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('"Remove the sample" opens the delete dialog with the name to type; typed, the sample goes', async () => {
    const { page } = h
    await page.getByRole('button', { name: 'Remove the sample' }).click()
    const dialog = page.getByRole('dialog', { name: /^Delete the engagement “Sample: customer care from Manila”/ })
    await expectCount(dialog, 1)
    const name = dialog.getByLabel(/Type the engagement name/)
    await expectCount(name, 1)
    expect(await dialog.getByRole('button', { name: 'Delete engagement' }).isDisabled()).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'sample-remove-signed')
    await name.fill('Sample: customer care from Manila')
    await dialog.getByRole('button', { name: 'Delete engagement' }).click()
    await expectCount(page.getByRole('row', { name: /Sample: Harbour/ }), 0)
    await expectCount(page.getByRole('button', { name: 'Remove the sample' }), 0)
    expect(h.pageErrors).toEqual([])
  })
})
