import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { describeDamage, openStoreFileText, openStoreText } from '@shared/store/open-store'
import { STORE_INDEX_VERSION } from '@shared/store/store-index'
import { STORE_SCHEMA_VERSION, StoreDocSchema } from '@shared/store/store-schema'

const fixture = (version: number) => readFileSync(`test/fixtures/store/v${version}.json`, 'utf8')

describe('store migrations', () => {
  test('there is a fixture for every version before the current one', () => {
    for (let v = 1; v < STORE_SCHEMA_VERSION; v++) expect(() => fixture(v)).not.toThrow()
  })

  test('v1 (engagements only) migrates to the current version keeping every field exactly', () => {
    const opened = openStoreText(fixture(1))
    if (opened.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(opened)}`)
    expect(opened.migratedFrom).toBe(1)
    expect(opened.doc.schemaVersion).toBe(STORE_SCHEMA_VERSION)
    expect(opened.doc.assessments).toEqual([])
    expect(opened.doc.settings.defaultReviewIntervalMonths).toBe(12)
    const [e] = opened.doc.engagements
    expect(e?.vendorName).toBe('Łódź Services Sp. z o.o.')
    expect(e?.sites[0]?.site).toBe('Łódź — Piotrkowska 148')
    expect(e?.reviewIntervalMonths).toBe(12)
    expect(StoreDocSchema.safeParse(opened.doc).success).toBe(true)
  })

  test('v2 (no custom banks) migrates to the current version with its assessments intact', () => {
    const opened = openStoreText(fixture(2))
    if (opened.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(opened)}`)
    expect(opened.migratedFrom).toBe(2)
    expect(opened.doc.customBanks).toEqual([])
    expect(opened.doc.assessments[0]?.answers['SUP-01']).toEqual({
      choice: 'vendor-only',
      contractChoice: 'vendor-reserved',
      note: 'Łódź team leads only'
    })
  })

  test('a current-version document opens unchanged', () => {
    const first = openStoreText(fixture(1))
    if (first.kind !== 'ok') throw new Error('fixture must open')
    const again = openStoreText(JSON.stringify(first.doc))
    expect(again).toEqual({ kind: 'ok', doc: first.doc })
  })
})

describe('damaged store files are recognised, never guessed at', () => {
  test.each([
    ['empty', '', 'empty'],
    ['whitespace', '  \n', 'empty'],
    ['truncated JSON', fixture(1).slice(0, 200), 'not-json'],
    ['binary garbage', '\u0000\u00ff\u0013PK\u0003\u0004', 'not-json'],
    ['an array', '[]', 'invalid'],
    ['no version', '{"engagements": []}', 'invalid'],
    ['wrong shape', `{"schemaVersion": ${STORE_SCHEMA_VERSION}, "engagements": 3, "assessments": [], "settings": {}}`, 'invalid']
  ])('%s', (_name, raw, kind) => {
    const opened = openStoreText(raw)
    expect(opened.kind).toBe('damaged')
    if (opened.kind === 'damaged') expect(opened.damage.kind).toBe(kind)
  })

  test('a file from a newer version is reported with its version', () => {
    const opened = openStoreText(JSON.stringify({ schemaVersion: STORE_INDEX_VERSION + 1, engagements: [] }))
    expect(opened).toEqual({ kind: 'damaged', damage: { kind: 'newer-version', version: STORE_INDEX_VERSION + 1 } })
    expect(openStoreFileText(JSON.stringify({ schemaVersion: STORE_INDEX_VERSION + 1 }))).toEqual(opened)
  })

  test("the app's own index file offered as a backup is named as such, not taken for a newer version", () => {
    const opened = openStoreText(JSON.stringify({ schemaVersion: STORE_INDEX_VERSION, engagements: [] }))
    expect(opened.kind === 'damaged' && describeDamage(opened.damage)).toMatch(/index file, not a backup/)
  })

  test('a whole document listing one engagement twice is refused (it would become an index the next start refuses)', () => {
    const good = openStoreText(fixture(2))
    if (good.kind !== 'ok' || good.doc.engagements.length === 0) throw new Error('the v2 fixture opens, with engagements')
    const [first] = good.doc.engagements
    const twice = openStoreText(JSON.stringify({ ...good.doc, engagements: [first, first] }))
    expect(twice.kind === 'damaged' && describeDamage(twice.damage)).toMatch(/engagements\[1\]\.id: .* is listed twice/)
  })

  test('a missing file is a fresh, empty store', () => {
    const opened = openStoreText(null)
    expect(opened.kind).toBe('missing')
  })
})
