import type { BackupInfo } from '@shared/ipc/contract'
import { utf8ByteLength } from '@shared/exchange/utf8'
import type { KeyValueStore } from './indexed-db'

const BACKUP_PREFIX = 'backup:'
const META = ':meta'
const PART = ':part:'
/**
 * Characters per stored part. One put of a whole 59 MB backup froze the page for about a second
 * (IndexedDB clones the value on the main thread); parts of about a megabyte, each its own
 * transaction, let the page answer between them.
 */
const PART_CHARS = 1_000_000

/** Metas written before pinning existed have no `pinned`; they read as not pinned. */
type StoredMeta = Omit<BackupInfo, 'pinned'> & { pinned?: boolean; parts?: number }

const infoOf = ({ parts: _parts, pinned, ...info }: StoredMeta): BackupInfo => ({ ...info, pinned: pinned ?? false })

/**
 * Backups in the browser edition: `backup:<time>:part:<n>` records, then `backup:<time>:meta`.
 * The meta is written last, so a backup interrupted half-way is never listed; backups written before
 * parts existed are one `backup:<time>` record. Rotation is the service's (shared/service/backup-retention.ts).
 */
export function browserBackups(kv: KeyValueStore) {
  async function metas(): Promise<StoredMeta[]> {
    const keys = (await kv.keys())
      .filter((k) => k.startsWith(BACKUP_PREFIX) && k.endsWith(META))
      .sort()
      .reverse()
    const found: StoredMeta[] = []
    for (const key of keys) {
      const meta = await kv.get(key)
      if (meta !== null) found.push(JSON.parse(meta) as StoredMeta)
    }
    return found
  }

  async function remove(meta: StoredMeta): Promise<void> {
    const parts = Array.from({ length: meta.parts ?? 0 }, (_, n) => `${meta.id}${PART}${n}`)
    // one transaction: a backup is listed whole or not at all
    await kv.batch([], [`${meta.id}${META}`, meta.id, ...parts])
  }

  /** Parts of backups that never got their meta record (the page closed during a backup): unlisted, so removed here. */
  async function removeOrphanParts(listed: ReadonlySet<string>): Promise<void> {
    const orphans = (await kv.keys()).filter(
      (k) => k.startsWith(BACKUP_PREFIX) && k.includes(PART) && !listed.has(k.slice(0, k.indexOf(PART)))
    )
    if (orphans.length > 0) await kv.batch([], orphans).catch(() => undefined)
  }

  return {
    list: async (): Promise<BackupInfo[]> => (await metas()).map(infoOf),

    read: async (id: string): Promise<string | null> => {
      if (!id.startsWith(BACKUP_PREFIX) || id.includes(PART) || id.endsWith(META)) return null
      const raw = await kv.get(`${id}${META}`)
      if (raw === null) return null
      const meta = JSON.parse(raw) as StoredMeta
      if (meta.parts === undefined) return kv.get(id)
      const parts: string[] = []
      for (let n = 0; n < meta.parts; n++) {
        const part = await kv.get(`${id}${PART}${n}`)
        if (part === null) return null
        parts.push(part)
      }
      return parts.join('')
    },

    write: async (
      raw: string,
      { createdAt, engagementCount, pinned = false }: { createdAt: string; engagementCount: number; pinned?: boolean }
    ): Promise<BackupInfo> => {
      const taken = new Set((await metas()).map((m) => m.id))
      await removeOrphanParts(taken)
      let id = `${BACKUP_PREFIX}${createdAt}`
      // why: two backups in one millisecond (a safety copy right after "Back up now") must not share parts
      for (let seq = 2; taken.has(id); seq++) id = `${BACKUP_PREFIX}${createdAt}.${seq}`
      let sizeBytes = 0
      let parts = 0
      try {
        for (let start = 0; start < raw.length; parts++) {
          let end = Math.min(start + PART_CHARS, raw.length)
          // why: never split a surrogate pair between two parts
          if (end < raw.length && isHighSurrogate(raw.charCodeAt(end - 1))) end--
          const part = raw.slice(start, end)
          sizeBytes += utf8ByteLength(part)
          await kv.put(`${id}${PART}${parts}`, part)
          start = end
        }
        const info: BackupInfo = { id, createdAt, engagementCount, sizeBytes, pinned }
        await kv.put(`${id}${META}`, JSON.stringify({ ...info, parts } satisfies StoredMeta))
        return info
      } catch (error) {
        // why: a backup that failed half-way (storage full) is never listed, so nothing else would ever
        // remove its parts; each retry would leave more, and the storage would stay full
        await kv
          .batch(
            [],
            Array.from({ length: parts + 1 }, (_, n) => `${id}${PART}${n}`)
          )
          .catch(() => undefined)
        throw error
      }
    },

    remove: async (ids: readonly string[]): Promise<void> => {
      const wanted = new Set(ids)
      for (const meta of await metas()) if (wanted.has(meta.id)) await remove(meta)
    }
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
