import { describe, expect, test } from 'vitest'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { portfolioCsv } from '@shared/portfolio/portfolio-csv'
import { createStoreService } from '@shared/service/store-service'
import { portfolioRows } from '@shared/portfolio/portfolio-rows'
import { resultSummaryOf, isCurrentSummary, type ResultSummary } from '@shared/store/result-summary'
import { STORE_INDEX_VERSION, StoreIndexSchema, bodyKey } from '@shared/store/store-index'
import { openStoreText } from '@shared/store/open-store'
import { runSummaryUpgrade, summaryPlan } from '@shared/service/summary-upgrade'
import { createBackupKeeper } from '@shared/service/backup-keeper'
import { createStoreSession } from '@shared/service/store-session'
import { AssessmentSchema } from '@shared/schemas/assessment'
import { fixedClock, memoryFiles, memoryPersistence, sequentialIds, testReports } from '../helpers/memory-persistence'
import { open, spiedPersistence, value } from './store-session-fixtures'
import { VARIED, specStore, v4Store } from './summary-fixtures'

const TODAY = '2026-11-25'

/** A spied store holding `doc` as version 4 wrote it. */
function v4Spy(doc = specStore(VARIED)) {
  const { index, bodies } = v4Store(doc)
  const spy = spiedPersistence(index)
  for (const [key, text] of bodies) spy.state.bodies.set(key, text)
  return { spy, doc }
}

/** Waits for the start-up upgrade: the portfolio queues behind it. */
async function settled(api: Awaited<ReturnType<typeof open>>['api']) {
  await api.listPortfolio({ today: TODAY })
  return value(await api.getUpgradeProgress())
}

