import type { Harness } from './harness'

/** Runs in the page: reads or writes the browser edition's key-value records. */
export async function kv(h: Harness, op: { put?: [string, string]; list?: true }): Promise<string[]> {
  return h.page.evaluate(
    (request) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('armslength', 1)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', request.put ? 'readwrite' : 'readonly')
          const store = tx.objectStore('kv')
          const keys = store.getAllKeys()
          if (request.put) store.put(request.put[1], request.put[0])
          tx.oncomplete = () => {
            open.result.close()
            resolve(keys.result.map(String))
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    op
  )
}
