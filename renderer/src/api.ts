import type { ArmsLengthApi } from '@shared/ipc/contract'
import { API_GLOBAL } from '@shared/ipc/channels'
import { createBrowserApi } from './platform/browser-api'

/** The only reader of the preload's global: the desktop API if present, else the browser edition. */
export async function connectApi(): Promise<ArmsLengthApi> {
  const exposed = (window as unknown as Record<string, ArmsLengthApi | undefined>)[API_GLOBAL]
  return exposed ?? createBrowserApi()
}
