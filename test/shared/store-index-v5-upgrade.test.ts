import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { portfolioCsv } from '@shared/portfolio/portfolio-csv'
import { openStoreText } from '@shared/store/open-store'
import { resultSummaryOf } from '@shared/store/result-summary'
import { STORE_INDEX_VERSION, bodyKey } from '@shared/store/store-index'
import { AssessmentSchema } from '@shared/schemas/assessment'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { open, spiedPersistence, value } from './store-session-fixtures'

/*
 * A real version-5 index, as that version wrote it (test/fixtures/store/index-v5): one engagement in
 * Mexico whose draft is well answered except MX-02, answered "We have not assessed this". Its summary
 * lacks openDecisive, so the portfolio showed the result as a plain "Low" (vendor-manager review).
 */
const DIR = new URL('../fixtures/store/index-v5/', import.meta.url)
const INDEX_V5 = readFileSync(new URL('index.json', DIR), 'utf8')
const BODY_KEY = bodyKey('mx-open', 1)
const BODY = readFileSync(new URL(`${BODY_KEY}.json`, DIR), 'utf8')
const TODAY = '2026-11-25'

function v5Spy() {
  const spy = spiedPersistence(INDEX_V5)
  spy.state.bodies.set(BODY_KEY, BODY)
  return spy
}

describe('the one-time upgrade of a version-5 index', () => {
  test('the fixture is what version 5 wrote: a summary without openDecisive', () => {
    const index = JSON.parse(INDEX_V5)
    expect(index.schemaVersion).toBe(5)
    expect(index.assessments[0].result.kind).toBe('scored')
    expect(index.assessments[0].result).not.toHaveProperty('openDecisive')
  })

  test('computes the summaries again from the bodies, backs up first, and commits an index of the current version', async () => {
    const spy = v5Spy()
    const { api } = await open(spy)
    expect(value(await api.getStartupInfo()).migratedFrom).toBe(5)
    await api.listPortfolio({ today: TODAY })
    expect(value(await api.getUpgradeProgress())).toEqual({ state: 'done', from: 5, done: 1, total: 1, message: null })

    // the backup holds the record as it was; the body itself is not rewritten
    const backup = openStoreText(spy.state.backups[0]!.raw)
    expect(backup.kind === 'ok' && backup.doc.assessments).toEqual([AssessmentSchema.parse(JSON.parse(BODY))])
    expect(spy.state.bodies.get(BODY_KEY)).toBe(BODY)

    const index = spy.index()
    expect(index.schemaVersion).toBe(STORE_INDEX_VERSION)
    const ref = index.assessments[0]!
    expect(ref.result).toEqual(resultSummaryOf(AssessmentSchema.parse(JSON.parse(BODY)), BUILTIN_BANKS))
    expect(ref.result?.kind === 'scored' && ref.result.openDecisive).toBe(1)
    expect(spy.violations).toEqual([])
  })

  test('the portfolio then shows the open question: counted and exported as provisional, never as a plain Low', async () => {
    const spy = v5Spy()
    const { api } = await open(spy)
    const rows = value(await api.listPortfolio({ today: TODAY }))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ sufficiency: 'sufficient', overall: { band: 'low' }, openDecisive: 1 })
    const line = portfolioCsv(rows, DEFAULT_BANK).split('\r\n')[1]!
    expect(line).toContain(',"Low, provisional",')
    expect(line).toMatch(/,\d+,Yes,/)
  })

  test('an index of a newer version than this one is left as it is and opened read-only', async () => {
    const newer = JSON.stringify({ ...JSON.parse(INDEX_V5), schemaVersion: STORE_INDEX_VERSION + 1 })
    const spy = spiedPersistence(newer)
    spy.state.bodies.set(BODY_KEY, BODY)
    const { api } = await open(spy)
    expect(value(await api.getStartupInfo()).readOnly?.storeVersion).toBe(STORE_INDEX_VERSION + 1)
    expect(spy.state.current).toBe(newer)
    expect(spy.state.setAside.size).toBe(0)
    expect(spy.commits).toEqual([])
  })
})
