import { builtinBanks } from '../builtin-banks'
import { createReportRenderer } from '@shared/report/render/render-report'
import { reportInputFor } from '@shared/report/report-input'
import { buildReportModel } from '@shared/report/report-model'
import { EXIT, type Command } from '../cli-types'
import { NATIVE_DEFLATE } from '../../main/pdf/native-deflate'
import { loadReportFonts } from '../fonts'
import { describeIoError, loadExchangeFile, reportProblems } from '../load-input'
import { refuseOverwritingInput, requirePdfName, requirePositionals, requireWritableOutput } from '../parse-args'
import { pickAssessment } from '../pick-assessment'
import { applyCounselDirection } from '../counsel-direction'

export const reportCommand: Command = {
  name: 'report',
  usage: 'report <assessment.json> -o <out.pdf> [--assessment <id>] [--counsel-direction "Name,YYYY-MM-DD"]',
  summary: 'legal review report (PDF) for one assessment; the other assessments in the file are its history',
  run: async (args, io) => {
    const [path] = requirePositionals(args, ['assessment.json'])
    const output = await requireWritableOutput(args, io)
    refuseOverwritingInput(output, [path as string])
    requirePdfName(output)
    const loaded = await loadExchangeFile(io, path as string)
    if (!loaded.ok) {
      reportProblems(io, loaded)
      return EXIT.invalid
    }
    const { record, assessment } = pickAssessment(loaded.file, args)
    const input = reportInputFor({
      engagement: record.engagement,
      // the marking follows the assessment: "Confidential" unless counsel's direction is recorded or given here
      assessments: applyCounselDirection(args, record, assessment),
      assessmentId: assessment.id,
      banks: await builtinBanks(),
      generatedAt: io.now().toISOString()
    })
    if (!input.ok) {
      io.err(`${path}: ${input.error.message}`)
      return EXIT.invalid
    }
    const model = buildReportModel(input.value)
    const pdf = createReportRenderer(await loadReportFonts(), NATIVE_DEFLATE).render(model)
    try {
      await io.writeFileAtomic(output, pdf)
    } catch (error) {
      io.err(`Cannot write ${output}: ${describeIoError(error)}`)
      return EXIT.invalid
    }
    io.out(`${output}: ${model.statusLabel.toLowerCase()} report on "${assessment.title}" for ${record.engagement.vendorName}`)
    io.out(`  document ${model.documentId}, fingerprint ${model.fingerprint}`)
    return EXIT.ok
  }
}
