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
 * How many engagements one packet may hold. The packet is built in memory (model and PDF), about
 * 1.7 MB per engagement as measured (issue 15: 1,000 engagements took 1.7 GB); within a 1 GiB budget
 * that is 600. A 5,000-engagement packet took 2.9 GB and minutes: refused at once with what to do,
 * instead of freezing the machine. Raise the budget only with a measurement (npm run bench).
 */
export const PACKET_MEMORY_BUDGET_BYTES = 1024 * 1024 * 1024
export const PACKET_BYTES_PER_ENGAGEMENT = 1.7 * 1024 * 1024
export const MAX_PACKET_ENGAGEMENTS = Math.floor(PACKET_MEMORY_BUDGET_BYTES / PACKET_BYTES_PER_ENGAGEMENT / 100) * 100

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
      const model = buildPacketModel({
        records,
        banks: deps.banks(),
        settings: { confidentialityMarking: doc.settings.confidentialityMarking },
        generatedAt
      })
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

  async function activeCount(): Promise<number> {
    const shell = await deps.view({ kind: 'none' })
    return shell.ok ? shell.value.engagements.filter((e) => e.status === 'active').length : 0
  }

  return {
    startAuditPacket: async ({ engagementIds }) => {
      const chosen: ScopeOf = (index) => ({
        kind: 'engagements',
        ids: engagementIds ?? index.engagements.filter((e) => e.status === 'active').map((e) => e.id)
      })
      // counted before any assessment is read: refusing must cost nothing
      const count: number = engagementIds ? engagementIds.length : await activeCount()
      if (count > MAX_PACKET_ENGAGEMENTS) {
        return fail(
          'invalid-request',
          `An audit packet can hold at most ${MAX_PACKET_ENGAGEMENTS.toLocaleString('en')} engagements (it is built in memory, about 1.7 MB each); ` +
            `you chose ${count.toLocaleString('en')}. Choose fewer — filter the portfolio by country, service or owner — and make one packet for each part.`
        )
      }
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
