import type { KeyValueStore } from '../../renderer/src/platform/indexed-db'

/** IndexedDB as the browser edition sees it through KeyValueStore: strings under keys, in memory; reads can be made to fail. */
export function memoryKeyValueStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  const state = { failReads: null as Error | null, failKey: null as string | null, writes: 0 }
  const kv: KeyValueStore = {
    get: async (key) => {
      if (state.failReads) throw state.failReads
      if (key === state.failKey) throw new Error(`UnknownError: the record ${key} could not be read from disk`)
      return data.get(key) ?? null
    },
    put: async (key, value) => {
      state.writes++
      data.set(key, value)
    },
    delete: async (key) => {
      state.writes++
      data.delete(key)
    },
    keys: async () => [...data.keys()],
    batch: async (puts, deletes) => {
      state.writes++
      for (const { key, value } of puts) data.set(key, value)
      for (const key of deletes) data.delete(key)
    }
  }
  return { kv, data, state }
}
