import type { StoreIndex } from '../store/store-index'
import type { BackupInfo } from '../ipc/contract'

/** One change to the stored data: new body revisions, then the index (the commit point), then cleanup. */
export type StoreCommit = {
  /** Body revisions to write before the index; their keys are new (see bodyKey), never a committed one. */
  put: readonly { key: string; text: string }[]
  index: StoreIndex
  /** Body revisions the new index no longer references, removed once it is written. */
  drop: readonly string[]
}

/**
 * Where the store lives: an index and one body per assessment revision (shared/store/store-index.ts).
 * The desktop app implements it with files in the user-data folder (the index through electron-store),
 * the browser edition with IndexedDB records.
 *
 * `commit` must be all-or-nothing as seen by the next `read`: a reader gets the old index or the new
 * one, and every body the index it gets references is complete.
 */
export interface StorePersistence {
  /** Raw text of the store file (the index; up to store version 3 the whole document), or null when there is none yet. */
  read: () => Promise<string | null>
  /** Raw text of one body revision, or null when it is missing. */
  readBody: (key: string) => Promise<string | null>
  commit: (change: StoreCommit) => Promise<void>
  /**
   * Removes bodies (and temp files) no index references: what a crash between the bodies and the
   * index of a commit leaves behind. Called once at start, before any commit.
   */
  sweep: (referenced: ReadonlySet<string>) => Promise<void>
  /** Moves the current (damaged) store file out of the way with its bytes intact; returns the new name. */
  setAside: (reason: string) => Promise<string>
  /** Every backup, newest first. */
  listBackups: () => Promise<BackupInfo[]>
  readBackup: (id: string) => Promise<string | null>
  /**
   * Saves a backup (a whole document's text) and answers once it is durable. Rotation is not done
   * here: the service applies one rule for both editions (backup-retention.ts) through removeBackups.
   */
  writeBackup: (raw: string, info: { createdAt: string; engagementCount: number; pinned?: boolean }) => Promise<BackupInfo>
  /** Removes these backups; an id that is not one of ours, or already gone, is ignored. */
  removeBackups: (ids: readonly string[]) => Promise<void>
}
