import { randomUUID } from 'node:crypto'
import { v4Store } from '../shared/summary-fixtures'
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import type { StorePersistence } from '@shared/service/persistence'
import { createStoreService } from '@shared/service/store-service'
import type { ReportGenerator } from '@shared/report/report-generator'
import { openStoreFileText } from '@shared/store/open-store'
import { STORE_INDEX_VERSION, StoreIndexSchema, bodyKey, refOf, type StoreIndex } from '@shared/store/store-index'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import type { Result } from '@shared/util/result'
import { dataPaths } from '../../electron/main/paths'
import { createElectronPersistence } from '../../electron/main/persistence/electron-persistence'
import { benchStore } from './data'
import { emitResult, median, peakRssMiB } from './bench-util'
import { installNativeSha256 } from '../../electron/main/native-sha256'

// as the desktop app and the command line do: fingerprints by Node's SHA-256
installNativeSha256()

// why: no PDF is made here; every generator method rejects, whatever methods the interface grows
const noReports = new Proxy({} as ReportGenerator, {
  get: (_target, key) => (key === 'then' ? undefined : () => Promise.reject(new Error('no reports here')))
})

/**
 * Budget: a store of 1,000 engagements × 5 assessments loads in ≤ 300 ms and saves in ≤ 200 ms.
 * Measured through the real desktop stack (createStoreService on createElectronPersistence: the index
 * through electron-store with `electron` stubbed, one file per assessment body), in the folder
 * ARMSLENGTH_USER_DATA names.
 *
 *   prepare <v3 file>  not timed: writes the generated store in the split layout (index of version 5 with every
 *                      result summary + 5,000 bodies, all revision 1) through the persistence's own commit, and
 *                      the same store as one version-3 document to <v3 file> for `migrate`. Then times
 *                      openStoreFileText on the index in-process.
 *   load               one app start, once per fresh process: createStoreService until it resolves = read the
 *                      index + parse + validate + sweep the body folder. The start-up backup, which the hosts
 *                      defer by 5 s, is not run (`defer` drops it); then, timed one after the other in the same
 *                      process: listPortfolio (the portfolio's rows from the index), the first openAssessment
 *                      (its engagement's bodies), the deferred backup run by hand (backupNow) and
 *                      listAssessments({}) of everything (what the portfolio read before index version 5).
 *   upgrade            writes the same store as index version 4 (refs without summaries; not timed) into the
 *                      empty folder, then times the one-time upgrade: createStoreService until the upgrade
 *                      reports done (every body read once, scored, a verified backup, one index write).
 *   save               opens the store and one draft (not timed), then times answer autosaves of that draft:
 *                      the first (which constructs electron-store) and 10 more.
 *   migrate <v3 file>  copies the version-3 document into the empty folder (not timed), then times the
 *                      createStoreService that splits it: the one-time cost of the first start after the update.
 */

const [mode, wholeFile] = process.argv.slice(2)
const paths = dataPaths('/nonexistent', process.env)
/** The draft the save and first-open measures use: one engagement in the middle of the register. */
const DRAFT_ID = 'eng-0500-a4'

function timedPersistence(): { persistence: StorePersistence; timings: Record<string, number> } {
  const real = createElectronPersistence({ paths, now: () => new Date().toISOString() })
  const timings: Record<string, number> = {}
  const timed =
    <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const start = performance.now()
      try {
        return await fn(...args)
      } finally {
        timings[name] = (timings[name] ?? 0) + performance.now() - start
      }
    }
  return {
    timings,
    // readBody is not wrapped: bodies are read 16 at a time, so summed durations would overlap
    persistence: {
      ...real,
      read: timed('readMs', real.read),
      sweep: timed('sweepMs', real.sweep),
      commit: timed('commitMs', real.commit),
      writeBackup: timed('backupWriteMs', real.writeBackup)
    }
  }
}

const service = (persistence: StorePersistence): Promise<ArmsLengthApi> =>
  createStoreService({
    edition: 'desktop',
    persistence,
    files: { save: async () => ({ ok: true, value: null }) },
    reports: noReports,
    clock: { now: () => new Date().toISOString() },
    ids: { newId: () => randomUUID() },
    // why: the hosts run the start-up backup 5 s after start, so it is not part of the load; it is timed on its own
    defer: () => undefined
  })

/** Times `fn` and the longest time the event loop was blocked meanwhile (the main process answers no IPC then). */
async function timedWithStall<T>(fn: () => Promise<T>): Promise<{ ms: number; stallMs: number; value: T }> {
  // why: a 1 ms interval timer, not perf_hooks' monitorEventLoopDelay, whose first sample comes too late for short spans
  let last = performance.now()
  let stallMs = 0
  const tick = setInterval(() => {
    const now = performance.now()
    stallMs = Math.max(stallMs, now - last)
    last = now
  }, 1)
  const start = performance.now()
  try {
    const value = await fn()
    const end = performance.now()
    return { ms: end - start, stallMs: Math.max(stallMs, end - last), value }
  } finally {
    clearInterval(tick)
  }
}

