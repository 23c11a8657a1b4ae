import { createReportRenderer } from '@shared/report/render/render-report'
import { PORTABLE_DEFLATE } from '@shared/report/render/stream-deflate'
import { buildReportModel } from '@shared/report/report-model'
import { NATIVE_DEFLATE } from '../../electron/main/pdf/native-deflate'
import { makeReportFixture } from '../fixtures/report-fixtures'
import { emitResult, median, pdfPageCount, readReportFonts } from './bench-util'

/**
 * Budget: one engagement report ≤ 150 ms (stretch 100), generator warm. The report fixture of the report
 * tests: every question answered with notes and evidence, three prior final cycles. Timed: report input
 * (engagement, assessments, scores) → model → PDF bytes, with fonts already parsed (a kept worker).
 */
const fonts = await readReportFonts()
const { input } = makeReportFixture({ status: 'final' })
// as the desktop's PDF worker (Node's zlib); the browser edition's portable compressor is timed for information
const renderer = createReportRenderer(fonts, NATIVE_DEFLATE)

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

// the browser edition's renderer: the same model, the portable compressor (information)
const portable = createReportRenderer(fonts, PORTABLE_DEFLATE)
for (let i = 0; i < 5; i++) portable.render(buildReportModel(input))
const portableTotal: number[] = []
for (let i = 0; i < 15; i++) {
  const t0 = performance.now()
  portable.render(buildReportModel(input))
  portableTotal.push(performance.now() - t0)
}

emitResult({
  medianMs: median(total),
  portableMedianMs: median(portableTotal),
  minMs: Math.min(...total),
  maxMs: Math.max(...total),
  modelMs: median(modelOnly),
  renderMs: median(renderOnly),
  runs: total.length,
  pages: pdfPageCount(bytes),
  bytes: bytes.byteLength
})
