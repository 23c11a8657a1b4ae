import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { BackupInfo } from '@shared/ipc/contract'
import { writeFileAtomic } from './atomic-write'
import { readTextOrNull } from './read-text'
import { countEngagementsIn } from './engagement-count'

/**
 * Backup file names: `store-<ISO timestamp with ':' as '-'>.json`, plus `.<n>` before `.json` when two
 * backups share a millisecond. The name is the id the renderer sees, so this pattern is also the
 * allow-list for readBackup: nothing else (no separators, no '..') ever reaches the file system.
 */
const BACKUP_NAME = /^store-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2}\.\d{3})Z(?:\.([2-9]|[1-9]\d{1,3}))?\.json$/

type ParsedName = { name: string; createdAt: string; seq: number }

export function parseBackupName(name: string): ParsedName | null {
  const match = BACKUP_NAME.exec(name)
  if (!match || basename(name) !== name) return null
  const [, date, hours, minutes, seconds, seq] = match
  const createdAt = `${date}T${hours}:${minutes}:${seconds}Z`
  if (Number.isNaN(Date.parse(createdAt))) return null
  return { name, createdAt, seq: seq === undefined ? 1 : Number(seq) }
}

export function backupName(createdAt: string, seq: number): string {
  const stamp = createdAt.replace(/:/g, '-')
  return seq === 1 ? `store-${stamp}.json` : `store-${stamp}.${seq}.json`
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
      infos.push({ id: parsed.name, createdAt: parsed.createdAt, engagementCount: 0, sizeBytes: 0 })
      continue
    }
    if (count === null) continue // deleted while listing
    infos.push({ id: parsed.name, createdAt: parsed.createdAt, engagementCount: count, sizeBytes: size })
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
  info: { createdAt: string; engagementCount: number },
  keep: number,
  now: () => string
): Promise<BackupInfo> {
  await mkdir(dir, { recursive: true })
  const createdAt = normaliseTimestamp(info.createdAt, now)
  const existing = new Set((await backupNames(dir)).map((b) => b.name))
  let seq = 1
  while (existing.has(backupName(createdAt, seq))) seq++
  const name = backupName(createdAt, seq)
  await writeFileAtomic(join(dir, name), raw)
  await pruneBackups(dir, keep)
  return { id: name, createdAt, engagementCount: info.engagementCount, sizeBytes: Buffer.byteLength(raw, 'utf8') }
}

/** Deletes all but the newest `keep` backups. Runs only after a new backup was written in full. */
export async function pruneBackups(dir: string, keep: number): Promise<void> {
  for (const old of (await backupNames(dir)).slice(keep)) {
    await rm(join(dir, old.name), { force: true })
  }
}

// why: file names must sort by time and round-trip exactly, so every timestamp becomes UTC with ms
function normaliseTimestamp(value: string, now: () => string): string {
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? new Date(now()).toISOString() : parsed.toISOString()
}
