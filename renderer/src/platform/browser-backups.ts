import type { BackupInfo } from '@shared/ipc/contract'
import { ROLLING_BACKUPS_KEPT } from '@shared/service/persistence'
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

type StoredMeta = BackupInfo & { parts?: number }

/**
 * Rolling backups in the browser edition: `backup:<time>:part:<n>` records, then `backup:<time>:meta`.
 * The meta is written last, so a backup interrupted half-way is never listed; backups written before
 * parts existed are one `backup:<time>` record.
 */
export function browserBackups(kv: KeyValueStore) {
  async function metas(): Promise<StoredMeta[]> {
    const keys = (await kv.keys()).filter((k) => k.startsWith(BACKUP_PREFIX) && k.endsWith(META)).sort().reverse()
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

  return {
    list: async (): Promise<BackupInfo[]> => (await metas()).map(({ parts: _parts, ...info }) => info),

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

    write: async (raw: string, { createdAt, engagementCount }: { createdAt: string; engagementCount: number }): Promise<BackupInfo> => {
      const id = `${BACKUP_PREFIX}${createdAt}`
      let sizeBytes = 0
      let parts = 0
      for (let start = 0; start < raw.length; parts++) {
        let end = Math.min(start + PART_CHARS, raw.length)
        // why: never split a surrogate pair between two parts
        if (end < raw.length && isHighSurrogate(raw.charCodeAt(end - 1))) end--
        const part = raw.slice(start, end)
        sizeBytes += utf8Length(part)
        await kv.put(`${id}${PART}${parts}`, part)
        start = end
      }
      const info: BackupInfo = { id, createdAt, engagementCount, sizeBytes }
      await kv.put(`${id}${META}`, JSON.stringify({ ...info, parts } satisfies StoredMeta))
      for (const old of (await metas()).slice(ROLLING_BACKUPS_KEPT)) await remove(old)
      return info
    }
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** UTF-8 byte length without copying the text into a Blob (which cost ~0.9 s for a 59 MB store). */
function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (isHighSurrogate(c)) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}
