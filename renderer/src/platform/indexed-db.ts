/** A minimal promise wrapper over one IndexedDB object store of string values. */
export type KeyValueStore = {
  get: (key: string) => Promise<string | null>
  put: (key: string, value: string) => Promise<void>
  delete: (key: string) => Promise<void>
  keys: () => Promise<string[]>
  /** Puts and deletes in one transaction: all of them happen, or none. */
  batch: (puts: readonly { key: string; value: string }[], deletes: readonly string[]) => Promise<void>
}

export function openKeyValueStore(dbName: string, storeName = 'kv'): Promise<KeyValueStore> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(storeName)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'))
    request.onsuccess = () => {
      const db = request.result
      const run = <T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T> | undefined): Promise<T | undefined> =>
        new Promise((res, rej) => {
          const tx = db.transaction(storeName, mode)
          const req = op(tx.objectStore(storeName))
          // resolve on commit, not on request success: only then is the write durable
          tx.oncomplete = () => res(req?.result)
          tx.onerror = () => rej(tx.error ?? new Error('IndexedDB transaction failed'))
          tx.onabort = () => rej(tx.error ?? new Error('IndexedDB transaction aborted'))
        })
      resolve({
        get: async (key) => {
          const value = await run('readonly', (s) => s.get(key) as IDBRequest<unknown>)
          return typeof value === 'string' ? value : null
        },
        put: async (key, value) => {
          await run('readwrite', (s) => s.put(value, key))
        },
        delete: async (key) => {
          await run('readwrite', (s) => s.delete(key))
        },
        keys: async () => ((await run('readonly', (s) => s.getAllKeys())) ?? []).map(String),
        batch: async (puts, deletes) => {
          await run('readwrite', (s) => {
            for (const { key, value } of puts) s.put(value, key)
            for (const key of deletes) s.delete(key)
            return undefined
          })
        }
      })
    }
  })
}
