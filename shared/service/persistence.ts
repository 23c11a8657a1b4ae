import type { StoreDoc } from '../store/store-schema'
import type { BackupInfo } from '../ipc/contract'

/**
 * Where the store lives. The desktop app implements it with electron-store files in the user-data
 * folder, the browser edition with IndexedDB. Writes must be atomic: a reader sees the old or the new
 * document, never a mix.
 */
export interface StorePersistence {
  /** Raw text of the store, or null when there is none yet. */
  read: () => Promise<string | null>
  write: (doc: StoreDoc) => Promise<void>
  /** Moves the current (damaged) store out of the way with its bytes intact; returns the new name. */
  setAside: (reason: string) => Promise<string>
  listBackups: () => Promise<BackupInfo[]>
  readBackup: (id: string) => Promise<string | null>
  /** Saves a rolling backup of the given raw text; keeps the newest few. */
  writeBackup: (raw: string, info: { createdAt: string; engagementCount: number }) => Promise<BackupInfo>
}

export const ROLLING_BACKUPS_KEPT = 10
