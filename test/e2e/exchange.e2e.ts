import { readFileSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations, expectCount, expectText, openApp, openSettings, screenshot, type Harness } from './harness'

const EXAMPLE = 'docs/examples/germany-client-instructions.json'
const HOSTILE = '<img src=x onerror="window.__pwned=1">Hostile Vendor'

async function importFile(h: Harness, path: string): Promise<void> {
  await openSettings(h.page)
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
    await openSettings(h.page)
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('button', { name: 'Export all engagements (bundle)' }).click()
    ])
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
    const [again] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('button', { name: 'Export all engagements (bundle)' }).click()
    ])
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

/*
 * Issue 13: no sequence of clicks loses a signed record. The example holds two signed-off assessments.
 */
describe('signed records are kept: replace, delete, restore from the list, a tampered backup', () => {
  const SIGNED = 'docs/examples/managed-contact-centre.json'
  const signed = JSON.parse(readFileSync(SIGNED, 'utf8'))
  let h: Harness
  beforeAll(async () => {
    h = await openApp()
  })
  afterAll(async () => {
    await h?.close()
  })

  async function toSettings(): Promise<void> {
    await openSettings(h.page)
  }

  test('choosing the same file again shows its preview again', async () => {
    await importFile(h, SIGNED)
    const heading = h.page.getByRole('heading', { name: /managed-contact-centre\.json: 1 engagement/ })
    await expectCount(heading, 1)
    await h.page.getByRole('button', { name: 'Cancel' }).click()
    await expectCount(heading, 0)
    await h.page.getByLabel('Import an engagement file or bundle (.json)').setInputFiles(SIGNED)
    await expectCount(heading, 1)
    await h.page.getByRole('button', { name: 'Import', exact: true }).click()
    await expectText(h.page.getByRole('status').filter({ hasText: 'Imported:' }), /1 added/)
  })

  test('"Replace ours" names the signed-off assessments that stay, and keeps them', async () => {
    const theirs = { ...signed, engagement: { ...signed.engagement, vendorName: 'Replaced Vendor' }, assessments: [] }
    writeFileSync('test-results/replace-signed.json', JSON.stringify(theirs))
    await importFile(h, 'test-results/replace-signed.json')
    await h.page.getByLabel(/What to do with Replaced Vendor/).selectOption('replace')
    const effect = h.page.locator('.import-preview tbody td').last()
    await expectText(effect, /Our signed-off “Annual review 2025”, “Annual review 2026” stay/)
    await expectText(h.page.locator('.import-preview'), /a backup of all your data is made and read back/)
    expect(await axeViolations(h.page)).toEqual([])
    await screenshot(h.page, '22-import-replace-keeps-finals')
    await h.page.getByRole('button', { name: 'Import', exact: true }).click()
    await expectText(h.page.getByRole('status').filter({ hasText: 'Imported:' }), /2 signed-off assessments of ours kept/)
    await h.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
    await h.page.getByRole('link', { name: 'Replaced Vendor' }).click()
    for (const a of signed.assessments) await expectCount(h.page.locator(`a[href^="#/assessments/${a.id}/"]`), 1)
  })

  test('deleting an engagement with signed-off assessments needs its name typed; its backup is kept and restores it', async () => {
    await h.page.getByRole('button', { name: 'Delete' }).click()
    const dialog = h.page.getByRole('dialog')
    const confirm = dialog.getByRole('button', { name: 'Delete engagement' })
    await expectText(dialog, /2 assessments are signed off/)
    expect(await confirm.isDisabled()).toBe(true)
    await dialog.getByLabel(/Type the engagement name/).fill('not the name')
    expect(await confirm.isDisabled()).toBe(true)
    await dialog.getByLabel(/Type the engagement name/).fill(signed.engagement.name)
    expect(await axeViolations(h.page)).toEqual([])
    await screenshot(h.page, '23-delete-signed-engagement')
    await confirm.click()
    await expectCount(h.page.getByText('No engagements yet.'), 1)

    await toSettings()
    const pinned = h.page.locator('tbody tr').filter({ hasText: 'Always (taken before signed-off assessments were removed)' })
    await expectCount(pinned, 1)
    await pinned.getByRole('button', { name: /Restore backup from/ }).click()
    await h.page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click()
    await expectText(h.page.getByRole('status').filter({ hasText: 'Restored' }), /Restored the backup from/)
    expect(await vendorNames(h)).toEqual(['Replaced Vendor'])
  })

  test('a backup file with a final changed after sign-off is refused, and nothing changes', async () => {
    await toSettings()
    const [download] = await Promise.all([
      h.page.waitForEvent('download'),
      h.page.getByRole('button', { name: 'Save a backup file…' }).click()
    ])
    await download.saveAs('test-results/backup.json')
    const backup = JSON.parse(readFileSync('test-results/backup.json', 'utf8'))
    const final = backup.assessments.find((a: { status: string }) => a.status === 'final')
    final.title = `${final.title} (edited after sign-off)`
    backup.engagements[0].vendorName = 'Tampered Vendor'
    writeFileSync('test-results/backup-tampered.json', JSON.stringify(backup))
    // refused before any dialog: the file is checked as the restore would check it
    await h.page.getByLabel('Restore from a backup file').setInputFiles('test-results/backup-tampered.json')
    await expectText(
      h.page.getByRole('alert').filter({ hasText: 'backup-tampered.json' }),
      /does not pass the checks an import must pass[\s\S]*signOff\.fingerprint/
    )
    expect(await axeViolations(h.page)).toEqual([])
    await screenshot(h.page, '24-restore-tampered-refused')
    expect(await vendorNames(h)).toEqual(['Replaced Vendor'])
  })

  test('a backup file lacking the signed-off assessments lists them by engagement and sign-off date and needs RESTORE typed', async () => {
    await toSettings()
    const backup = JSON.parse(readFileSync('test-results/backup.json', 'utf8'))
    const finals = backup.assessments.filter((a: { status: string }) => a.status === 'final')
    expect(finals.length).toBe(2)
    backup.assessments = backup.assessments.filter((a: { status: string }) => a.status !== 'final')
    writeFileSync('test-results/backup-without-finals.json', JSON.stringify(backup))
    await h.page.getByLabel('Restore from a backup file').setInputFiles('test-results/backup-without-finals.json')
    const dialog = h.page.getByRole('dialog', { name: 'Restore from this file?' })
    const listed = dialog.getByRole('list', { name: 'Signed-off assessments the restore takes away' }).getByRole('listitem')
    await expectCount(listed, 2)
    await expectText(listed.first(), / with Replaced Vendor — .+, signed off .+: the backup does not have it\.$/)
    const confirm = dialog.getByRole('button', { name: 'Restore' })
    expect(await confirm.isDisabled()).toBe(true)
    expect(await h.page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel')
    await dialog.getByLabel('Type RESTORE to confirm').fill('RESTORE')
    expect(await axeViolations(h.page)).toEqual([])
    await screenshot(h.page, '25-restore-lists-signed-off')
    await confirm.click()
    await expectText(
      h.page.getByRole('status').filter({ hasText: 'Restored' }),
      /in the backup made just before the restore: listed below, kept always\./
    )
    // the safety copy holds them, is kept always, and restores them (its restore lists nothing)
    const kept = h.page.locator('tbody tr').filter({ hasText: 'Always (taken before signed-off assessments were removed)' })
    await kept
      .first()
      .getByRole('button', { name: /Restore backup from/ })
      .click()
    const plain = h.page.getByRole('dialog', { name: 'Restore this backup?' })
    await expectText(plain, /Every signed-off assessment you have now is in this backup, signed and unchanged/)
    await screenshot(h.page, '26-restore-plain-confirmation')
    await plain.getByRole('button', { name: 'Restore' }).click()
    await expectText(h.page.getByRole('status').filter({ hasText: 'Restored' }), /Restored the backup from/)
    await h.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagements' }).click()
    await h.page.getByRole('link', { name: 'Replaced Vendor' }).click()
    for (const a of finals) await expectCount(h.page.locator(`a[href^="#/assessments/${a.id}/"]`), 1)
  })

  test('no request left 127.0.0.1 and the page logged no errors', () => {
    expect(h.foreignRequests).toEqual([])
    expect(h.pageErrors).toEqual([])
  })
})