function must<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`)
  return result.value
}

if (mode === 'prepare') {
  if (!wholeFile) throw new Error('usage: measure-store prepare <v3 file>')
  const doc = benchStore(1000, 5)
  const wholeText = JSON.stringify(doc)
  await writeFile(wholeFile, wholeText, { mode: 0o600 })
  const index: StoreIndex = StoreIndexSchema.parse({
    schemaVersion: STORE_INDEX_VERSION,
    generation: 1,
    engagements: doc.engagements,
    assessments: doc.assessments.map((a) => refOf(a, 1, BUILTIN_BANKS)),
    settings: doc.settings,
    customBanks: doc.customBanks
  })
  const put = doc.assessments.map((a) => ({ key: bodyKey(a.id, 1), text: JSON.stringify(a) }))
  await mkdir(paths.userData, { recursive: true })
  await createElectronPersistence({ paths, now: () => new Date().toISOString() }).commit({ put, index, drop: [] })
  const indexText = await readFile(paths.storeFile, 'utf8')
  const samples: number[] = []
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    const opened = openStoreFileText(indexText)
    samples.push(performance.now() - start)
    if (opened.kind !== 'index') throw new Error(`the written index does not open: ${JSON.stringify(opened).slice(0, 500)}`)
  }
  const parseSamples: number[] = []
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    JSON.parse(indexText)
    parseSamples.push(performance.now() - start)
  }
  emitResult({
    wholeBytes: Buffer.byteLength(wholeText),
    indexBytes: (await stat(paths.storeFile)).size,
    bodyBytes: put.reduce((sum, p) => sum + Buffer.byteLength(p.text), 0),
    bodies: put.length,
    engagements: doc.engagements.length,
    assessments: doc.assessments.length,
    indexOpenFirstMs: samples[0],
    indexOpenMedianMs: median(samples),
    jsonParseMedianMs: median(parseSamples)
  })
} else if (mode === 'load') {
  const { persistence, timings } = timedPersistence()
  const start = performance.now()
  const api = await service(persistence)
  const totalMs = performance.now() - start
  const loadPeakMiB = peakRssMiB()
  const engagements = must(await api.listEngagements(), 'listEngagements')
  if (engagements.length !== 1000) throw new Error(`the store loaded ${engagements.length} engagements, not 1,000`)
  if ((must(await api.getUpgradeProgress(), 'getUpgradeProgress') ?? null) !== null)
    throw new Error('the prepared store was upgraded at start')

  const portfolio = await timedWithStall(() => api.listPortfolio({ today: '2026-11-25' }))
  const rows = must(portfolio.value, 'listPortfolio')
  const active = engagements.filter((e) => e.status === 'active').length
  if (rows.length !== active || rows.some((r) => r.overall === null))
    throw new Error(`listPortfolio gave ${rows.length} rows for ${active} active engagements`)
  const portfolioPeakMiB = peakRssMiB()

  const opened = await timedWithStall(() => api.openAssessment({ assessmentId: DRAFT_ID }))
  const { siblings } = must(opened.value, 'openAssessment')
  const openPeakMiB = peakRssMiB()

  const backup = await timedWithStall(() => api.backupNow())
  const backupInfo = must(backup.value, 'backupNow')
  const backupPeakMiB = peakRssMiB()

  const all = await timedWithStall(() => api.listAssessments({}))
  const listed = must(all.value, 'listAssessments')
  if (listed.length !== 5000) throw new Error(`listAssessments returned ${listed.length} assessments, not 5,000`)
  emitResult({
    totalMs,
    portfolioMs: portfolio.ms,
    portfolioStallMs: portfolio.stallMs,
    portfolioRows: rows.length,
    portfolioBytes: Buffer.byteLength(JSON.stringify(rows)),
    portfolioPeakMiB,
    readMs: timings['readMs'] ?? 0,
    sweepMs: timings['sweepMs'] ?? 0,
    openMs: totalMs - (timings['readMs'] ?? 0) - (timings['sweepMs'] ?? 0),
    loadPeakMiB,
    firstOpenMs: opened.ms,
    firstOpenBodies: siblings.length,
    openPeakMiB,
    backupMs: backup.ms,
    backupWriteMs: timings['backupWriteMs'] ?? 0,
    backupStallMs: backup.stallMs,
    backupBytes: backupInfo.sizeBytes,
    backupPeakMiB,
    listAllMs: all.ms,
    listAllStallMs: all.stallMs
  })
} else if (mode === 'save') {
  const { persistence, timings } = timedPersistence()
  const api = await service(persistence)
  const { assessment: draft } = must(await api.openAssessment({ assessmentId: DRAFT_ID }), 'openAssessment')
  if (draft.status !== 'draft') throw new Error(`${DRAFT_ID} is not a draft`)
  const questionIds = Object.keys(draft.answers)
  const samples: number[] = []
  const stalls: number[] = []
  for (let i = 0; i < 11; i++) {
    const questionId = questionIds[i % questionIds.length] as string
    const previous = draft.answers[questionId]
    const saved = await timedWithStall(() =>
      api.saveAnswer({ assessmentId: draft.id, questionId, answer: { ...previous, note: `Edited in save ${i}.` } })
    )
    must(saved.value, 'saveAnswer')
    samples.push(saved.ms)
    stalls.push(saved.stallMs)
  }
  const commitMs = timings['commitMs'] ?? 0
  // the last save must be on disk: the index names a new revision, and that body holds the edit
  const index = StoreIndexSchema.parse(JSON.parse(await readFile(paths.storeFile, 'utf8')))
  const ref = index.assessments.find((r) => r.id === draft.id)
  if (!ref) throw new Error('the draft is not in the index on disk')
  const body = JSON.parse(await readFile(join(paths.assessmentsDir, `${bodyKey(ref.id, ref.rev)}.json`), 'utf8')) as {
    answers: Record<string, { note?: string }>
  }
  if (body.answers[questionIds[10 % questionIds.length] as string]?.note !== 'Edited in save 10.')
    throw new Error('the last save is not on disk')
  const later = samples.slice(1)
  emitResult({
    firstSaveMs: samples[0],
    medianMs: median(later),
    maxMs: Math.max(...later),
    runs: later.length,
    commitMeanMs: commitMs / samples.length,
    stallMedianMs: median(stalls.slice(1)),
    stallMaxMs: Math.max(...stalls.slice(1)),
    indexBytes: (await stat(paths.storeFile)).size
  })
} else if (mode === 'migrate') {
  if (!wholeFile) throw new Error('usage: measure-store migrate <v3 file>')
  await mkdir(paths.userData, { recursive: true })
  await copyFile(wholeFile, paths.storeFile)
  const { persistence, timings } = timedPersistence()
  const opened = await timedWithStall(() => service(persistence))
  const api = opened.value
  const startup = must(await api.getStartupInfo(), 'getStartupInfo')
  if (startup.migratedFrom === null) throw new Error('the version-3 document was not migrated')
  const summaries = must(await api.listAssessmentSummaries(), 'listAssessmentSummaries')
  if (summaries.length !== 5000) throw new Error(`the split store lists ${summaries.length} assessments, not 5,000`)
  const index = StoreIndexSchema.parse(JSON.parse(await readFile(paths.storeFile, 'utf8')))
  emitResult({
    totalMs: opened.ms,
    stallMs: opened.stallMs,
    readMs: timings['readMs'] ?? 0,
    backupWriteMs: timings['backupWriteMs'] ?? 0,
    sweepMs: timings['sweepMs'] ?? 0,
    commitMs: timings['commitMs'] ?? 0,
    migratedFrom: startup.migratedFrom,
    refs: index.assessments.length
  })
} else if (mode === 'upgrade') {
  const doc = benchStore(1000, 5)
  await mkdir(paths.userData, { recursive: true })
  // what version 4 wrote: the same layout, refs without result summaries (the tests' own v4 fixture)
  const written = v4Store(doc)
  const v4 = JSON.parse(written.index) as StoreIndex
  const put = [...written.bodies].map(([key, text]) => ({ key, text }))
  await createElectronPersistence({ paths, now: () => new Date().toISOString() }).commit({ put, index: v4, drop: [] })
  const { persistence, timings } = timedPersistence()
  const upgraded = await timedWithStall(async () => {
    const api = await service(persistence)
    // the renderer polls; here the portfolio, which waits for the upgrade, marks its end
    must(await api.listPortfolio({ today: '2026-11-25' }), 'listPortfolio')
    return api
  })
  const progress = must(await upgraded.value.getUpgradeProgress(), 'getUpgradeProgress')
  if (progress?.state !== 'done' || progress.total !== 5000) throw new Error(`the upgrade ended ${JSON.stringify(progress)}`)
  const index = StoreIndexSchema.parse(JSON.parse(await readFile(paths.storeFile, 'utf8')))
  if (index.assessments.some((r) => r.result === undefined)) throw new Error('a ref has no summary after the upgrade')
  emitResult({
    totalMs: upgraded.ms,
    stallMs: upgraded.stallMs,
    readMs: timings['readMs'] ?? 0,
    backupWriteMs: timings['backupWriteMs'] ?? 0,
    commitMs: timings['commitMs'] ?? 0,
    sweepMs: timings['sweepMs'] ?? 0,
    indexBytes: (await stat(paths.storeFile)).size,
    refs: index.assessments.length
  })
} else {
  throw new Error(
    `usage: measure-store prepare|load|save|migrate|upgrade (got ${String(mode)}); ARMSLENGTH_USER_DATA names the folder (${paths.userData})`
  )
}
