import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, expectCount, expectText, openApp, screenshot, type Harness } from './harness'
import { answerQuestions, createEngagement } from './setup-engagement'

const VENDOR = 'Mindanao Support Services Corp.'

describe('finding what is left in a questionnaire, and the period of an assessment', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
    await createEngagement(h.page, VENDOR)
  })
  afterAll(async () => {
    await h?.close()
  })

  test('the period is set where the assessment starts: twelve months by default, the end after the start', async () => {
    const { page } = h
    await page.getByRole('button', { name: 'Start assessment' }).click()
    await page.getByLabel(/Annual self-assessment/).check()
    const from = await page.getByLabel('From', { exact: true }).inputValue()
    const to = await page.getByLabel('To', { exact: true }).inputValue()
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(Number(to.slice(0, 4)) - Number(from.slice(0, 4))).toBe(1)
    await page.getByLabel('From', { exact: true }).fill('2026-06-30')
    await page.getByLabel('To', { exact: true }).fill('2026-01-01')
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await expectText(page.locator('dialog[open] .field-error'), 'The end of the period must be after its start.')
    expect(await page.getByLabel('To', { exact: true }).getAttribute('aria-invalid')).toBe('true')
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel('To', { exact: true }).fill('2026-12-31')
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await expectCount(page.locator('.question-card'), 1)
    await expectText(page.locator('.page-head .eyebrow'), /30 Jun 2026 – 31 Dec 2026/)
  })

  test('the side navigation names questions in words, not ids', async () => {
    const { page } = h
    const links = await page.locator('.section-nav .question-links a').allTextContents()
    expect(links.length).toBeGreaterThan(2)
    for (const text of links) {
      expect(text).not.toMatch(/\b[A-Z]{2,4}-\d{2}\b/)
      expect(text.split(' ').length).toBeGreaterThan(3)
    }
  })

  test('each question is at most three Tab stops from the next', async () => {
    const { page } = h
    const first = await page.locator('.question-card').getAttribute('data-question-id')
    await page.locator('.question-column').focus()
    let presses = 0
    while (presses < 10) {
      await page.keyboard.press('Tab')
      presses++
      if (await page.evaluate(() => document.activeElement?.matches('.skip-next') ?? false)) break
    }
    expect(presses).toBeLessThanOrEqual(3)
    await page.keyboard.press('Enter')
    await page.waitForFunction((prev) => document.querySelector('.question-card')?.getAttribute('data-question-id') !== prev, first)
    expect(await page.evaluate(() => document.activeElement?.matches('.question-column') ?? false)).toBe(true)
  })

  test('the work queue counts what is left, and each count leads to those questions only', async () => {
    const { page } = h
    await answerQuestions(page, 2)
    const unsureId = await page.locator('.question-card').getAttribute('data-question-id')
    await page.getByLabel(/I am not sure/).check()
    await page.getByRole('link', { name: 'Next →' }).click()
    const queue = page.getByRole('navigation', { name: 'Work queue' })
    await expectText(queue.locator('.queue-unsure .queue-count'), '1')
    const total = Number((await page.locator('.pager-position').textContent())?.match(/of (\d+)/)?.[1])
    const unanswered = Number(await queue.locator('.queue-unanswered .queue-count').textContent())
    expect(unanswered).toBeGreaterThan(0)
    expect(unanswered).toBeLessThan(total)
    expect(await queue.locator('.queue-carried a').count()).toBe(0)

    await queue.getByRole('link', { name: /Unsure/ }).click()
    await expectText(page.locator('.section-nav .small-heading'), 'Unsure: 1 question')
    expect(await page.locator('.question-card').getAttribute('data-question-id')).toBe(unsureId)
    await expectCount(page.locator('.section-nav .question-links a'), 1)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'work-queue-unsure')

    await queue.getByRole('link', { name: /Unanswered/ }).click()
    await expectText(page.locator('.section-nav .small-heading'), `Unanswered: ${unanswered} questions`)
    const firstUnanswered = await page.locator('.question-card').getAttribute('data-question-id')
    await page.getByRole('link', { name: 'Next →' }).click()
    await page.waitForFunction(
      (prev) => document.querySelector('.question-card')?.getAttribute('data-question-id') !== prev,
      firstUnanswered
    )
    await expectText(page.locator('.pager-position'), new RegExp(`^2 of ${unanswered} shown`))
    await page.getByRole('button', { name: 'Show all questions' }).click()
    await expectText(page.locator('.pager-position'), new RegExp(`of ${total}$`))
  })
})
