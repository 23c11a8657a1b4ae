/**
 * The browser edition's storage, as the browser manages it. Everything (the store and its backups) is
 * in this origin's IndexedDB, which the browser may evict under disk pressure unless the site holds
 * persistent storage, and which "clear site data" removes in one go.
 */
export type BrowserStorageFacts = {
  /** The one origin whose storage holds the data, e.g. http://127.0.0.1:28471. */
  origin: string
  /** true: the browser keeps it until the user clears it; false: best-effort; null: the browser cannot say. */
  persisted: boolean | null
  usageBytes: number | null
  quotaBytes: number | null
}

/**
 * Asks the browser to keep this site's storage (no prompt in Chromium; it decides by its own rules).
 * Never throws: the answer is informative, and the app works either way.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  try {
    return typeof navigator.storage?.persist === 'function' ? await navigator.storage.persist() : null
  } catch {
    return null
  }
}

export async function browserStorageFacts(): Promise<BrowserStorageFacts> {
  const storage = typeof navigator.storage === 'object' ? navigator.storage : undefined
  const [persisted, estimate] = await Promise.all([
    storage?.persisted?.().catch(() => null) ?? Promise.resolve(null),
    storage?.estimate?.().catch(() => null) ?? Promise.resolve(null)
  ])
  return {
    origin: location.origin,
    persisted,
    usageBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null
  }
}
