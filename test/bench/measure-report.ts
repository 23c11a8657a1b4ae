import { createReportRenderer } from '@shared/report/render/render-report'
import { PORTABLE_DEFLATE } from '@shared/report/render/stream-deflate'
import { buildReportModel } from '@shared/report/report-model'
import { NATIVE_DEFLATE } from '../../electron/main/pdf/native-deflate'
import { makeReportFixture } from '../fixtures/report-fixtures'
import { emitResult, median, pdfPageCount, readReportFonts } from './bench-util'
import { installNativeSha256 } from '../../electron/main/native-sha256'

// as the desktop app and the command line do: fingerprints by Node's SHA-256
installNativeSha256()

/**
 * Budget: one engagement report ≤ 150 ms (stretch 100), generator warm. The report fixture of the report
 * tests: every question answered with notes and evidence, three prior final cycles. Timed: report input
 * (engagement, assessments, scores) → model → PDF bytes, with fonts already parsed (a kept worker).
 */
const fonts = await readReportFonts()
// a different engagement's report each time (its own vendor and notes), as the app makes them: the
// renderer remembers wrapped text, and the same report again would find every note already wrapped
const inputs = Array.from(
  { length: 21 },
  (_, i) => makeReportFixture({ status: 'final', vendorName: `Łódź Services ${i + 1} Sp. z o.o.`, tag: `report ${i + 1}` }).input
)
const input = inputs[0]!
// as the desktop's PDF worker (Node's zlib); the browser edition's portable compressor is timed for information
const renderer = createReportRenderer(fonts, NATIVE_DEFLATE)

let bytes = renderer.render(buildReportModel(input))
for (let i = 1; i < 6; i++) renderer.render(buildReportModel(inputs[i]!))

const total: number[] = []
const modelOnly: number[] = []
const renderOnly: number[] = []
for (let i = 6; i < 21; i++) {
  const t0 = performance.now()
  const model = buildReportModel(inputs[i]!)
  const t1 = performance.now()
  bytes = renderer.render(model)
  const t2 = performance.now()
  total.push(t2 - t0)
  modelOnly.push(t1 - t0)
  renderOnly.push(t2 - t1)
}

// the browser edition's renderer: the same model, the portable compressor (information)
const portable = createReportRenderer(fonts, PORTABLE_DEFLATE)
for (let i = 0; i < 6; i++) portable.render(buildReportModel(inputs[i]!))
const portableTotal: number[] = []
for (let i = 6; i < 21; i++) {
  const t0 = performance.now()
  portable.render(buildReportModel(inputs[i]!))
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
