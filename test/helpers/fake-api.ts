import type { ApiMethod } from '@shared/ipc/contract'
import { buildApi } from '@shared/ipc/build-api'
import { dispatch } from '@shared/ipc/dispatch'
import { createStoreService } from '@shared/service/store-service'
import { fixedClock, memoryFiles, memoryPersistence, sequentialIds, testReports } from './memory-persistence'

/**
 * A complete ArmsLengthApi in memory for renderer tests: the real service behind the real validating
 * dispatch, with a spy log of every call.
 */
export async function fakeApi(initial: string | null = null) {
  const mem = memoryPersistence(initial)
  const files = memoryFiles()
  const service = await createStoreService({
    edition: 'browser',
    persistence: mem.persistence,
    files: files.files,
    reports: testReports,
    clock: fixedClock(),
    ids: sequentialIds('id')
  })
  const calls: { method: ApiMethod; req: unknown }[] = []
  const api = buildApi((method, req) => {
    calls.push({ method, req })
    return dispatch(service, method, req)
  })
  return { api, calls, mem, files }
}
