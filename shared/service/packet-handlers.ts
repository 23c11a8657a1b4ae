import type { ArmsLengthApi } from '../ipc/contract'
import type { QuestionBank } from '../bank/bank-schema'
import type { StoreDoc } from '../store/store-schema'
import type { StoreAccess } from './store-service'
import type { ReportGenerator } from '../report/report-generator'
import { buildPacketModel } from '../report/packet/packet-model'
import { recordsFor, safeFileName } from '../exchange/build-exchange'
import type { EngagementRecord } from '../exchange/exchange-schemas'
import { fail, messageOf, ok } from '../util/result'
import { todayOf, type Clock, type IdSource } from './clock'
import type { FileSaver } from './file-saver'
import { createJobRegistry } from './job-registry'
import type { ScopeOf } from './store-session'

type PacketMethods = Pick<ArmsLengthApi, 'startAuditPacket' | 'getJob'>

/**
 * Audit packets run as jobs: the call returns at once with a job id, the PDF worker reports progress,
 * and the renderer polls. When the PDF is ready it is saved (a save dialog on the desktop).
 */
export function packetHandlers(deps: {
  view: StoreAccess['view']
  clock: Clock
  ids: IdSource
  files: FileSaver
  reports: ReportGenerator
  banks: () => readonly QuestionBank[]
}): PacketMethods {
  const jobs = createJobRegistry(deps.ids.newId)

  async function run(jobId: string, records: EngagementRecord[], doc: StoreDoc): Promise<void> {
    try {
      const generatedAt = deps.clock.now()
      const model = buildPacketModel({ records, banks: deps.banks(), settings: { confidentialityMarking: doc.settings.confidentialityMarking }, generatedAt })
      const pdf = await deps.reports.renderPacket(model, (done, total) => jobs.update(jobId, { done, total }))
      jobs.update(jobId, { state: 'saving', done: records.length })
      const saved = await deps.files.save({
        suggestedName: safeFileName(['audit-packet', `${records.length}-engagements`, todayOf(deps.clock)], 'pdf'),
        mime: 'application/pdf',
        data: pdf
      })
      if (!saved.ok) jobs.update(jobId, { state: 'failed', message: saved.error.message })
      else if (saved.value === null) jobs.update(jobId, { state: 'cancelled' })
      else jobs.update(jobId, { state: 'done', savedAs: saved.value.savedAs })
    } catch (error) {
      jobs.update(jobId, { state: 'failed', message: messageOf(error) })
    }
  }

  return {
    startAuditPacket: async ({ engagementIds }) => {
      const chosen: ScopeOf = (index) => ({
        kind: 'engagements',
        ids: engagementIds ?? index.engagements.filter((e) => e.status === 'active').map((e) => e.id)
      })
      const viewed = await deps.view(chosen)
      if (!viewed.ok) return viewed
      const doc = viewed.value
      const ids = engagementIds ?? doc.engagements.filter((e) => e.status === 'active').map((e) => e.id)
      if (ids.length === 0) return fail('invalid-request', 'Choose at least one engagement.')
      const records = recordsFor(doc, ids)
      if (records.some((r) => r === undefined)) return fail('not-found', 'One of the chosen engagements no longer exists.')
      const job = jobs.start('audit-packet', ids.length)
      // not awaited: the caller follows the job by polling getJob
      void run(job.jobId, records as EngagementRecord[], doc)
      return ok({ jobId: job.jobId })
    },
    getJob: async ({ jobId }) => {
      const job = jobs.get(jobId)
      return job ? ok(job) : fail('not-found', 'No such job.')
    }
  }
}
