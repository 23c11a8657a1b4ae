import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { BackupInfo } from '@shared/ipc/contract'
import { writeFileAtomic } from './atomic-write'
import { readTextOrNull } from './read-text'
import { countEngagementsIn } from './engagement-count'

/**
 * Backup file names: `store-<ISO timestamp with ':' as '-'>.json`, plus `.<n>` before `.json` when two
 * backups share a millisecond, and `.pinned` for one the rotation keeps (taken before signed-off
 * assessments were removed). The name is the id the renderer sees, so this pattern is also the
 * allow-list for readBackup: nothing else (no separators, no '..') ever reaches the file system.
 */
const BACKUP_NAME = /^store-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2}\.\d{3})Z(?:\.([2-9]|[1-9]\d{1,3}))?(\.pinned)?\.json$/

type ParsedName = { name: string; createdAt: string; seq: number; pinned: boolean }

export function parseBackupName(name: string): ParsedName | null {
  const match = BACKUP_NAME.exec(name)
  if (!match || basename(name) !== name) return null
  const [, date, hours, minutes, seconds, seq, pinned] = match
  const createdAt = `${date}T${hours}:${minutes}:${seconds}Z`
  if (Number.isNaN(Date.parse(createdAt))) return null
  return { name, createdAt, seq: seq === undefined ? 1 : Number(seq), pinned: pinned !== undefined }
}

export function backupName(createdAt: string, seq: number, pinned = false): string {
  const stamp = createdAt.replace(/:/g, '-')
  return `store-${stamp}${seq === 1 ? '' : `.${seq}`}${pinned ? '.pinned' : ''}.json`
}

function newestFirst(a: ParsedName, b: ParsedName): number {
  // all names hold normalised UTC ISO timestamps of the same length, so text order is time order
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1
  return b.seq - a.seq
}

async function backupNames(dir: string): Promise<ParsedName[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  // temp files (.store-….tmp) and anything a person put in the folder do not match and are ignored
  return names.flatMap((name) => parseBackupName(name) ?? []).sort(newestFirst)
}

export async function listBackupFiles(dir: string): Promise<BackupInfo[]> {
  const infos: BackupInfo[] = []
  for (const parsed of await backupNames(dir)) {
    const path = join(dir, parsed.name)
    let count: number | null
    let size: number
    try {
      count = await countEngagementsIn(path)
      size = (await stat(path)).size
    } catch (error) {
      // why: one unreadable backup (locked by antivirus, wrong owner) must not hide the others; it is
      // listed without a count, and reading it later reports the actual error
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      infos.push({ id: parsed.name, createdAt: parsed.createdAt, engagementCount: 0, sizeBytes: 0, pinned: parsed.pinned })
      continue
    }
    if (count === null) continue // deleted while listing
    infos.push({ id: parsed.name, createdAt: parsed.createdAt, engagementCount: count, sizeBytes: size, pinned: parsed.pinned })
  }
  return infos
}

/** The text of a backup, or null when the id is not one of ours or the file is gone. */
export async function readBackupFile(dir: string, id: string): Promise<string | null> {
  // why: the id comes from the renderer; only exact backup names are resolved, so '../x' never is
  if (parseBackupName(id) === null) return null
  return readTextOrNull(join(dir, id))
}

export async function writeBackupFile(
  dir: string,
  raw: string,
  info: { createdAt: string; engagementCount: number; pinned?: boolean },
  now: () => string
): Promise<BackupInfo> {
  await mkdir(dir, { recursive: true })
  const createdAt = normaliseTimestamp(info.createdAt, now)
  const pinned = info.pinned ?? false
  const existing = new Set((await backupNames(dir)).map((b) => `${b.createdAt}.${b.seq}`))
  let seq = 1
  while (existing.has(`${createdAt}.${seq}`)) seq++
  const name = backupName(createdAt, seq, pinned)
  await writeFileAtomic(join(dir, name), raw)
  return { id: name, createdAt, engagementCount: info.engagementCount, sizeBytes: Buffer.byteLength(raw, 'utf8'), pinned }
}

/** Deletes these backups; rotation is decided by the service (shared/service/backup-retention.ts). */
export async function removeBackupFiles(dir: string, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    // why: only exact backup names are resolved, as for reading
    if (parseBackupName(id) !== null) await rm(join(dir, id), { force: true })
  }
}

// why: file names must sort by time and round-trip exactly, so every timestamp becomes UTC with ms
function normaliseTimestamp(value: string, now: () => string): string {
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? new Date(now()).toISOString() : parsed.toISOString()
}
