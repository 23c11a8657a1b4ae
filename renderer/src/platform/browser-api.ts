import type { ArmsLengthApi } from '@shared/ipc/contract'
import { buildApi } from '@shared/ipc/build-api'
import { dispatch } from '@shared/ipc/dispatch'
import { createStoreService } from '@shared/service/store-service'
import { openKeyValueStore } from './indexed-db'
import { createBrowserPersistence } from './browser-persistence'
import { browserFileSaver } from './browser-file-saver'
import { createWebWorkerReportGenerator } from './web-worker-report-generator'
import { todayIso } from '../today'
import { holdSingleTabLock } from './single-tab'
import { requestPersistentStorage } from './browser-storage'
import { createBrowserHost } from './browser-host'

const STARTUP_BACKUP_DELAY_MS = 5_000

/**
 * The browser edition: the same service as the desktop main process, on IndexedDB. Requests go
 * through the same validating dispatch, so the renderer cannot tell the editions apart.
 */
export async function createBrowserApi(): Promise<ArmsLengthApi> {
  const { log, host } = createBrowserHost()
  await holdSingleTabLock()
  // why: without it the browser may evict the store and its backups (same IndexedDB) to free disk space;
  // not awaited, the answer only informs Settings (BrowserStorageCard)
  void requestPersistentStorage()
  const kv = await openKeyValueStore('armslength')
  const now = () => new Date().toISOString()
  const service = await createStoreService({
    edition: 'browser',
    persistence: createBrowserPersistence(kv, now),
    files: browserFileSaver,
    reports: createWebWorkerReportGenerator((message) => log.error('pdf-worker-failed', new Error(message))),
    clock: { now, today: todayIso },
    ids: { newId: () => crypto.randomUUID() },
    host,
    // the start-up backup copies every assessment: after the register has been shown
    defer: (task) => setTimeout(task, STARTUP_BACKUP_DELAY_MS)
  })
  return buildApi((method, req) => dispatch(service, method, req, (m, error) => log.error('api-internal', error, { method: m })))
}
