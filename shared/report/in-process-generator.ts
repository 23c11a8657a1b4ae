import type { ReportFonts } from './render/pdf-fonts'
import { createReportRenderer, type ReportRenderer } from './render/render-report'
import type { ReportGenerator } from './report-generator'

/** Renders on the caller's thread: for the command line and tests, where nothing else is waiting. */
export function createInProcessReportGenerator(loadFonts: () => Promise<ReportFonts>): ReportGenerator {
  let renderer: Promise<ReportRenderer> | null = null
  const ready = (): Promise<ReportRenderer> => (renderer ??= loadFonts().then(createReportRenderer))
  return {
    renderReport: async (model) => (await ready()).render(model),
    renderPacket: async (model, onProgress) => (await ready()).renderPacket(model, onProgress)
  }
}
