import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

const RENAME_RETRIES = 10
const RENAME_RETRY_MS = 100
// why: on Windows, antivirus and the search indexer briefly lock fresh files (EPERM/EBUSY on rename)
const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES'])

/**
 * Writes a file so that readers see either the old or the new content, never a mix: write a temp file
 * in the same folder (rename is only atomic within one file system), fsync it, rename it over the
 * target, then fsync the folder so the rename itself survives a power cut. The temp file is removed
 * on any failure.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: { mode?: number; syncDirectory?: boolean } = {}
): Promise<void> {
  const dir = dirname(file)
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    // why: 'wx' fails if the name exists, so we never write through a planted file or symlink;
    // 0o600 by default because the data is legal/HR material readable by this user only
    const handle = await open(temp, 'wx', options.mode ?? 0o600)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameWithRetry(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  // why: a caller writing many files into one folder syncs it once at the end instead
  if (options.syncDirectory !== false) await syncDirectory(dir)
}

/** True for the temp files writeFileAtomic leaves when the process dies mid-write. */
export function isAtomicWriteTemp(name: string): boolean {
  return /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/.test(name)
}

export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (attempt >= RENAME_RETRIES || code === undefined || !TRANSIENT.has(code)) throw error
      await new Promise((resolve) => setTimeout(resolve, RENAME_RETRY_MS))
    }
  }
}

export async function syncDirectory(dir: string): Promise<void> {
  // why: Windows cannot open a folder for fsync; NTFS journals the rename itself
  if (process.platform === 'win32') return
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // some file systems refuse to fsync a folder; the rename has happened, only its durability is weaker
  }
}
