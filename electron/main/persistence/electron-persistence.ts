import { ipcMain } from 'electron'
import Store from 'electron-store'
import { access, readdir, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { StorePersistence } from '@shared/service/persistence'
import type { StoreIndex } from '@shared/store/store-index'
import { STORE_NAME, type DataPaths } from '../paths'
import { listBackupFiles, readBackupFile, removeBackupFiles, writeBackupFile } from './backup-files'
import { readTextOrNull } from './read-text'
import { bodyFiles } from './body-files'
import { isAtomicWriteTemp, renameWithRetry } from './atomic-write'

export type ElectronPersistenceDeps = {
  paths: DataPaths
  /** ISO timestamp source, for set-aside names and as a fallback for backup names. */
  now: () => string
}

/**
 * The desktop StorePersistence: the store's index is an electron-store JSON file in the user-data folder,
 * each assessment revision a file in <userData>/assessments, backups plain files in <userData>/backups.
 *
 * The store file is read here with fs, never through electron-store first: electron-store throws on a
 * file that is not JSON, and with clearInvalidConfig it would silently start over. Reading the text
 * ourselves lets the shared service decide, and a damaged file is renamed aside before electron-store
 * is ever constructed (construction is deferred to the first write).
 */
export function createElectronPersistence(deps: ElectronPersistenceDeps): StorePersistence {
  const { paths, now } = deps
  let store: Store<StoreIndex> | null = null
  const bodies = bodyFiles(paths.assessmentsDir)

  function openStore(): Store<StoreIndex> {
    if (store !== null) return store
    const opened = new Store<StoreIndex>({
      name: STORE_NAME,
      cwd: paths.userData,
      // why: never replace an unreadable file with {} (conf's default since v9, stated here on purpose)
      clearInvalidConfig: false,
      // why: compact; the file is for the app, and backups hold the same text
      serialize: (value) => JSON.stringify(value),
      // why: keys are never paths; a vendor named "Acme.Inc" must not become nested objects
      accessPropertiesByDotNotation: false,
      // why: main is the only writer (single-instance lock); nothing else changes the file under us
      watch: false,
      // why: legal/HR material, readable by this user only (POSIX; ignored on Windows)
      configFileMode: 0o600
    })
    // why: electron-store answers any renderer's sendSync('electron-store-get-data') with the user-data
    // path; our renderer never uses electron-store, so that channel is closed again
    ipcMain.removeAllListeners('electron-store-get-data')
    if (opened.path !== paths.storeFile) {
      throw new Error(`electron-store would write ${opened.path}, expected ${paths.storeFile}`)
    }
    store = opened
    return store
  }

  return {
    read: () => readTextOrNull(paths.storeFile),
    readBody: (key) => bodies.read(key),

    commit: async ({ put, index, drop }) => {
      // bodies first, durably; they have new names, so the committed index still sees only old, intact ones
      await bodies.writeAll(put)
      // The commit point. Atomic: conf 15 (electron-store's base) writes through atomically.writeFileSync —
      // temp file in the same folder, fsync, rename (node_modules/conf/dist/source/index.js `_write`). Two
      // documented fallbacks write in place: when process.env.SNAP is set (we ship no Snap) and on EXDEV
      // (seen on Windows, electron-store#106). An unreadable result would then be set aside at the next
      // start and the newest backup offered, never silently used.
      openStore().store = index
      await bodies.removeAll(drop)
    },

    sweep: async (referenced) => {
      await bodies.sweep(referenced)
      await removeTemps(paths.userData, (name) => name.startsWith(`${STORE_NAME}.json.tmp-`))
      // a backup write killed half-way leaves a temp file as large as the whole store
      await removeTemps(paths.backupsDir, isAtomicWriteTemp)
    },

    setAside: async (reason) => {
      const target = await freeName(dirname(paths.storeFile), `${STORE_NAME}.${safePart(reason)}.${safePart(now())}`)
      const bodiesTarget = target.replace(/\.json$/, '.assessments')
      // The assessments the damaged index pointed to go with it, or the next start would sweep them away.
      // The folder moves first: if that fails, nothing has moved and the start fails with the reason.
      const movedBodies = await renameWithRetry(paths.assessmentsDir, bodiesTarget).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false
          throw error
        }
      )
      try {
        // why: a rename keeps the user's bytes exactly; nothing is parsed, rewritten or deleted
        await renameWithRetry(paths.storeFile, target)
      } catch (error) {
        if (movedBodies) await rename(bodiesTarget, paths.assessmentsDir).catch(() => undefined)
        throw error
      }
      return target
    },

    listBackups: () => listBackupFiles(paths.backupsDir),
    readBackup: (id) => readBackupFile(paths.backupsDir, id),
    writeBackup: (raw, info) => writeBackupFile(paths.backupsDir, raw, info, now),
    removeBackups: (ids) => removeBackupFiles(paths.backupsDir, ids)
  }
}

/** Removes interrupted writes' temp files: conf's `armslength-store.json.tmp-…` beside the index, ours in backups/. */
async function removeTemps(dir: string, isTemp: (name: string) => boolean): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  // a leftover that cannot be removed now (held open by antivirus) is tried again at the next start
  await Promise.all(names.filter(isTemp).map((name) => rm(join(dir, name), { force: true }).catch(() => undefined)))
}

function safePart(value: string): string {
  return value
    .replace(/:/g, '-')
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .slice(0, 80)
}

/** `<stem>.json`, or `<stem>.2.json`, … — a rename must never replace an earlier set-aside file. */
async function freeName(dir: string, stem: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = join(dir, n === 1 ? `${stem}.json` : `${stem}.${n}.json`)
    try {
      await access(candidate)
    } catch {
      return candidate
    }
  }
}