describe('the one-time upgrade of a version-4 index', () => {
  test('computes every summary from its body, backs up first, and commits one version-5 index', async () => {
    const { spy, doc } = v4Spy()
    const before = spy.state.snapshot()
    const write = spy.persistence.writeBackup
    const commitsAtBackup: number[] = []
    spy.persistence.writeBackup = (raw, info) => {
      commitsAtBackup.push(spy.commits.length)
      return write(raw, info)
    }
    const { api } = await open(spy)
    expect(value(await api.getStartupInfo()).migratedFrom).toBe(4)
    const progress = await settled(api)
    expect(progress).toEqual({ state: 'done', from: 4, done: doc.assessments.length, total: doc.assessments.length, message: null })

    // the backup came first and holds the store as it was (the records are not touched by the upgrade)
    expect(commitsAtBackup).toEqual([0])
    const backup = openStoreText(spy.state.backups[0]!.raw)
    expect(backup.kind === 'ok' && backup.doc.assessments).toEqual(doc.assessments)
    expect(spy.commits).toHaveLength(1)
    expect(spy.commits[0]!.put).toEqual([])
    expect(JSON.parse(before)[1]).toEqual(JSON.parse(spy.state.snapshot())[1])

    const index = spy.index()
    expect(index.schemaVersion).toBe(STORE_INDEX_VERSION)
    expect(index.generation).toBe(1)
    expect(index.backedUpGeneration).toBe(1)
    for (const ref of index.assessments) {
      const body = AssessmentSchema.parse(JSON.parse(spy.state.bodies.get(bodyKey(ref.id, ref.rev))!))
      expect(ref.result).toEqual(resultSummaryOf(body, BUILTIN_BANKS))
    }
    // each body was read once
    expect(new Set(spy.bodyReads).size).toBe(spy.bodyReads.length)
    expect(spy.violations).toEqual([])
  })

  test('the register opens while it runs; the portfolio waits for it', async () => {
    const { spy, doc } = v4Spy()
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const read = spy.persistence.readBody
    spy.persistence.readBody = async (key) => {
      await gate
      return read(key)
    }
    const { api } = await open(spy)
    expect(value(await api.listEngagements())).toHaveLength(doc.engagements.length)
    expect(value(await api.listAssessmentSummaries())).toHaveLength(doc.assessments.length)
    expect(value(await api.getUpgradeProgress())).toMatchObject({ state: 'running', done: 0 })
    let listed = false
    const portfolio = api.listPortfolio({ today: TODAY }).then((r) => ((listed = true), r))
    await new Promise((r) => setTimeout(r, 20))
    expect(listed).toBe(false)
    release()
    expect(value(await portfolio)).toHaveLength(doc.engagements.filter((e) => e.status === 'active').length)
    expect(value(await api.getUpgradeProgress())?.state).toBe('done')
  })

  test('the portfolio from the upgraded index equals the portfolio scored from the bodies, honest states included', async () => {
    const { spy, doc } = v4Spy()
    const { api } = await open(spy)
    await settled(api)
    const reads = spy.bodyReads.length
    const rows = value(await api.listPortfolio({ today: TODAY }))
    expect(spy.bodyReads.length).toBe(reads)
    expect(rows).toEqual(portfolioRows(doc.engagements, doc.assessments, BUILTIN_BANKS, TODAY))
    // what the fixture covers: a sufficient result, not assessed, insufficient, and a missing bank
    expect(rows.map((r) => r.sufficiency)).toEqual(expect.arrayContaining(['sufficient', 'not-assessed', 'insufficient', null]))
    expect(rows.some((r) => r.problem?.includes('acme-internal'))).toBe(true)
  })

  test('the portfolio CSV holds what the dashboard shows, from the index alone', async () => {
    const { spy, doc } = v4Spy()
    const saved = memoryFiles()
    const api = await createStoreService({
      edition: 'browser',
      persistence: spy.persistence,
      files: saved.files,
      reports: testReports,
      clock: { now: () => `${TODAY}T12:00:00.000Z` },
      ids: sequentialIds('csv')
    })
    await settled(api)
    const reads = spy.bodyReads.length
    value(await api.exportCsv({ kind: 'portfolio' }))
    expect(spy.bodyReads.length).toBe(reads)
    expect(saved.saved[0]?.data).toBe(portfolioCsv(portfolioRows(doc.engagements, doc.assessments, BUILTIN_BANKS, TODAY), DEFAULT_BANK))
  })

  test('a crash before the index is written leaves the version-4 index as it was, and the next start upgrades again', async () => {
    const { spy, doc } = v4Spy()
    const index4 = spy.state.current
    spy.failNextCommit('torn')
    const first = await open(spy)
    const failed = await settled(first.api)
    expect(failed?.state).toBe('failed')
    expect(failed?.message).toContain('Nothing was changed')
    expect(spy.state.current).toBe(index4)
    // the app works on: the portfolio scores the bodies whose summaries are missing
    expect(value(await first.api.listPortfolio({ today: TODAY }))).toEqual(
      portfolioRows(doc.engagements, doc.assessments, BUILTIN_BANKS, TODAY)
    )

    const second = await open(spy)
    expect((await settled(second.api))?.state).toBe('done')
    expect(spy.index().assessments.every((r) => isCurrentSummary(r.result, BUILTIN_BANKS))).toBe(true)
  })

  test('when the backup cannot be written, nothing is changed', async () => {
    const { spy } = v4Spy()
    const index4 = spy.state.current
    spy.persistence.writeBackup = async () => {
      throw new Error('disk full')
    }
    const { api } = await open(spy)
    const progress = await settled(api)
    expect(progress?.state).toBe('failed')
    expect(progress?.message).toMatch(/backup.*disk full.*Nothing was changed/)
    expect(spy.state.current).toBe(index4)
    expect(spy.commits).toEqual([])
  })

  test('a body that cannot be read is named, left without a summary, and the rest is upgraded', async () => {
    const { spy, doc } = v4Spy()
    const damaged = doc.assessments[1]!
    spy.state.bodies.set(bodyKey(damaged.id, 1), '{"not": "an assessment"}')
    const { api } = await open(spy)
    const progress = await settled(api)
    expect(progress?.state).toBe('done')
    expect(progress?.message).toContain(damaged.title)
    const refs = spy.index().assessments
    expect(refs.find((r) => r.id === damaged.id)?.result).toBeUndefined()
    expect(refs.filter((r) => r.result === undefined)).toHaveLength(1)
    // a partial copy is not a backup of this state: the next start still takes one
    expect(spy.index().backedUpGeneration).toBeUndefined()
    // the portfolio names the damage rather than showing a result for that engagement
    const listed = await api.listPortfolio({ today: TODAY })
    expect(listed.ok ? 'ok' : listed.error.message).toContain(damaged.title)
    // the next start tries that one body again, and writes nothing when it still cannot be read
    const commits = spy.commits.length
    const again = await open(spy)
    expect((await settled(again.api))?.total).toBe(1)
    expect(spy.commits).toHaveLength(commits)
  })

  test('an older whole document is split at once and its summaries computed after start, backed up only once (its exact text)', async () => {
    const doc = specStore(VARIED)
    const raw = JSON.stringify(doc)
    const spy = spiedPersistence(raw)
    const { api } = await open(spy)
    expect(value(await api.getStartupInfo()).migratedFrom).toBe(3)
    expect(await settled(api)).toEqual({
      state: 'done',
      from: 3,
      done: doc.assessments.length,
      total: doc.assessments.length,
      message: null
    })
    expect(spy.state.backups.map((b) => b.raw)).toEqual([raw])
    // the split, then the summaries: the split's bodies are not written again
    expect(spy.commits).toHaveLength(2)
    expect(spy.commits[1]!.put).toEqual([])
    expect(value(await api.listPortfolio({ today: TODAY }))).toEqual(portfolioRows(doc.engagements, doc.assessments, BUILTIN_BANKS, TODAY))
    expect(spy.index().assessments.every((r) => isCurrentSummary(r.result, BUILTIN_BANKS))).toBe(true)
  })

  test('a store of a newer version is neither upgraded nor written', async () => {
    const { spy } = v4Spy()
    const newer = { ...JSON.parse(spy.state.current!), schemaVersion: STORE_INDEX_VERSION + 1 }
    spy.state.current = JSON.stringify(newer)
    const { api } = await open(spy)
    expect(value(await api.getStartupInfo()).readOnly?.storeVersion).toBe(STORE_INDEX_VERSION + 1)
    expect(await settled(api)).toBeNull()
    expect(spy.commits).toEqual([])
    expect(spy.state.backups).toEqual([])
    expect(JSON.parse(spy.state.current!)).toEqual(newer)
  })
})

