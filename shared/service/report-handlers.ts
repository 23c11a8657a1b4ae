import type { ArmsLengthApi } from '../ipc/contract'
import type { QuestionBank } from '../bank/bank-schema'
import type { StoreAccess } from './store-service'
import type { ReportGenerator } from '../report/report-generator'
import { reportInputFor } from '../report/report-input'
import { buildReportModel } from '../report/report-model'
import { fail, messageOf } from '../util/result'
import { todayOf, type Clock } from './clock'
import type { FileSaver } from './file-saver'
import { exportFileName } from '../util/file-name'

type ReportMethods = Pick<ArmsLengthApi, 'exportReportPdf'>

/** Reports: the model is built here (pure, fast); the PDF is rendered by the host's worker. */
export function reportHandlers(deps: {
  view: StoreAccess['view']
  clock: Clock
  files: FileSaver
  reports: ReportGenerator
  banks: () => readonly QuestionBank[]
}): ReportMethods {
  return {
    exportReportPdf: async ({ assessmentId }) => {
      const viewed = await deps.view({ kind: 'engagement-of', assessmentId })
      if (!viewed.ok) return viewed
      const doc = viewed.value
      const assessment = doc.assessments.find((a) => a.id === assessmentId)
      const engagement = assessment && doc.engagements.find((e) => e.id === assessment.engagementId)
      if (!assessment || !engagement) return fail('not-found', 'That assessment no longer exists.')
      const input = reportInputFor({
        engagement,
        assessments: doc.assessments.filter((a) => a.engagementId === engagement.id),
        assessmentId,
        banks: deps.banks(),
        settings: { confidentialityMarking: doc.settings.confidentialityMarking },
        generatedAt: deps.clock.now()
      })
      if (!input.ok) return input
      const model = buildReportModel(input.value)
      let pdf: Uint8Array
      try {
        pdf = await deps.reports.renderReport(model)
      } catch (error) {
        return fail('internal', `The report could not be rendered: ${messageOf(error)}`)
      }
      const status = assessment.status === 'final' ? 'final' : 'draft'
      // a final and its revisions share a title: the revision says so and each names its document id, so saving one
      // never replaces another's report in the same folder (vendor-manager review)
      const revision = model.revision?.of != null ? ['revision'] : []
      const documentId = assessment.status === 'final' ? [model.documentId] : []
      return deps.files.save({
        suggestedName: exportFileName(
          [engagement.vendorName, engagement.name, assessment.title || 'co-employment review'],
          [status, ...revision, ...documentId, todayOf(deps.clock)],
          'pdf'
        ),
        mime: 'application/pdf',
        data: pdf
      })
    }
  }
}
