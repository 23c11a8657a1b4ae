import type { ArmsLengthApi } from '@shared/ipc/contract'
import { API_GLOBAL } from '@shared/ipc/channels'

/**
 * The only reader of the preload's global: the desktop API if present, else the browser edition. The
 * browser edition's service (the store, its schemas and checks, IndexedDB) is its own chunk: the desktop
 * renderer never loads it, and the browser starts fetching it as soon as the entry runs.
 */
export async function connectApi(): Promise<ArmsLengthApi> {
  const exposed = (window as unknown as Record<string, ArmsLengthApi | undefined>)[API_GLOBAL]
  return exposed ?? (await import('./platform/browser-api')).createBrowserApi()
}
