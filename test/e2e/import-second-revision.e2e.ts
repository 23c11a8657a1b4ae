import { mkdirSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, expectCount, expectText, openApp, openSettings, screenshot, type Harness } from './harness'
import { bothSidesRevised, THEIR_REVISION_ID } from '../fixtures/revision'

/*
 * A final revised here and, differently, elsewhere: "Replace ours" with the other copy keeps our revision and says
 * why theirs is not taken (a final is revised once; two revisions would both stand for its cycle).
 */
const OURS = 'test-results/second-revision-ours.json'
const THEIRS = 'test-results/second-revision-theirs.json'

describe('importing a second revision of a final we revised', () => {
  let h: Harness
  const { ours, theirs } = bothSidesRevised()
  const theirRevision = theirs.assessments.find((a) => a.id === THEIR_REVISION_ID)
  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true })
    writeFileSync(OURS, JSON.stringify({ ...theirs, assessments: ours.assessments }))
    writeFileSync(THEIRS, JSON.stringify({ ...theirs, engagement: { ...theirs.engagement, vendorName: 'Revised Elsewhere Ltd' } }))
    h = await openApp()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('the preview names their revision as not taken, and the import keeps ours alone', async () => {
    await openSettings(h.page)
    const field = h.page.getByLabel('Import an engagement file or bundle (.json)')
    await field.setInputFiles(OURS)
    await h.page.getByRole('button', { name: 'Import', exact: true }).click()
    await expectText(h.page.getByRole('status').filter({ hasText: 'Imported:' }), /1 added/)

    await field.setInputFiles(THEIRS)
    await h.page.getByLabel(/What to do with Revised Elsewhere Ltd/).selectOption('replace')
    const effect = h.page.locator('.import-preview tbody td').last()
    await expectText(effect, /revises a final we have already revised, or an assessment of the file that is not taken: not taken/)
    expect(await effect.textContent()).toContain(theirRevision?.title || THEIR_REVISION_ID)
    expect(await axeViolations(h.page)).toEqual([])
    await screenshot(h.page, '24-import-second-revision')
    await h.page.getByRole('button', { name: 'Import', exact: true }).click()
    await expectText(
      h.page.getByRole('status').filter({ hasText: 'Imported:' }),
      /1 replaced.*1 of the file's assessment not taken: a second revision of a final we revised\./
    )
    await expectCount(h.page.getByText('Revised Elsewhere Ltd'), 0)
  })
})
