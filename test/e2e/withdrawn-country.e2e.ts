import { readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, expectCount, expectText, openApp, openSettings, type Harness } from './harness'
import { createEngagement } from './setup-engagement'

const VENDOR = 'Elbe Kundendienst GmbH'

describe('a file written with a withdrawn country code (DD) still imports, as Germany, and says so', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('export, rewrite Germany as DD, delete, import: the notice names the mapping and the engagement is in Germany', async () => {
    const { page } = h
    await createEngagement(page, VENDOR)
    await openSettings(page)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export all engagements (bundle)' }).click()
    ])
    await download.saveAs('test-results/withdrawn-bundle.json')
    const bundle = JSON.parse(readFileSync('test-results/withdrawn-bundle.json', 'utf8')) as {
      engagements: { engagement: { deliveryCountries: string[] } }[]
    }
    const engagement = bundle.engagements[0]?.engagement
    expect(engagement?.deliveryCountries).toContain('DE')
    if (engagement) engagement.deliveryCountries = engagement.deliveryCountries.map((c) => (c === 'DE' ? 'DD' : c))
    writeFileSync('test-results/withdrawn-bundle-dd.json', JSON.stringify(bundle))

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
    await page.getByRole('link', { name: VENDOR }).click()
    await page.getByRole('button', { name: 'Delete' }).click()
    await page.getByRole('button', { name: 'Delete engagement' }).click()
    await expectCount(page.getByText('No engagements yet.'), 1)

    await openSettings(page)
    await page.getByLabel('Import an engagement file or bundle (.json)').setInputFiles('test-results/withdrawn-bundle-dd.json')
    await expectText(
      page.getByRole('list', { name: 'Country codes read differently' }),
      'DD (German Democratic Republic) is no longer an ISO country code; it was read as Germany (DE).'
    )
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await expectText(page.getByRole('status').filter({ hasText: 'Imported:' }), /1 added/)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
    const row = page.getByRole('row', { name: new RegExp(VENDOR) })
    await expectText(row.locator('td').nth(3), 'Germany, Philippines')
  })
})
