import type { BackupInfo } from '@shared/ipc/contract'
import { ROLLING_BACKUPS_KEPT, type StorePersistence } from '@shared/service/persistence'
import type { KeyValueStore } from './indexed-db'

const STORE_KEY = 'store'
const BACKUP_PREFIX = 'backup:'
const ASIDE_PREFIX = 'set-aside:'

/**
 * The browser edition's store: the whole document as one IndexedDB value. A single put is atomic
 * (the transaction commits whole or not at all), which is what the desktop gets from rename.
 */
export function createBrowserPersistence(kv: KeyValueStore, now: () => string): StorePersistence {
  async function backupInfos(): Promise<BackupInfo[]> {
    const keys = (await kv.keys()).filter((k) => k.startsWith(BACKUP_PREFIX)).sort().reverse()
    const infos: BackupInfo[] = []
    for (const key of keys) {
      const meta = await kv.get(`${key}:meta`)
      if (key.endsWith(':meta') || meta === null) continue
      infos.push(JSON.parse(meta) as BackupInfo)
    }
    return infos
  }

  return {
    read: () => kv.get(STORE_KEY),
    write: (doc) => kv.put(STORE_KEY, JSON.stringify(doc)),
    setAside: async (reason) => {
      const raw = (await kv.get(STORE_KEY)) ?? ''
      const name = `${ASIDE_PREFIX}${reason}:${now()}`
      await kv.put(name, raw)
      await kv.delete(STORE_KEY)
      return name
    },
    listBackups: backupInfos,
    readBackup: (id) => (id.startsWith(BACKUP_PREFIX) && !id.endsWith(':meta') ? kv.get(id) : Promise.resolve(null)),
    writeBackup: async (raw, { createdAt, engagementCount }) => {
      const id = `${BACKUP_PREFIX}${createdAt}`
      const info: BackupInfo = { id, createdAt, engagementCount, sizeBytes: utf8Length(raw) }
      await kv.put(id, raw)
      await kv.put(`${id}:meta`, JSON.stringify(info))
      const all = await backupInfos()
      for (const old of all.slice(ROLLING_BACKUPS_KEPT)) {
        await kv.delete(old.id)
        await kv.delete(`${old.id}:meta`)
      }
      return info
    }
  }
}

/** UTF-8 byte length without copying the text into a Blob (which cost ~0.9 s for a 59 MB store). */
function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}
