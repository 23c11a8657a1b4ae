import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectCount, expectText, openApp, type Harness } from './harness'
import { createEngagement } from './setup-engagement'

describe('an assessment left untitled is named after its kind and the period it assesses', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
    await createEngagement(h.page, 'Ciudad Contact Centre SA')
  })
  afterAll(async () => {
    await h?.close()
  })

  test('next year\'s cycle reads "Annual self-assessment 2027" in the dialog, the heading and the history', async () => {
    const { page } = h
    await page.getByRole('button', { name: 'Start assessment' }).click()
    await page.getByLabel(/Annual self-assessment/).check()
    await page.getByLabel('From', { exact: true }).fill('2027-01-01')
    await page.getByLabel('To', { exact: true }).fill('2027-12-31')
    expect(await page.getByLabel('Title (optional)').getAttribute('placeholder')).toBe('Annual self-assessment 2027')
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await expectCount(page.locator('.question-card'), 1)
    await expectText(page.getByRole('heading', { level: 1 }), 'Annual self-assessment 2027')
    await page.getByRole('link', { name: 'Ciudad Contact Centre SA' }).first().click()
    await expectCount(page.getByRole('link', { name: 'Annual self-assessment 2027', exact: true }), 1)
  })

  test('the next annual cycle follows on from the last one instead of repeating its period and year', async () => {
    const { page } = h
    await page.getByRole('button', { name: 'Start assessment' }).click()
    await page.getByLabel(/Annual self-assessment/).check()
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('2028-01-01')
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('2028-12-31')
    expect(await page.getByLabel('Title (optional)').getAttribute('placeholder')).toBe('Annual self-assessment 2028')
    await page.getByRole('button', { name: 'Cancel' }).click()
  })
})
