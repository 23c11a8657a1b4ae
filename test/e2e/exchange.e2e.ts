import { readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, expectCount, expectText, openApp, screenshot, type Harness } from './harness'

const EXAMPLE = 'docs/examples/germany-client-instructions.json'
const HOSTILE = '<img src=x onerror="window.__pwned=1">Hostile Vendor'

async function importFile(h: Harness, path: string): Promise<void> {
  await h.page.getByRole('link', { name: 'Settings & backups' }).click()
  await h.page.getByLabel('Import an engagement file or bundle (.json)').setInputFiles(path)
}

async function vendorNames(h: Harness): Promise<string[]> {
  await h.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
  await h.page.getByLabel('Status').selectOption('any')
  return (await h.page.locator('tbody th[scope=row] a').allTextContents()).sort()
}

describe('export, wipe, import; broken and hostile files', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
  })
  afterAll(async () => {
    await h?.close()
  })

  test('importing an example file shows a preview, then adds it', async () => {
    await importFile(h, EXAMPLE)
    await expectCount(h.page.getByRole('heading', { name: /germany-client-instructions\.json: 1 engagement/ }), 1)
    expect(await axeViolations(h.page)).toEqual([])
    await screenshot(h.page, '20-import-preview')
    await h.page.getByRole('button', { name: 'Import', exact: true }).click()
    await expectText(h.page.getByRole('status').filter({ hasText: 'Imported:' }), /1 added/)
    expect(await vendorNames(h)).toEqual(['Müller Kundenservice GmbH'])
  })

  test('a broken bundle lists every problem with its path and changes nothing', async () => {
    const broken = JSON.parse(readFileSync(EXAMPLE, 'utf8'))
    broken.engagement.vendorName = 'Changed Vendor'
    broken.engagement.headcount = 'many'
    broken.assessments[0].answers['SUP-01'].choice = 'not-an-option'
    writeFileSync('test-results/broken.json', JSON.stringify(broken))
    await importFile(h, 'test-results/broken.json')
    const alert = h.page.getByRole('alert').filter({ hasText: 'Nothing was imported.' })
    await expectCount(alert, 1)
    expect(await alert.textContent()).toContain('engagement.headcount')
    expect(await axeViolations(h.page)).toEqual([])
    await screenshot(h.page, '21-import-rejected')
    expect(await vendorNames(h)).toEqual(['Müller Kundenservice GmbH'])
  })

  test('export everything, wipe, import the bundle: everything is back', async () => {
    await h.page.getByRole('link', { name: 'Settings & backups' }).click()
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name: 'Export all engagements (bundle)' }).click()])
    await download.saveAs('test-results/bundle.json')
    const bundle = JSON.parse(readFileSync('test-results/bundle.json', 'utf8'))
    expect(bundle.format).toBe('armslength.bundle')
    // wipe: delete the engagement through the UI
    await h.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
    await h.page.getByRole('link', { name: 'Müller Kundenservice GmbH' }).click()
    await h.page.getByRole('button', { name: 'Delete' }).click()
    await h.page.getByRole('button', { name: 'Delete engagement' }).click()
    await expectCount(h.page.getByText('No engagements yet.'), 1)
    await importFile(h, 'test-results/bundle.json')
    await h.page.getByRole('button', { name: 'Import', exact: true }).click()
    await expectText(h.page.getByRole('status').filter({ hasText: 'Imported:' }), /1 added/)
    const [again] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name: 'Export all engagements (bundle)' }).click()])
    await again.saveAs('test-results/bundle-again.json')
    const roundTrip = JSON.parse(readFileSync('test-results/bundle-again.json', 'utf8'))
    expect(roundTrip.engagements).toEqual(bundle.engagements)
  })

  test('text from an imported file is shown as text, never as markup', async () => {
    const hostile = JSON.parse(readFileSync(EXAMPLE, 'utf8'))
    hostile.engagement.id = 'hostile-1'
    hostile.engagement.vendorName = HOSTILE
    hostile.assessments = []
    writeFileSync('test-results/hostile.json', JSON.stringify(hostile))
    await importFile(h, 'test-results/hostile.json')
    await h.page.getByRole('button', { name: 'Import', exact: true }).click()
    await expectText(h.page.getByRole('status').filter({ hasText: 'Imported:' }), /1 added/)
    expect(await vendorNames(h)).toContain(HOSTILE)
    expect(await h.page.locator('img[src=x]').count()).toBe(0)
    expect(await h.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  })

  test('no request left 127.0.0.1 and the page logged no errors', () => {
    expect(h.foreignRequests).toEqual([])
    expect(h.pageErrors).toEqual([])
  })
})
