import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, expectCount, openApp, screenshot, type Harness } from './harness'
import { answerQuestions, createEngagement, startAnnual } from './setup-engagement'

const WIDTHS = [1366, 1024, 683] as const

/** The page never scrolls sideways: anything wide scrolls inside its own box. 0, or the elements that stick out. */
async function horizontalOverflow(page: Page): Promise<number | string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth <= width) return 0
    // the outermost elements reaching past the edge, to say what to fix
    const clipped = (e: HTMLElement) => {
      for (let p = e.parentElement; p; p = p.parentElement)
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true
      return false
    }
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !clipped(e))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`)
  })
}

/** Pixels of the question card hidden under the score panel (0 when they do not overlap). */
async function cardUnderPanel(page: Page): Promise<number> {
  return page.evaluate(() => {
    const a = document.querySelector('.question-card')?.getBoundingClientRect()
    const b = document.querySelector('.score-panel')?.getBoundingClientRect()
    if (!a || !b) return -1
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
    return w > 0 && h > 0 ? w * h : 0
  })
}

/** The narrowest text column of the question card, in px (a word-per-line column is < 200 px). */
async function questionWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('.question-title')?.getBoundingClientRect().width ?? 0)
}

describe('the main screens from 1366 down to 683 px wide', () => {
  let h: Harness
  let questionsUrl = ''
  beforeAll(async () => {
    h = await openApp()
    await createEngagement(h.page, 'Visayas Contact Solutions Inc.', 'Cebu inbound support and collections in February')
    await startAnnual(h.page)
    await answerQuestions(h.page, 3)
    // a document row is where the question used to slide under the score panel at 1366
    await h.page.getByRole('button', { name: 'Add a document' }).click()
    await h.page.getByLabel('Document 1 title').fill('Statement of work no. 7 — Cebu inbound support, signed')
    questionsUrl = h.page.url()
  })
  afterAll(async () => {
    await h?.close()
  })

  for (const width of WIDTHS) {
    test(`${width} px: questionnaire, results, review, portfolio and the start dialog fit`, async () => {
      const { page } = h
      await page.setViewportSize({ width, height: 900 })
      await page.goto(questionsUrl)
      await expectCount(page.locator('.question-card'), 1)
      await screenshot(page, `responsive-${width}-questionnaire`)
      expect(await horizontalOverflow(page)).toBe(0)
      expect(await cardUnderPanel(page)).toBe(0)
      expect(await questionWidth(page)).toBeGreaterThan(300)

      for (const view of ['Results', 'Review & sign-off'] as const) {
        await page.getByRole('navigation', { name: 'Assessment' }).getByRole('link', { name: view }).click()
        await expectCount(page.locator(view === 'Results' ? '.results' : '.review'), 1)
        expect(await horizontalOverflow(page)).toBe(0)
        await screenshot(page, `responsive-${width}-${view === 'Results' ? 'results' : 'review'}`)
      }

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio' }).click()
      await expectCount(page.locator('.heat-map'), 1)
      expect(await horizontalOverflow(page)).toBe(0)
      const search = await page.locator('#pf-text').boundingBox()
      expect(search?.width ?? 0).toBeGreaterThan(180)
      await screenshot(page, `responsive-${width}-portfolio`)

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
      await page.getByRole('link', { name: 'Visayas Contact Solutions Inc.' }).click()
      expect(await horizontalOverflow(page)).toBe(0)
      await screenshot(page, `responsive-${width}-engagement`)
      await page.getByRole('button', { name: 'Start assessment' }).click()
      // each radio sits next to its label: the gap between them is small at every width
      const gap = await page.evaluate(() => {
        const input = document.querySelector('dialog[open] .kind-choice input')?.getBoundingClientRect()
        const text = document.querySelector('dialog[open] .kind-choice span')?.getBoundingClientRect()
        return input && text ? { gap: text.left - input.right, radio: input.width } : null
      })
      expect(gap?.radio).toBeLessThanOrEqual(24)
      expect(gap?.gap).toBeGreaterThanOrEqual(0)
      expect(gap?.gap).toBeLessThan(24)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `responsive-${width}-start-dialog`)
      await page.getByRole('button', { name: 'Cancel' }).click()
    })
  }
})
