import { randomUUID } from 'node:crypto'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { StorePersistence } from '@shared/service/persistence'
import { createStoreService } from '@shared/service/store-service'
import type { ReportGenerator } from '@shared/report/report-generator'
import { openStoreText } from '@shared/store/open-store'
import { dataPaths } from '../../electron/main/paths'
import { createElectronPersistence } from '../../electron/main/persistence/electron-persistence'
import { benchStore } from './data'
import { emitResult, median } from './bench-util'

// why: no PDF is made here; every generator method rejects, whatever methods the interface grows
const noReports = new Proxy({} as ReportGenerator, { get: (_target, key) => (key === 'then' ? undefined : () => Promise.reject(new Error('no reports here'))) })

/**
 * Budget: a store of 1,000 engagements × 5 assessments loads in ≤ 300 ms and saves in ≤ 200 ms.
 * Measured through the real desktop stack (createStoreService on createElectronPersistence, electron-store
 * with `electron` stubbed), in the folder ARMSLENGTH_USER_DATA names.
 *
 *   prepare   writes the generated store file (not timed) and times openStoreText on it in-process
 *   load      one app start: createStoreService opening the file = read + parse + migrate + validate +
 *             the rolling backup written on every good open. Run once per fresh process (cold, as at start).
 *   save      opens the store (not timed), then times answer autosaves through the service: the first
 *             (which constructs electron-store, and conf re-reads and compares the file) and 10 more.
 */

const [mode] = process.argv.slice(2)
const paths = dataPaths('/nonexistent', process.env)

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
    persistence: { ...real, read: timed('readMs', real.read), write: timed('writeMs', real.write), writeBackup: timed('backupMs', real.writeBackup) }
  }
}

const service = (persistence: StorePersistence) =>
  createStoreService({
    edition: 'desktop',
    persistence,
    files: { save: async () => ({ ok: true, value: null }) },
    reports: noReports,
    clock: { now: () => new Date().toISOString() },
    ids: { newId: () => randomUUID() }
  })

if (mode === 'prepare') {
  const doc = benchStore(1000, 5)
  const text = JSON.stringify(doc)
  await mkdir(paths.userData, { recursive: true })
  await writeFile(paths.storeFile, text, { mode: 0o600 })
  const samples: number[] = []
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    const opened = openStoreText(text)
    samples.push(performance.now() - start)
    if (opened.kind !== 'ok') throw new Error(`the generated store does not open: ${JSON.stringify(opened).slice(0, 500)}`)
  }
  const parseSamples: number[] = []
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    JSON.parse(text)
    parseSamples.push(performance.now() - start)
  }
  emitResult({
    bytes: (await stat(paths.storeFile)).size,
    engagements: doc.engagements.length,
    assessments: doc.assessments.length,
    openStoreTextFirstMs: samples[0],
    openStoreTextMedianMs: median(samples),
    jsonParseMedianMs: median(parseSamples)
  })
} else if (mode === 'load') {
  const { persistence, timings } = timedPersistence()
  const start = performance.now()
  const api = await service(persistence)
  const totalMs = performance.now() - start
  const listed = await api.listEngagements()
  if (!listed.ok || listed.value.length !== 1000) throw new Error('the store did not load 1,000 engagements')
  emitResult({ totalMs, ...timings, openMs: totalMs - (timings['readMs'] ?? 0) - (timings['backupMs'] ?? 0) })
} else if (mode === 'save') {
  const { persistence, timings } = timedPersistence()
  const api = await service(persistence)
  const assessments = await api.listAssessments({})
  if (!assessments.ok) throw new Error(assessments.error.message)
  const draft = assessments.value.find((a) => a.status === 'draft')
  if (!draft) throw new Error('no draft assessment to answer')
  const questionIds = Object.keys(draft.answers)
  const samples: number[] = []
  for (let i = 0; i < 11; i++) {
    const questionId = questionIds[i % questionIds.length] as string
    const previous = draft.answers[questionId]
    const start = performance.now()
    const saved = await api.saveAnswer({ assessmentId: draft.id, questionId, answer: { ...previous, note: `Edited in save ${i}.` } })
    samples.push(performance.now() - start)
    if (!saved.ok) throw new Error(saved.error.message)
  }
  const onDisk = JSON.parse(await readFile(paths.storeFile, 'utf8')) as { assessments: { id: string; answers: Record<string, { note?: string }> }[] }
  const check = onDisk.assessments.find((a) => a.id === draft.id)?.answers[questionIds[10 % questionIds.length] as string]?.note
  if (check !== 'Edited in save 10.') throw new Error('the last save is not on disk')
  const later = samples.slice(1)
  emitResult({ firstSaveMs: samples[0], medianMs: median(later), maxMs: Math.max(...later), runs: later.length, storeWriteMs: (timings['writeMs'] ?? 0) / samples.length })
} else {
  throw new Error(`usage: measure-store prepare|load|save (got ${String(mode)}); ARMSLENGTH_USER_DATA names the folder (${join(paths.userData)})`)
}
