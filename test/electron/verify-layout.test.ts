import { beforeAll, describe, expect, it } from 'vitest'
import { loadReportFonts } from '../../electron/cli/fonts'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import { REPORT_LAYOUT } from '@shared/report/report-layout'
import { buildReportModel } from '@shared/report/report-model'
import type { ReportModel } from '@shared/report/report-types'
import { GENERATED_AT, makeReportFixture } from '../fixtures/report-fixtures'
import { memoryIo } from '../fixtures/examples/cli-io'
import { runCli } from '../../electron/cli/run-cli'

/*
 * A genuine final report made by an earlier version that worded reports differently cannot match the
 * re-rendered pages; verify must not call that a mismatch as if the PDF had been altered.
 */

const fixture = makeReportFixture({ status: 'final' })
let renderer: ReportRenderer
let model: ReportModel

async function verify(pdf: Uint8Array) {
  const m = memoryIo({ files: { 'data.json': JSON.stringify(fixture.file, null, 2) } })
  const files = m.io as typeof m.io & { readBytes: (p: string) => Promise<Uint8Array> }
  const readBytes = files.readBytes
  files.readBytes = async (p) => (p === 'report.pdf' ? pdf : readBytes(p))
  const code = await runCli(['verify', 'report.pdf', 'data.json'], m.io)
  return { code, out: m.stdout(), err: m.stderr() }
}

/** The report as an earlier version worded it: one sentence different, the layout it records given. */
function olderWording(layout: number | null): Uint8Array {
  const m = structuredClone(model)
  const keywords = m.properties.keywords.replace(/; layout:\d+$/, layout === null ? '' : `; layout:${layout}`)
  return renderer.render({ ...m, disclaimer: `${m.disclaimer} (earlier wording)`, properties: { ...m.properties, keywords } })
}

beforeAll(async () => {
  renderer = createReportRenderer(await loadReportFonts())
  model = buildReportModel({ ...fixture.input, generatedAt: GENERATED_AT })
}, 60_000)

describe('verify and the report layout a PDF records', () => {
  it('the genuine report records the current layout and matches', async () => {
    expect(model.properties.keywords).toContain(`layout:${REPORT_LAYOUT}`)
    const r = await verify(renderer.render(model))
    expect(r.code).toBe(0)
  }, 60_000)

  it('a PDF made under an earlier layout, whose wording differs, is "not proven" with the reason, not a "Mismatch"', async () => {
    for (const layout of [REPORT_LAYOUT - 1, null]) {
      const r = await verify(olderWording(layout))
      expect(r.code).toBe(1)
      expect(r.err).not.toMatch(/^Mismatch/)
      expect(r.err).toMatch(/^Not proven: report\.pdf was made by another version of Arm's Length/)
      expect(r.err).toMatch(/its fingerprint [0-9a-f]{64} matches assessment/)
      expect(r.err).toMatch(/page \d+: expected ".*", found ".*"/)
      // the properties differ (the layout in the keywords): said where, not as two multi-kilobyte dumps
      const properties = r.err.split('\n').find((l) => l.includes('document properties'))
      expect(properties).toBeDefined()
      expect(properties!.length).toBeLessThan(400)
    }
  }, 120_000)

  it('the same difference under the current layout is a mismatch: the PDF was altered', async () => {
    const r = await verify(olderWording(REPORT_LAYOUT))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^Mismatch: /)
  }, 60_000)
})
