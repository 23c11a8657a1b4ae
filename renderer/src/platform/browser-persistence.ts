import type { StorePersistence } from '@shared/service/persistence'
import type { KeyValueStore } from './indexed-db'
import { browserBackups } from './browser-backups'

const STORE_KEY = 'store'
const BODY_PREFIX = 'body:'
const ASIDE_PREFIX = 'set-aside:'

/**
 * The browser edition's store: the index under one IndexedDB key, each assessment revision under
 * `body:<key>`. A commit is one transaction (it lands whole or not at all), which is what the desktop
 * gets from writing bodies before the index.
 */
export function createBrowserPersistence(kv: KeyValueStore, now: () => string): StorePersistence {
  const backups = browserBackups(kv)

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
    listBackups: backups.list,
    readBackup: backups.read,
    writeBackup: backups.write,
    removeBackups: backups.remove
  }
}
