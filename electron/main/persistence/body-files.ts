import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { isAtomicWriteTemp, syncDirectory, writeFileAtomic } from './atomic-write'
import { readTextOrNull } from './read-text'

/** `<key>.json`, key as made by bodyKey: an id (lower case, maybe `~hash`) and a revision. Also the allow-list for reads. */
const BODY_FILE = /^([a-z0-9_-]+(?:~[0-9a-f]{12})?\.\d+)\.json$/
const BODY_KEY = /^[a-z0-9_-]+(?:~[0-9a-f]{12})?\.\d+$/

// why: enough to keep the disk busy on a restore of thousands of assessments without exhausting file handles
const PARALLEL_WRITES = 8

/** Assessment bodies as files in one folder, written atomically and never overwritten in place by a commit. */
export function bodyFiles(dir: string) {
  const fileOf = (key: string): string => {
    // why: keys come from the validated index, but nothing else may ever reach the file system
    if (!BODY_KEY.test(key)) throw new Error(`Not an assessment record key: ${JSON.stringify(key)}`)
    return join(dir, `${key}.json`)
  }

  return {
    read: async (key: string) => readTextOrNull(fileOf(key)),

    /** Writes every body durably (each file fsynced, then the folder once) before the caller commits the index. */
    writeAll: async (bodies: readonly { key: string; text: string }[]): Promise<void> => {
      if (bodies.length === 0) return
      await mkdir(dir, { recursive: true, mode: 0o700 })
      for (let start = 0; start < bodies.length; start += PARALLEL_WRITES) {
        await Promise.all(
          bodies.slice(start, start + PARALLEL_WRITES).map((b) => writeFileAtomic(fileOf(b.key), b.text, { syncDirectory: false }))
        )
      }
      await syncDirectory(dir)
    },

    /** Removes bodies the committed index no longer uses. A failure only leaves a file for the next sweep. */
    removeAll: async (keys: readonly string[]): Promise<void> => {
      await Promise.all(keys.map((key) => rm(fileOf(key), { force: true }).catch(() => undefined)))
    },

    /** Deletes bodies no index references and temp files of interrupted writes; anything else in the folder is left alone. */
    sweep: async (referenced: ReadonlySet<string>): Promise<void> => {
      let names: string[]
      try {
        names = await readdir(dir)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
        throw error
      }
      const stale = names.filter((name) => {
        const key = BODY_FILE.exec(name)?.[1]
        return key !== undefined ? !referenced.has(key) : isAtomicWriteTemp(name)
      })
      // a leftover that cannot be removed now (held open by antivirus) is tried again at the next start
      await Promise.all(stale.map((name) => rm(join(dir, name), { force: true }).catch(() => undefined)))
    }
  }
}
