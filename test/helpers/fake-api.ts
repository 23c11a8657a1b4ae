import type { ApiMethod } from '@shared/ipc/contract'
import { buildApi } from '@shared/ipc/build-api'
import { dispatch } from '@shared/ipc/dispatch'
import { createStoreService } from '@shared/service/store-service'
import { engagementFields } from './engagement-fields'
import { fixedClock, memoryFiles, memoryPersistence, sequentialIds, testReports } from './memory-persistence'

/**
 * A complete ArmsLengthApi in memory for renderer tests: the real service behind the real validating
 * dispatch, with a spy log of every call. Given another fake's `mem`, it opens that store afresh, as the
 * next start of the app would (nothing cached).
 */
export async function fakeApi(initial: string | null | ReturnType<typeof memoryPersistence> = null) {
  const mem = initial !== null && typeof initial === 'object' ? initial : memoryPersistence(initial)
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

/** A fake API holding one engagement (delivered from Poland) with an annual assessment just started. */
export async function fakeApiWithAssessment() {
  const fake = await fakeApi()
  const e = await fake.api.createEngagement({ fields: engagementFields({ deliveryCountries: ['PL'] }) })
  if (!e.ok) throw new Error('engagement')
  const a = await fake.api.startAssessment({ engagementId: e.value.id, kind: 'annual' })
  if (!a.ok) throw new Error('assessment')
  return { ...fake, assessmentId: a.value.id }
}
