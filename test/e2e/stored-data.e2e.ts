import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/store/store-schema'
import { axeViolations, expectCount, expectText, openApp, openSettings, screenshot, type Harness } from './harness'
import { kv } from './browser-kv'

/**
 * The browser edition's stored data, end to end: an old single-document store is split on first open,
 * a damaged assessment record is reported where it is used (the rest keeps working), and a database
 * that cannot be opened at all is explained instead of leaving a blank page.
 */

type EngagementFile = { engagement: { id: string; vendorName: string }; assessments: { id: string; title: string }[] }
const example = JSON.parse(readFileSync('docs/examples/managed-contact-centre.json', 'utf8')) as EngagementFile
const wholeStore = JSON.stringify({
  schemaVersion: 3,
  engagements: [example.engagement],
  assessments: example.assessments,
  settings: DEFAULT_SETTINGS,
  customBanks: []
})

describe('stored data in the browser edition', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
    await expectCount(h.page.getByText('No engagements yet.'), 1)
  })
  afterAll(async () => {
    await h?.close()
  })

  test('an old single-document store is split into an index and one record per assessment on open', async () => {
    await kv(h, { put: ['store', wholeStore] })
    await h.page.reload()
    await expectText(h.page.locator('.result-count'), 'Showing 1 of 1 engagement')
    // told once, with where the old copy is
    await expectText(h.page.getByRole('heading', { name: 'Your data was upgraded' }), 'Your data was upgraded')
    expect(await h.page.locator('.banner-info').textContent()).toContain('store version 3')
    expect(await axeViolations(h.page)).toEqual([])
    await screenshot(h.page, '39-upgraded')
    await h.page.locator('.banner-info').getByRole('button', { name: 'OK' }).click()
    await expectCount(h.page.locator('.banner-info'), 0)
    const keys = await kv(h, { list: true })
    for (const a of example.assessments) expect(keys.some((k) => k.startsWith(`body:${a.id.toLowerCase()}`))).toBe(true)
    await h.page.getByRole('link', { name: example.engagement.vendorName }).click()
    await expectCount(h.page.getByRole('heading', { name: 'Assessments', exact: true }), 1)
    // the history lists every assessment, each read from its own record
    for (const a of example.assessments) await expectCount(h.page.locator(`a[href^="#/assessments/${a.id}/"]`), 1)
    expect(h.pageErrors).toEqual([])
  })

  test('a damaged assessment record is reported on its engagement; the register keeps working', async () => {
    const body = (await kv(h, { list: true })).find((k) => k.startsWith('body:'))
    expect(body).toBeDefined()
    await kv(h, { put: [body as string, '{"id": "trunc'] })
    await h.page.reload()
    await expectText(
      h.page.getByRole('alert'),
      /Could not read this engagement's assessments\. The stored data of the assessment .* is not valid JSON/
    )
    expect(await h.page.getByRole('alert').textContent()).toContain('Nothing was changed')
    expect(await axeViolations(h.page)).toEqual([])
    await screenshot(h.page, '40-damaged-assessment-record')
    await h.page.getByRole('link', { name: 'Engagements' }).first().click()
    await expectText(h.page.locator('.result-count'), 'Showing 1 of 1 engagement')
    // the damaged record is still there, byte for byte: nothing was "repaired" or deleted
    expect((await kv(h, { list: true })).includes(body as string)).toBe(true)
  })

  test('a second tab is told the app is open elsewhere, and does not touch the data', async () => {
    const keysBefore = await kv(h, { list: true })
    const second = await h.context.newPage()
    try {
      await second.goto(h.url)
      await expectText(second.getByRole('heading', { level: 1 }), "Arm's Length cannot open its data")
      expect(await second.getByRole('alert').textContent()).toContain('already open in another tab')
      expect(await axeViolations(second)).toEqual([])
      await screenshot(second, '42-second-tab')
    } finally {
      await second.close()
    }
    expect(await kv(h, { list: true })).toEqual(keysBefore)
    // the first tab still works
    await expectText(h.page.locator('.result-count'), 'Showing 1 of 1 engagement')
    // once it has left the app, another tab opens it: the lock goes with the page
    await h.page.goto('about:blank')
    const third = await h.context.newPage()
    try {
      await third.goto(h.url)
      await expectText(third.locator('.result-count'), 'Showing 1 of 1 engagement')
    } finally {
      await third.close()
    }
    await h.page.goto(h.url)
    await expectText(h.page.locator('.result-count'), 'Showing 1 of 1 engagement')
  })

  test('a database that cannot be opened is explained, not a blank page', async () => {
    await h.context.addInitScript(() => {
      // the browser refuses storage (private mode, a blocked site, a broken profile)
      indexedDB.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'UnknownError')
      }
    })
    await h.page.reload()
    await expectText(h.page.getByRole('heading', { level: 1 }), "Arm's Length cannot open its data")
    expect(await h.page.getByRole('alert').textContent()).toContain('denied permission')
    expect(await axeViolations(h.page)).toEqual([])
    await screenshot(h.page, '41-start-failure')
  })
})

describe('stored data: a tampered backup in the list, and a store from a newer version', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
    await expectCount(h.page.getByText('No engagements yet.'), 1)
  })
  afterAll(async () => {
    await h?.close()
  })

  test('a listed backup whose final was changed after sign-off is refused on restore, and nothing changes', async () => {
    const tampered = JSON.parse(wholeStore)
    const final = tampered.assessments.find((a: { status: string }) => a.status === 'final')
    final.title = `${final.title} (edited after sign-off)`
    const id = 'backup:2026-11-20T09:00:00.000Z'
    const text = JSON.stringify(tampered)
    await kv(h, { put: [`${id}:part:0`, text] })
    await kv(h, {
      put: [
        `${id}:meta`,
        JSON.stringify({ id, createdAt: '2026-11-20T09:00:00.000Z', engagementCount: 1, sizeBytes: text.length, parts: 1 })
      ]
    })
    await openSettings(h.page)
    // refused before any dialog opens: the backup is checked as the restore would check it
    await h.page.getByRole('button', { name: /Restore backup from/ }).click()
    await expectText(h.page.getByRole('alert').filter({ hasText: 'import must pass' }), /signOff\.fingerprint/)
    await h.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
    await expectCount(h.page.getByText('No engagements yet.'), 1)
  })

  test('a store written by a newer version opens read-only with a notice, and a change is refused with why', async () => {
    const newer = JSON.stringify({
      schemaVersion: 99,
      generation: 1,
      engagements: [],
      assessments: [],
      settings: DEFAULT_SETTINGS,
      customBanks: [],
      future: true
    })
    await kv(h, { put: ['store', newer] })
    await h.page.reload()
    const banner = h.page.getByRole('region', { name: /Read-only/ })
    await expectText(banner, /store version 99/)
    expect(await axeViolations(h.page)).toEqual([])
    await screenshot(h.page, '43-read-only-newer-store')
    await openSettings(h.page)
    await h.page.getByRole('button', { name: 'Back up now' }).click()
    await expectText(h.page.getByRole('alert').filter({ hasText: 'newer version' }), /changes nothing/)
    const keys = await kv(h, { list: true })
    expect(keys.filter((k) => k.startsWith('set-aside:'))).toEqual([])
  })
})
