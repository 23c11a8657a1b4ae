import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, expectCount, expectText, openApp, screenshot, type Harness } from './harness'
import { answerByKeyboard, groupsOnPage, tabTo } from './keyboard'
import { readPdf } from '../helpers/pdf-text'

async function downloadReport(h: Harness, path: string): Promise<Uint8Array> {
  const [download] = await Promise.all([
    h.page.waitForEvent('download', { timeout: 20_000 }),
    h.page.getByRole('button', { name: 'Export report (PDF)' }).click()
  ])
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)
  await download.saveAs(path)
  return new Uint8Array(readFileSync(path))
}

const VENDOR = 'Müller Kundenservice GmbH'

async function currentQuestionId(h: Harness): Promise<string> {
  return (await h.page.locator('.question-card').getAttribute('data-question-id')) ?? ''
}

describe('an annual assessment from start to sign-off, then a second cycle', () => {
  let h: Harness
  let firstAssessmentUrl = ''
  beforeAll(async () => {
    h = await openApp()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('set up an engagement delivered from Germany', async () => {
    const { page } = h
    await page.getByRole('link', { name: 'New engagement' }).click()
    await page.getByLabel('Vendor legal name').fill(VENDOR)
    await page.getByLabel('Engagement name').fill('DACH customer service')
    await page.getByLabel('Customer support').check()
    await page.getByLabel('Add to Delivery countries').selectOption('DE')
    await page.getByRole('button', { name: 'Add', exact: true }).first().click()
    await page.getByLabel('Approximate headcount').fill('85')
    await page.getByRole('button', { name: 'Create engagement' }).click()
    await expectText(page.getByRole('heading', { level: 1 }), VENDOR)
    await page.getByRole('button', { name: 'Start assessment' }).click()
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel(/Annual self-assessment/).check()
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await expectCount(page.locator('.question-card'), 1)
    firstAssessmentUrl = page.url()
  })

  test('the whole questionnaire is completed with the keyboard alone; a reload mid-way loses nothing', async () => {
    const { page } = h
    await page.locator('.question-column').focus()
    let answered = 0
    let reloaded = false
    for (let guard = 0; guard < 120; guard++) {
      const qid = await currentQuestionId(h)
      const groups = await groupsOnPage(page)
      // the first question gets a risky practice answer (it reveals follow-ups); the rest the first option
      await answerByKeyboard(page, qid === 'SUP-01' ? [0, 3].slice(2 - groups) : Array(groups).fill(0))
      answered++
      if (answered === 1) expect(await axeViolations(page)).toEqual([])
      if (answered === 1) await screenshot(page, '10-questionnaire')
      if (answered === 12 && !reloaded) {
        reloaded = true
        await page.waitForTimeout(50)
        await page.reload()
        await expectCount(page.locator('.question-card'), 1)
        expect(await currentQuestionId(h)).toBe(qid)
        // the answer given just before the reload is still there
        expect(await page.locator('.question-card input[type=radio]:checked').count()).toBe(groups)
        await page.locator('.question-column').focus()
      }
      const last = (await page.locator('.question-pager a.primary').count()) === 0
      await tabTo(page, '.question-pager .primary')
      await page.keyboard.press('Enter')
      if (last) break
      await expectText(page.locator('.question-card .eyebrow'), new RegExp(''))
      // wait until the next question is shown
      for (let i = 0; i < 50 && (await currentQuestionId(h)) === qid; i++) await page.waitForTimeout(20)
    }
    await expectText(page.getByRole('heading', { name: 'Overall co-employment risk' }), 'Overall co-employment risk')
    expect(answered).toBeGreaterThan(30)
    expect(await page.getByText(/Coverage/).count()).toBeGreaterThan(0)
  })

  test('results pass axe and match the command line on the exported file', async () => {
    const { page } = h
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '11-results')
    const bandText = (await page.locator('.result-summary .band').first().textContent())!.trim()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data (JSON)' }).click()])
    const path = 'test-results/exported-engagement.json'
    await download.saveAs(path)
    const cli = spawnSync(process.execPath, ['bin/armslength.mjs', 'score', path, '--json'], { encoding: 'utf8' })
    expect(cli.status).toBe(0)
    const scored = JSON.parse(cli.stdout) as { overall: { score: number; band: string } }
    const label = { low: 'Low', moderate: 'Moderate', high: 'High', critical: 'Critical' }[scored.overall.band]
    expect(bandText).toBe(`${label} ${scored.overall.score.toFixed(1)}`)
    expect(JSON.parse(readFileSync(path, 'utf8')).engagement.vendorName).toBe(VENDOR)
  })

  test('a draft report downloads from the browser edition with every section and a DRAFT watermark', async () => {
    const pdf = await readPdf(await downloadReport(h, 'test-results/draft-report.pdf'))
    const text = pdf.pages.join('\n')
    for (const heading of [
      'Executive summary',
      'Scope and method',
      'Risk profile',
      'Findings',
      'Action plan',
      'Review and sign-off',
      'Appendix'
    ]) {
      expect(text).toContain(heading)
    }
    expect(text).toContain(VENDOR)
    // the DRAFT watermark is drawn as outlines, outside the text layer; the status line says it in words
    expect(text).toContain('Draft: not signed off')
    expect(pdf.pages.at(-1)).toContain(`Page ${pdf.pages.length} of ${pdf.pages.length}`)
    expect(pdf.outline).toEqual(expect.arrayContaining(['1. Executive summary', '4. Findings', '5. Action plan']))
    expect(pdf.outline.some((t) => t.startsWith('1. SUP-01'))).toBe(true)
  })

  test('review: verdicts, finalization with names and attestation, then read-only', async () => {
    const { page } = h
    await page.getByRole('link', { name: 'Review & sign-off' }).click()
    await page.getByRole('button', { name: 'Send for review' }).click()
    await expectCount(page.getByRole('button', { name: 'Finalize and sign off…' }), 1)
    const firstVerdict = page.locator('.review-item').first()
    // a comment typed without a verdict stays a comment: finalizing then needs a verdict or a reason
    await firstVerdict.getByLabel('Reviewer comment').fill('Stop direct instructions; route through the vendor’s team leads.')
    await firstVerdict.getByLabel('Reviewer comment').blur()
    await expectCount(firstVerdict.getByText('No verdict yet: a comment alone is not a verdict.'), 1)
    await page.getByRole('button', { name: 'Finalize and sign off…' }).click()
    await page.getByLabel('Assessor (vendor manager)').fill('Zoë Kowalczyk')
    await page.getByLabel('Reviewer (counsel or compliance)').fill('Dr. Jürgen Weiß')
    await page.getByLabel('We make this attestation.').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expectCount(page.getByText('Give each finding a verdict, or say why these were not reviewed'), 1)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '13a-finalize-form')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await firstVerdict.getByLabel('To correct').check()
    await page.waitForTimeout(100)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '12-review')
    await page.getByRole('button', { name: 'Finalize and sign off…' }).click()
    await expectCount(page.getByLabel('Why these findings were not reviewed'), 0)
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '13-finalize-confirm')
    await page.getByRole('button', { name: 'Yes, finalize' }).click()
    await expectText(page.getByTestId('fingerprint'), /^[0-9a-f]{64}$/)
    const fingerprint = (await page.getByTestId('fingerprint').textContent())!
    await page.getByRole('link', { name: 'Results', exact: true }).click()
    const finalPdf = await readPdf(await downloadReport(h, 'test-results/final-report.pdf'))
    const finalText = finalPdf.pages.join('\n')
    expect(finalText).not.toContain('DRAFT')
    expect(finalText.replace(/\s+/g, '')).toContain(fingerprint)
    expect(finalText).toContain('Dr. Jürgen Weiß')
    expect(finalText).toContain('To correct')
    expect(finalText).toContain('Sent for review')
    expect(finalText).not.toMatch(/privileged/i)
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data (JSON)' }).click()])
    await json.saveAs('test-results/exported-engagement-final.json')
    const verify = spawnSync(
      process.execPath,
      ['bin/armslength.mjs', 'verify', 'test-results/final-report.pdf', 'test-results/exported-engagement-final.json'],
      { encoding: 'utf8' }
    )
    expect(verify.stderr).toBe('')
    expect(verify.status).toBe(0)
    await page.getByRole('link', { name: 'Questionnaire' }).click()
    expect(await page.locator('.question-card input[type=radio]:not(:disabled)').count()).toBe(0)
    await screenshot(page, '14-final-readonly')
  })

  test('a signed revision replaces the final it corrects: one cycle, marked in the history, the due date kept', async () => {
    const { page } = h
    await page.getByRole('link', { name: VENDOR }).click()
    const due = (await page.locator('#assessments-title').locator('xpath=following-sibling::p').textContent())!
    expect(due).toMatch(/^Next assessment due /)
    await page.locator('.data-table tbody th a').first().click()
    await page.getByRole('link', { name: 'Review & sign-off' }).click()
    await page.getByRole('button', { name: 'Start a revision' }).click()
    // the revision starts with the final's verdicts; changing an answer drops its verdict, on screen at once too
    await page.locator('.option-group').last().locator('input[type=radio]').nth(2).check()
    // the answer is saved (and its review dropped in the store) before the reviewer gives a new verdict
    await expectCount(page.getByText('All changes saved'), 1)
    await page.getByRole('link', { name: 'Review & sign-off' }).click()
    const firstVerdict = page.locator('.review-item').first()
    await expectCount(firstVerdict.locator('input[type=radio]:checked'), 0)
    await expectCount(page.getByRole('heading', { name: /1 without a verdict/ }), 1)
    // a verdict is the reviewer's, given once the revision is sent for review (DECISIONS 232)
    await expectCount(firstVerdict.getByText(/Verdicts are given once the assessment is sent for review/), 1)
    await page.getByRole('button', { name: 'Send for review' }).click()
    await expectCount(page.getByRole('button', { name: 'Finalize and sign off…' }), 1)
    await firstVerdict.getByLabel('To correct').check()
    await page.waitForTimeout(300)
    await page.getByRole('button', { name: 'Finalize and sign off…' }).click()
    await page.getByLabel('Assessor (vendor manager)').fill('Zoë Kowalczyk')
    await page.getByLabel('Reviewer (counsel or compliance)').fill('Dr. Jürgen Weiß')
    await page.getByLabel('We make this attestation.').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Yes, finalize' }).click()
    await expectText(page.getByTestId('fingerprint'), /^[0-9a-f]{64}$/)
    // its report says at once that it is a revision, and which final it corrects (DECISIONS 228)
    await page.getByRole('link', { name: 'Results', exact: true }).click()
    const revisionPdf = await readPdf(await downloadReport(h, 'test-results/revision-report.pdf'))
    expect(revisionPdf.pages[0]?.replace(/\s+/g, ' ')).toMatch(
      /Co-employment risk review \(revision\) .*Revision of ".+", signed off \d+ \w+ \d{4} \(document id AL-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}\): it corrects that final/
    )
    await page.getByRole('link', { name: VENDOR }).click()
    await expectCount(page.getByText('Replaced by its signed revision'), 1)
    await expectCount(page.locator('.data-table .hint', { hasText: /^Revision$/ }), 1)
    expect(await page.locator('#assessments-title').locator('xpath=following-sibling::p').textContent()).toBe(due)
    // the chart's point for the cycle is the revision, dated by the cycle it corrects (its first sign-off), not by today
    const trendLabel = (await page.locator('figure.trend svg').getAttribute('aria-label')) ?? ''
    expect(trendLabel).toMatch(/^\d{1,2} \w{3} \d{4}, revised: /)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '14a-history-revision')
    // the replaced final's own screens say so too, with a link to the revision that stands
    await page.locator('.data-table tbody th a').first().click()
    await expectText(
      page.getByTestId('replaced-banner'),
      /^Replaced by its signed revision .+, signed off \d{1,2} \w{3} \d{4}: that revision stands/
    )
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('link', { name: VENDOR }).click()
    // back to the signed revision, where the next cycle starts from
    await page.locator('.data-table tbody th a').last().click()
  })

  test('a second cycle carries answers forward; a comparison shows what changed', async () => {
    const { page } = h
    await page.getByRole('link', { name: VENDOR }).click()
    await page.getByRole('button', { name: 'Start assessment' }).click()
    await page.getByLabel(/Carry forward the answers/).check()
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await expectCount(page.getByText('Carried — confirm.'), 1)
    // the side navigation does not read carried answers as answered: each is marked to confirm, and so is its section
    expect(await page.locator('.section-nav .section-count', { hasText: 'to confirm' }).count()).toBeGreaterThan(0)
    expect(await page.locator('.section-nav .question-links a', { hasText: 'carried forward, to confirm' }).count()).toBeGreaterThan(0)
    await screenshot(page, '14b0-carried-note')
    // confirm the first answer and change the risky practice answer to the calm one
    await page.getByRole('button', { name: 'Confirm answer' }).click()
    await page.locator('.option-group').last().locator('input[type=radio]').first().check()
    // bank 2026.8: the answers still carried do not settle their questions, and the live panel says why (DECISIONS 222)
    await expectCount(page.getByText(/a carried answer counts once you confirm it/), 1)
    await screenshot(page, '14b-carried-panel')
    await page.getByRole('link', { name: 'Results', exact: true }).click()
    await expectText(
      page.locator('.score-facts dt', { hasText: 'Carried, unconfirmed' }).locator('xpath=following-sibling::dd'),
      /^[1-9]\d*$/
    )
    await page.getByRole('link', { name: VENDOR }).click()
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '15-history')
    await page.getByRole('button', { name: 'Compare' }).click()
    await expectText(page.getByRole('heading', { name: /Changed answers/ }), /Changed answers \([1-9]\d*\)/)
    expect(await page.getByRole('row', { name: /SUP-01/ }).count()).toBe(1)
    // the heading tells the signed revision apart from the final it replaced, in the menus' words
    expect(await page.locator('main .lede').first().textContent()).toMatch(/— Final, revision, started .* → .* — Draft, started /)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, '16-compare')
    expect(firstAssessmentUrl).toContain('#/assessments/')
  })

  test('no request left 127.0.0.1 and the page logged no errors', () => {
    expect(h.foreignRequests).toEqual([])
    expect(h.pageErrors).toEqual([])
  })
})
