import { createReportRenderer } from '@shared/report/render/render-report'
import { buildReportModel } from '@shared/report/report-model'
import { makeReportFixture } from '../fixtures/report-fixtures'
import { emitResult, median, pdfPageCount, readReportFonts } from './bench-util'

/**
 * Budget: one engagement report ≤ 150 ms (stretch 100), generator warm. The report fixture of the report
 * tests: every question answered with notes and evidence, three prior final cycles. Timed: report input
 * (engagement, assessments, scores) → model → PDF bytes, with fonts already parsed (a kept worker).
 */
const fonts = await readReportFonts()
const { input } = makeReportFixture({ status: 'final' })
const renderer = createReportRenderer(fonts)

let bytes = renderer.render(buildReportModel(input))
for (let i = 0; i < 5; i++) renderer.render(buildReportModel(input))

const total: number[] = []
const modelOnly: number[] = []
const renderOnly: number[] = []
for (let i = 0; i < 15; i++) {
  const t0 = performance.now()
  const model = buildReportModel(input)
  const t1 = performance.now()
  bytes = renderer.render(model)
  const t2 = performance.now()
  total.push(t2 - t0)
  modelOnly.push(t1 - t0)
  renderOnly.push(t2 - t1)
}

emitResult({
  medianMs: median(total),
  minMs: Math.min(...total),
  maxMs: Math.max(...total),
  modelMs: median(modelOnly),
  renderMs: median(renderOnly),
  runs: total.length,
  pages: pdfPageCount(bytes),
  bytes: bytes.byteLength
})
