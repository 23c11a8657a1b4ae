import { createStoreService } from '@shared/service/store-service'
import type { StorePersistence } from '@shared/service/persistence'
import { fixedClock, memoryFiles, sequentialIds, testReports } from './memory-persistence'

/** The store service as the browser edition opens it, on the given persistence, with test clock, ids and reports. */
export function openMemoryService(persistence: StorePersistence, ids = sequentialIds()) {
  return createStoreService({ edition: 'browser', persistence, files: memoryFiles().files, reports: testReports, clock: fixedClock(), ids })
}
