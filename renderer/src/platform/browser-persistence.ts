import type { BackupInfo } from '@shared/ipc/contract'
import { ROLLING_BACKUPS_KEPT, type StorePersistence } from '@shared/service/persistence'
import type { KeyValueStore } from './indexed-db'

const STORE_KEY = 'store'
const BODY_PREFIX = 'body:'
const BACKUP_PREFIX = 'backup:'
const ASIDE_PREFIX = 'set-aside:'

/**
 * The browser edition's store: the index under one IndexedDB key, each assessment revision under
 * `body:<key>`. A commit is one transaction (it lands whole or not at all), which is what the desktop
 * gets from writing bodies before the index.
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
    readBody: (key) => kv.get(`${BODY_PREFIX}${key}`),
    commit: ({ put, index, drop }) =>
      kv.batch(
        [...put.map(({ key, text }) => ({ key: `${BODY_PREFIX}${key}`, value: text })), { key: STORE_KEY, value: JSON.stringify(index) }],
        drop.map((key) => `${BODY_PREFIX}${key}`)
      ),
    // why: a commit is one transaction, so no unreferenced body can be left by a crash; and a second tab
    // of the browser edition may hold an index this tab has not seen, whose bodies must not be deleted
    sweep: async () => undefined,
    setAside: async (reason) => {
      const raw = (await kv.get(STORE_KEY)) ?? ''
      const name = `${ASIDE_PREFIX}${reason}:${now()}`
      // the bodies the damaged index pointed to move with it, in the same transaction
      const bodyKeys = (await kv.keys()).filter((k) => k.startsWith(BODY_PREFIX))
      const moved: { key: string; value: string }[] = []
      for (const key of bodyKeys) {
        const value = await kv.get(key)
        if (value !== null) moved.push({ key: `${name}:${key}`, value })
      }
      await kv.batch([{ key: name, value: raw }, ...moved], [STORE_KEY, ...bodyKeys])
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
