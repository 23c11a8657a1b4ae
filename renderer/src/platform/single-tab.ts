const LOCK_NAME = 'armslength-store'
// why: a reload releases the old page's lock only as the new page starts; wait that long before giving up
const WAIT_MS = 2_000

/**
 * Holds the browser edition's one-tab lock for as long as this page lives, as the desktop app holds its
 * single-instance lock. Two tabs each keeping the store in memory would overwrite each other's changes
 * (the last index written wins, and it may name records the other tab has replaced).
 * Rejects when another tab of this browser has the app open.
 */
export function holdSingleTabLock(): Promise<void> {
  return new Promise((resolve, reject) => {
    const held = navigator.locks.request(LOCK_NAME, { signal: AbortSignal.timeout(WAIT_MS) }, () => {
      resolve()
      // never settles: the lock is released when the page goes away
      return new Promise<never>(() => undefined)
    })
    held.catch((error: unknown) => {
      reject(
        error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')
          ? new Error(
              "Arm's Length is already open in another tab or window of this browser. Use that one, or close it and reload this page."
            )
          : error
      )
    })
  })
}
