import { createInProcessReportGenerator } from '@shared/report/in-process-generator'
import { loadReportFonts } from '../../electron/cli/fonts'
import type { BackupInfo } from '@shared/ipc/contract'
import { ROLLING_BACKUPS_KEPT, type StorePersistence } from '@shared/service/persistence'

/** An in-memory StorePersistence for service tests; exposes its state so tests can inspect bytes. */
export function memoryPersistence(initial: string | null = null) {
  const state = {
    current: initial,
    setAside: new Map<string, string>(),
    backups: [] as { info: BackupInfo; raw: string }[],
    writes: 0,
    failWrites: false
  }
  const persistence: StorePersistence = {
    read: async () => state.current,
    write: async (doc) => {
      if (state.failWrites) throw new Error('disk full')
      state.current = JSON.stringify(doc)
      state.writes++
    },
    setAside: async (reason) => {
      const name = `store.${reason}.${state.setAside.size}.json`
      state.setAside.set(name, state.current ?? '')
      state.current = null
      return name
    },
    listBackups: async () => [...state.backups].reverse().map((b) => b.info),
    readBackup: async (id) => state.backups.find((b) => b.info.id === id)?.raw ?? null,
    writeBackup: async (raw, { createdAt, engagementCount }) => {
      const info = { id: `b${state.backups.length}`, createdAt, engagementCount, sizeBytes: raw.length }
      state.backups.push({ info, raw })
      state.backups = state.backups.slice(-ROLLING_BACKUPS_KEPT)
      return info
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
  return { saved, files: { save: async (file: { suggestedName: string; mime: string; data: Uint8Array | string }) => {
    saved.push(file)
    return { ok: true as const, value: { savedAs: file.suggestedName } }
  } } }
}

/** The real report renderer, in process, with the fonts from assets/fonts. */
export const testReports = createInProcessReportGenerator(loadReportFonts)
