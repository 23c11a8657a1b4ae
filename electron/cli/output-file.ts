import { randomBytes } from 'node:crypto'
import { constants, unlinkSync } from 'node:fs'
import { access, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { describeIoError } from './load-input'

/**
 * Whether `-o <path>` can be written, checked before any work starts (a packet can take minutes to
 * render; failing only afterwards wastes them and, on a slow or stale mount, looked like a hang).
 * Null when it can; otherwise what is wrong, in words. The folder must already exist: a typo in it
 * should be an error, not a new folder somewhere.
 */
export async function checkOutputPath(path: string): Promise<string | null> {
  if (path === '' || path.endsWith('/') || path.endsWith('\\'))
    return `${path || '(empty)'} names a folder; give a file name, e.g. ${join(path || '.', 'out.pdf')}`
  const target = await stat(path).catch((error: unknown) => error as NodeJS.ErrnoException)
  if (!(target instanceof Error)) {
    if (target.isDirectory()) return `${path} is a folder; give a file name inside it, e.g. ${join(path, 'out.pdf')}`
    // why: renaming over a pipe, socket or device would replace it; writing to one could block forever
    if (!target.isFile()) return `${path} exists and is not a regular file (a device, pipe or socket)`
  } else if (target.code !== 'ENOENT') {
    return `Cannot use ${path}: ${describeIoError(target)}`
  }
  const folder = dirname(resolve(path))
  const info = await stat(folder).catch((error: unknown) => error as NodeJS.ErrnoException)
  if (info instanceof Error)
    return info.code === 'ENOENT' ? `The folder ${folder} does not exist` : `Cannot use the folder ${folder}: ${describeIoError(info)}`
  if (!info.isDirectory()) return `${folder} is not a folder`
  try {
    await access(folder, constants.W_OK)
  } catch (error) {
    return `Cannot write in the folder ${folder}: ${describeIoError(error)}`
  }
  return null
}

/** The file operations an atomic write uses; tests swap one to simulate a full disk. */
export type AtomicWriteFs = {
  open: (path: string, flags: string) => Promise<Pick<FileHandle, 'writeFile' | 'sync' | 'close'>>
  rename: (from: string, to: string) => Promise<void>
  unlink: (path: string) => Promise<void>
}

const nodeFs: AtomicWriteFs = { open, rename, unlink }

/** Every temp file still on disk, so an interrupted run (Ctrl-C) can remove them before exiting. */
const pendingTempFiles = new Set<string>()

/** Removes every temp file of a write still in progress (synchronously: called from a signal handler just before exit). */
export function removePendingTempFiles(): void {
  for (const temp of pendingTempFiles) {
    try {
      unlinkSync(temp)
    } catch {
      // already gone
    }
    pendingTempFiles.delete(temp)
  }
}

/** Makes a file's bytes a chunk at a time, each `write` awaited before the next: memory stays flat however large the file. */
export type ByteProducer = (write: (bytes: Uint8Array) => Promise<void>) => Promise<void>

/**
 * Writes a temp file beside the target, flushes it, then renames it over the target: a reader sees the
 * old file or the new one, never half of one. If anything fails (a full disk, a vanished folder) the
 * temp file is removed and the target is untouched. The temp name is random and created exclusively
 * ('wx'), so a file or link already at that name is never written through.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string | ByteProducer, fs: AtomicWriteFs = nodeFs): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  // why: registered before it exists, so a Ctrl-C while the file is being created still removes it
  pendingTempFiles.add(temp)
  let handle: Awaited<ReturnType<AtomicWriteFs['open']>>
  try {
    handle = await fs.open(temp, 'wx')
  } catch (error) {
    pendingTempFiles.delete(temp)
    throw error
  }
  try {
    try {
      if (typeof data === 'function') {
        // A producer may hand over several chunks before waiting for any (the packet writer does); two
        // writeFile calls in flight on one handle may land in either order, which under load scrambled
        // a packet. Each chunk therefore waits for the one before it.
        let tail: Promise<void> = Promise.resolve()
        await data((bytes) => (tail = tail.then(() => handle.writeFile(bytes))))
        await tail
      } else await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, path)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  } finally {
    pendingTempFiles.delete(temp)
  }
}
