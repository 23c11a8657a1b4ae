import { createInProcessReportGenerator } from '@shared/report/in-process-generator'
import { loadReportFonts } from '../../electron/cli/fonts'
import type { BackupInfo } from '@shared/ipc/contract'
import type { StorePersistence } from '@shared/service/persistence'
import { StoreIndexSchema, bodyKey, wholeDoc } from '@shared/store/store-index'
import { AssessmentSchema } from '@shared/schemas/assessment'
import type { StoreDoc } from '@shared/store/store-schema'

/**
 * An in-memory StorePersistence for service tests; exposes its state so tests can inspect bytes.
 * `current` is the store file (the index, or an old whole document a test put there), `bodies` the
 * assessment records by key.
 */
export function memoryPersistence(initial: string | null = null) {
  const state = {
    current: initial,
    bodies: new Map<string, string>(),
    setAside: new Map<string, string>(),
    backups: [] as { info: BackupInfo; raw: string }[],
    writes: 0,
    failWrites: false,
    /** The stored data as one whole document (index and bodies), as a backup would hold it. */
    storedDoc: (): StoreDoc => {
      const index = StoreIndexSchema.parse(JSON.parse(state.current ?? 'null'))
      return wholeDoc(
        index,
        index.assessments.map((r) => AssessmentSchema.parse(JSON.parse(state.bodies.get(bodyKey(r.id, r.rev)) ?? 'null')))
      )
    },
    /** Everything stored, as one string: equal snapshots mean byte-identical stores. */
    snapshot: () => JSON.stringify([state.current, [...state.bodies].sort(([a], [b]) => a.localeCompare(b))])
  }
  let backupsWritten = 0
  const persistence: StorePersistence = {
    read: async () => state.current,
    readBody: async (key) => state.bodies.get(key) ?? null,
    commit: async ({ put, index, drop }) => {
      if (state.failWrites) throw new Error('disk full')
      for (const { key, text } of put) state.bodies.set(key, text)
      state.current = JSON.stringify(index)
      for (const key of drop) state.bodies.delete(key)
      state.writes++
    },
    sweep: async (referenced) => {
      for (const key of [...state.bodies.keys()]) if (!referenced.has(key)) state.bodies.delete(key)
    },
    setAside: async (reason) => {
      const name = `store.${reason}.${state.setAside.size}.json`
      state.setAside.set(name, state.current ?? '')
      state.current = null
      return name
    },
    listBackups: async () => [...state.backups].reverse().map((b) => b.info),
    readBackup: async (id) => state.backups.find((b) => b.info.id === id)?.raw ?? null,
    writeBackup: async (raw, { createdAt, engagementCount, pinned = false }) => {
      const info = { id: `b${++backupsWritten}`, createdAt, engagementCount, sizeBytes: raw.length, pinned }
      state.backups.push({ info, raw })
      return info
    },
    removeBackups: async (ids) => {
      state.backups = state.backups.filter((b) => !ids.includes(b.info.id))
    }
  }
  return { persistence, state }
}

export function fixedClock(start = Date.parse('2026-11-25T10:00:00.000Z')) {
  let t = start
  return { now: () => new Date((t += 1000)).toISOString() }
}

export function sequentialIds(prefix = 'id') {
  let n = 0
  return { newId: () => `${prefix}-${++n}` }
}

/** A FileSaver that keeps what it was asked to save. */
export function memoryFiles() {
  const saved: { suggestedName: string; mime: string; data: Uint8Array | string }[] = []
  return {
    saved,
    files: {
      save: async (file: { suggestedName: string; mime: string; data: Uint8Array | string }) => {
        saved.push(file)
        return { ok: true as const, value: { savedAs: file.suggestedName } }
      }
    }
  }
}

/** The real report renderer, in process, with the fonts from assets/fonts. */
export const testReports = createInProcessReportGenerator(loadReportFonts)
