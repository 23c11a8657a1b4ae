import type { ReportFonts } from './render/pdf-fonts'
import { createReportRenderer, type ReportRenderer } from './render/render-report'
import type { ReportGenerator } from './report-generator'

/** Renders on the caller's thread: for the command line and tests, where nothing else is waiting. */
export function createInProcessReportGenerator(loadFonts: () => Promise<ReportFonts>): ReportGenerator {
  let renderer: Promise<ReportRenderer> | null = null
  return {
    renderReport: async (model) => {
      renderer ??= loadFonts().then(createReportRenderer)
      return (await renderer).render(model)
    }
  }
}
