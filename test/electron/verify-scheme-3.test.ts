import { beforeAll, describe, expect, it } from 'vitest'
import type { EngagementFile } from '@shared/exchange/exchange-schemas'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import { buildReportModel } from '@shared/report/report-model'
import { loadReportFonts } from '../../electron/cli/fonts'
import { runCli } from '../../electron/cli/run-cli'
import { pageContents } from '../../electron/cli/commands/verify-pages'
import { memoryIo } from '../fixtures/examples/cli-io'
import { makeReportFixture } from '../fixtures/report-fixtures'
import { schemeThreeFixture, schemeThreeInput } from '../fixtures/scheme-three'

/*
 * A scheme 3 final records the finals its report compares with, so `verify` says the comparison is covered by the
 * fingerprint and names a recorded final the data lacks; schemes 1 and 2 keep saying it is not covered.
 */

const { earlier, signed, file } = schemeThreeFixture()
const withoutLatest: EngagementFile = { ...file, assessments: file.assessments.filter((a) => a.id !== earlier[1]?.id) }
const short = (fingerprint: string | undefined) => `${fingerprint?.slice(0, 12)}…`
let renderer: ReportRenderer

async function verify(pdf: Uint8Array, data: EngagementFile) {
  const m = memoryIo({ files: { 'data.json': JSON.stringify(data, null, 2) } })
  const files = m.io as typeof m.io & { readBytes: (p: string) => Promise<Uint8Array> }
  const readBytes = files.readBytes
  files.readBytes = async (p) => (p === 'report.pdf' ? pdf : readBytes(p))
  const code = await runCli(['verify', 'report.pdf', 'data.json'], m.io)
  return { code, out: m.stdout(), err: m.stderr() }
}

const reportOf = (data: EngagementFile): Uint8Array => renderer.render(buildReportModel(schemeThreeInput(data, data.assessments)))

beforeAll(async () => {
  renderer = createReportRenderer(await loadReportFonts())
}, 60_000)

describe('verify on a scheme 3 final', () => {
  it('says the comparison is covered by the fingerprint and names the finals compared', async () => {
    const r = await verify(reportOf(file), file)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const [final2024, final2025] = earlier
    expect(r.out).toContain(
      `  covered by the fingerprint: the comparison with the 2 finals recorded at its sign-off, compared here: asm-2024 (final, signed ${short(final2024?.signOff?.fingerprint)}), asm-2025 (final, signed ${short(final2025?.signOff?.fingerprint)})`
    )
    expect(r.out).not.toContain('not covered')
  })

  it('a recorded final deleted from the data: the report printed from it says so, and verify names it', async () => {
    const pdf = reportOf(withoutLatest)
    // as a reader reads it: the lines of a wrapped paragraph joined
    const pages = (await pageContents(pdf)).texts.join(' ').replace(/\s+/g, ' ')
    expect(pages).toContain('cannot be compared from the data this report was made from')
    expect(pages).toMatch(
      /The final with id asm-2025 \(its own report's document id AL-[0-9A-F-]+\) is not in the data this report was made from\./
    )
    // the key figures say so too, not "First on record" (here it compares with 2024, and says 2025 is left out)
    expect(pages).toContain('1 earlier final recorded at sign-off is not in this data, so left out (see What changed)')
    const r = await verify(pdf, withoutLatest)
    expect(r.code).toBe(0)
    expect(r.out).toContain(
      `  recorded at its sign-off but not compared here, as the report says: asm-2025 (signed ${short(earlier[1]?.signOff?.fingerprint)}): not in this data`
    )
  })

  it('the report made while the data held it does not match the data without it, and verify says why', async () => {
    const r = await verify(reportOf(file), withoutLatest)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^Mismatch: /)
    expect(r.err).toContain('note: recorded at its sign-off to compare with, but not compared from this data: asm-2025')
    // the sign-off itself still holds: only the pages differ
    expect(r.err).not.toContain('sign-off:')
    expect(signed.signOff?.scheme).toBe(3)
  })
})

describe('verify on a scheme 2 final', () => {
  it('keeps saying the comparison is not covered by the fingerprint', async () => {
    const { input, file: old } = makeReportFixture()
    const r = await verify(renderer.render(buildReportModel(input)), old)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(
      / {2}not covered by the fingerprint: the comparison with asm-2023 \(final, signed [0-9a-f]{12}…\), asm-2024 .*, as this data holds them$/
    )
  })
})
