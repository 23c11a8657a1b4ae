import { beforeAll, describe, expect, it } from 'vitest'
import { loadReportFonts } from '../../electron/cli/fonts'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import { REPORT_LAYOUT } from '@shared/report/report-layout'
import { buildReportModel } from '@shared/report/report-model'
import { reportInputFor } from '@shared/report/report-input'
import type { ReportModel } from '@shared/report/report-types'
import { GENERATED_AT, makeReportFixture } from '../fixtures/report-fixtures'
import { memoryIo } from '../fixtures/examples/cli-io'
import { runCli } from '../../electron/cli/run-cli'
import { signAssessment } from '@shared/integrity/fingerprint'
import type { EngagementFile } from '@shared/exchange/exchange-schemas'
import { findBank } from '@shared/bank/bank-registry'
import { builtinBanks } from '../../electron/cli/builtin-banks'

/*
 * verify reads the fingerprint, generation time and layout only from the Keywords of the document properties.
 * A marker planted anywhere else (here a comment, which the whole-file comparison leaves out as carrying no
 * content) must not steer it, and a file carrying one is refused.
 */

const fixture = makeReportFixture({ status: 'final' })
let renderer: ReportRenderer
let model: ReportModel

async function verify(pdf: Uint8Array, file: EngagementFile = fixture.file) {
  const m = memoryIo({ files: { 'data.json': JSON.stringify(file, null, 2) } })
  const files = m.io as typeof m.io & { readBytes: (p: string) => Promise<Uint8Array> }
  const readBytes = files.readBytes
  files.readBytes = async (p) => (p === 'report.pdf' ? pdf : readBytes(p))
  const code = await runCli(['verify', 'report.pdf', 'data.json'], m.io)
  return { code, out: m.stdout(), err: m.stderr() }
}

const latin1 = (pdf: Uint8Array): string => Array.from(pdf, (b) => String.fromCharCode(b)).join('')
const bytes = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0))

/** `extra` written just before the cross-reference table; no object moves, only startxref is updated. */
function plantedBeforeXref(pdf: Uint8Array, extra: string): { pdf: Uint8Array; at: number } {
  const text = latin1(pdf)
  const xref = text.lastIndexOf('\nxref\n') + 1
  const out = `${text.slice(0, xref)}${extra}${text.slice(xref)}`.replace(/startxref\n\d+/, `startxref\n${xref + extra.length}`)
  return { pdf: bytes(out), at: xref }
}

beforeAll(async () => {
  renderer = createReportRenderer(await loadReportFonts())
  model = buildReportModel({ ...fixture.input, generatedAt: GENERATED_AT })
}, 60_000)

describe('verify reads its markers only where the report writes them', () => {
  it('a comment "generated:…; layout:5" no longer turns an altered report (a Mismatch) into "Not proven"', async () => {
    const altered = renderer.render({ ...model, disclaimer: `${model.disclaimer} (altered)` })
    expect((await verify(altered)).err).toMatch(/^Mismatch: /)
    const comment = `% generated:${GENERATED_AT}; layout:${REPORT_LAYOUT - 1}\n`
    const { pdf, at } = plantedBeforeXref(altered, comment)
    const r = await verify(pdf)
    expect(r.code).toBe(1)
    expect(r.err).not.toMatch(/Not proven/)
    expect(r.err).toMatch(
      /^Refused: report\.pdf: no Arm's Length fingerprint or packet manifest can be read from where this app writes them/
    )
    expect(r.err).toContain(
      `byte ${at + comment.indexOf('layout:')}: a second "layout:" marker (${REPORT_LAYOUT - 1}) outside the document properties' Keywords, where this app never writes one; the Keywords name "layout:${REPORT_LAYOUT}"`
    )
  }, 60_000)

  it('a genuine report with a second, different fingerprint planted in it is refused, saying where', async () => {
    const { pdf, at } = plantedBeforeXref(renderer.render(model), `%fingerprint:${'0'.repeat(64)}\n`)
    const r = await verify(pdf)
    expect(r.code).toBe(1)
    expect(r.err).toContain(`byte ${at + 1}: a second "fingerprint:" marker (${'0'.repeat(64)})`)
    expect(r.out).toBe('')
  }, 60_000)

  it('a report whose Keywords lost the fingerprint is refused; the one printed on its pages is named, never used', async () => {
    const text = latin1(renderer.render(model)).replace(/fingerprint:[0-9a-f]{64}/, (m) => 'x'.repeat(m.length))
    const r = await verify(bytes(text))
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^Refused: report\.pdf: no Arm's Length fingerprint/)
    expect(r.err).toContain("they name no Arm's Length fingerprint")
    expect(r.err).toContain(`its pages print the fingerprint ${model.fingerprint}, which is not enough to re-render and compare it`)
  }, 60_000)
})

describe("a genuine report whose data's names contain marker words verifies", () => {
  it('engagement, vendor, assessor and title reading "layout:4", "fingerprint:…", "generated:…": Match; a planted comment is still refused', async () => {
    // the names are in the title, subject and author of the document properties and in the bookmarks; a signed
    // final's names are frozen, so a refusal here would leave its report unprovable for good
    const engagement = {
      ...fixture.input.engagement,
      name: 'Kfz hotline (layout:4)',
      vendorName: `Müller fingerprint:${'0'.repeat(64)} GmbH`
    }
    const { signOff, ...draft } = fixture.input.assessment
    if (!signOff) throw new Error('the fixture is final')
    const bank = findBank(await builtinBanks(), draft.bank)
    if (!bank) throw new Error('the fixture bank is built in')
    const { fingerprint: _f, scheme: _s, engagement: _e, bankSha256: _b, ...fields } = signOff
    const assessment = signAssessment(
      { ...draft, title: 'Annual review generated:2027-01-01T00:00:00.000Z', assessorName: 'Zofia (layout:3) Wiśniewska' },
      { ...fields, assessorName: 'Zofia (layout:3) Wiśniewska' },
      engagement,
      bank,
      []
    )
    const file = { ...fixture.file, engagement, assessments: [assessment] }
    // made as every host makes a report's input (a scheme 3 final's says what its sign-off compares with)
    const input = reportInputFor({
      engagement,
      assessments: [assessment],
      assessmentId: assessment.id,
      banks: [bank],
      generatedAt: GENERATED_AT
    })
    if (!input.ok) throw new Error(input.error.message)
    const report = renderer.render(buildReportModel(input.value))
    const genuine = await verify(report, file)
    expect(genuine.err).toBe('')
    expect(genuine.out).toMatch(/^Match: report\.pdf is the report of assessment/)
    expect(genuine.code).toBe(0)
    const { pdf } = plantedBeforeXref(report, `% generated:${GENERATED_AT}; layout:${REPORT_LAYOUT - 1}\n`)
    const planted = await verify(pdf, file)
    expect(planted.code).toBe(1)
    expect(planted.err).toContain('a second "layout:" marker')
  }, 60_000)
})