describe('stale summaries', () => {
  /** The store upgraded, then one summary tampered into a stale one: an older engine's stamp and a wrong score. */
  async function withStaleSummary() {
    const { spy, doc } = v4Spy()
    await settled((await open(spy)).api)
    const index = spy.index()
    const target = index.assessments.find((r) => r.result?.kind === 'scored' && r.status === 'final')!
    const stale: ResultSummary = {
      ...(target.result as Extract<ResultSummary, { kind: 'scored' }>),
      stamp: '0:0000000000000000',
      score: 1.5,
      band: 'low',
      sufficiency: 'sufficient'
    }
    spy.state.current = JSON.stringify({
      ...index,
      assessments: index.assessments.map((r) => (r === target ? { ...r, result: stale } : r))
    })
    return { spy, doc, target }
  }

  test('are recomputed from the body at the next start, without a backup (no record changes)', async () => {
    const { spy, target } = await withStaleSummary()
    const backups = spy.state.backups.length
    const { api } = await open(spy)
    expect(value(await api.getStartupInfo()).migratedFrom).toBeNull()
    expect(await settled(api)).toEqual({ state: 'done', from: null, done: 1, total: 1, message: null })
    expect(spy.state.backups).toHaveLength(backups)
    const body = AssessmentSchema.parse(JSON.parse(spy.state.bodies.get(bodyKey(target.id, target.rev))!))
    expect(spy.index().assessments.find((r) => r.id === target.id)?.result).toEqual(resultSummaryOf(body, BUILTIN_BANKS))
  })

  test('are never shown as current, even when the refresh could not be saved', async () => {
    const { spy, doc } = await withStaleSummary()
    spy.failNextCommit('refused')
    const { api } = await open(spy)
    expect((await settled(api))?.state).toBe('failed')
    expect(value(await api.listPortfolio({ today: TODAY }))).toEqual(portfolioRows(doc.engagements, doc.assessments, BUILTIN_BANKS, TODAY))
  })

  test("a current stamp with cells that do not read as the bank's sections (a damaged index) is scored anew, not shown", async () => {
    const { spy, doc } = v4Spy()
    await settled((await open(spy)).api)
    const index = spy.index()
    const damaged = index.assessments.map((r) => (r.result?.kind === 'scored' ? { ...r, result: { ...r.result, cells: '1l0ss' } } : r))
    spy.state.current = JSON.stringify({ ...index, assessments: damaged })
    const { api } = await open(spy)
    expect(value(await api.listPortfolio({ today: TODAY }))).toEqual(portfolioRows(doc.engagements, doc.assessments, BUILTIN_BANKS, TODAY))
  })

  test('summaryPlan: a current index needs nothing; an index of version 4, or a stale stamp, needs its summaries computed', async () => {
    const { spy, target } = await withStaleSummary()
    const index = StoreIndexSchema.parse(JSON.parse(spy.state.current!))
    expect(summaryPlan(index, null)?.refs.map((r) => r.id)).toEqual([target.id])
    const current = { ...index, assessments: index.assessments.map((r) => (r.id === target.id ? { ...r, result: undefined } : r)) }
    expect(summaryPlan(current, null)?.refs.map((r) => r.id)).toEqual([target.id])
    await settled((await open(spy)).api)
    expect(summaryPlan(spy.index(), null)).toBeNull()
    expect(summaryPlan(spy.index(), { from: 4, backedUp: false })).toEqual({ from: 4, refs: [], backUpFirst: true })
  })
})

describe('progress', () => {
  test('is told after each batch of reads: never decreasing, from 0 to the total', async () => {
    const doc = specStore(Array.from({ length: 12 }, () => VARIED[0]!))
    const { index, bodies } = v4Store(doc)
    const mem = memoryPersistence()
    for (const [key, text] of bodies) mem.state.bodies.set(key, text)
    const parsed = StoreIndexSchema.parse({ ...JSON.parse(index), schemaVersion: STORE_INDEX_VERSION })
    const session = createStoreSession(mem.persistence, parsed)
    const keeper = createBackupKeeper({ persistence: mem.persistence, session, clock: fixedClock() })
    const events: { done: number; total: number }[] = []
    const outcome = await runSummaryUpgrade(summaryPlan(session.index(), { from: 4, backedUp: false })!, {
      session,
      keeper,
      onProgress: (p) => events.push(p)
    })
    expect(outcome.state).toBe('done')
    const total = doc.assessments.length
    expect(events[0]).toEqual({ done: 0, total })
    expect(events.at(-1)).toEqual({ done: total, total })
    expect(events.length).toBeGreaterThan(2)
    for (let i = 1; i < events.length; i++) {
      expect(events[i]!.done).toBeGreaterThanOrEqual(events[i - 1]!.done)
      expect(events[i]!.total).toBe(total)
    }
  })
})
