import { afterAll, beforeAll, expect, test } from 'vitest'
import { axeViolations, expectText, openApp, type Harness } from './harness'

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h?.close()
})
test('shot', async () => {
  for (const f of ['/tmp/review-counsel/var-uk-open.json', 'docs/examples/germany-client-instructions.json']) {
    await h.page.getByRole('link', { name: 'Settings & backups' }).click()
    await h.page.getByLabel('Import an engagement file or bundle (.json)').setInputFiles(f)
    await h.page.getByRole('button', { name: 'Import', exact: true }).click()
    await expectText(h.page.getByRole('status').filter({ hasText: 'Imported:' }), /1 added/)
  }
  for (const [id, name] of [['asm-lodz-2026', 'uk-open'], ['asm-mueller-2026', 'de']]) {
    await h.page.goto(h.url + `#/assessments/${id}/results`)
    await h.page.getByRole('heading', { name: 'Recommendation' }).waitFor()
    await h.page.screenshot({ path: `test-results/screens/68-results-recommendation-${name}.png`, fullPage: true })
    console.log(name, await h.page.locator('section[aria-labelledby="recommendation-title"]').innerText())
    expect(await axeViolations(h.page)).toEqual([])
  }
})
