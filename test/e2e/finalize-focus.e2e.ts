import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, openApp, type Harness } from './harness'
import { answerQuestions, createEngagement, startAnnual } from './setup-engagement'

const focusedId = (h: Harness) => h.page.evaluate(() => document.activeElement?.id ?? '')

describe('finalize: a refused Continue takes focus to what must be fixed', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
    await createEngagement(h.page, 'Lagoa Servicos de Atendimento Ltda')
    await startAnnual(h.page)
    await answerQuestions(h.page, 2)
    await h.page.getByRole('link', { name: 'Review & sign-off', exact: true }).click()
    await h.page.getByRole('button', { name: 'Send for review' }).click()
    await h.page.getByRole('button', { name: 'Finalize and sign off…' }).click()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('focus moves to the first field with a problem, each time, down to the attestation tick', async () => {
    const { page } = h
    const assessor = page.getByLabel('Assessor (vendor manager)')
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(await focusedId(h)).toBe(await assessor.getAttribute('id'))
    expect(await assessor.getAttribute('aria-invalid')).toBe('true')
    await page.keyboard.type('Ana Ribeiro')
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(await focusedId(h)).toBe(await page.getByLabel('Reviewer (counsel or compliance)').getAttribute('id'))
    await page.keyboard.type('Jürgen Weiß')
    const reason = page.getByLabel('Why these findings were not reviewed')
    if ((await reason.count()) > 0) await reason.fill('Reviewed outside the app.')
    await page.getByRole('button', { name: 'Continue' }).click()
    const tick = page.getByLabel('We make this attestation.')
    expect(await focusedId(h)).toBe(await tick.getAttribute('id'))
    expect(await tick.getAttribute('aria-invalid')).toBe('true')
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Space')
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(await page.getByRole('button', { name: 'Yes, finalize' }).count()).toBe(1)
  })
})
