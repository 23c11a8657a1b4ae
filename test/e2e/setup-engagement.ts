import type { Page } from 'playwright-core'
import { arrivalSettled, expectCount, expectText } from './harness'

/** Creates an engagement through the form (Germany and the Philippines) and opens its page. */
export async function createEngagement(page: Page, vendor: string, name = 'Customer care'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
  await page.getByRole('link', { name: 'New engagement' }).first().click()
  await page.getByLabel('Vendor legal name').fill(vendor)
  await page.getByLabel('Engagement name').fill(name)
  await page.getByLabel('Customer support').check()
  for (const code of ['DE', 'PH']) {
    await page.getByLabel('Add to Delivery countries').selectOption(code)
    await page.getByRole('button', { name: 'Add', exact: true }).first().click()
  }
  await page.getByLabel('Approximate headcount').fill('60')
  await page.getByRole('button', { name: 'Create engagement' }).click()
  await expectText(page.getByRole('heading', { level: 1 }), vendor)
  await arrivalSettled(page)
}

/** Starts an annual assessment from the engagement page and waits for the first question. */
export async function startAnnual(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start assessment' }).click()
  await page.getByLabel(/Annual self-assessment/).check()
  await page.getByRole('button', { name: 'Start', exact: true }).click()
  await expectCount(page.locator('.question-card'), 1)
  await arrivalSettled(page)
}

/** Answers the next `n` questions by clicking the last (riskiest) option of each group, then moves on. */
export async function answerQuestions(page: Page, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const id = await page.locator('.question-card').getAttribute('data-question-id')
    const groups = page.locator('.question-card .option-group')
    for (let g = 0; g < (await groups.count()); g++) await groups.nth(g).locator('input[type=radio]').last().check()
    await page.getByRole('link', { name: 'Next →' }).click()
    await page.waitForFunction((prev) => document.querySelector('.question-card')?.getAttribute('data-question-id') !== prev, id)
  }
  await arrivalSettled(page)
}
