import { beforeAll, describe, expect, it } from 'vitest'
import type { EngagementFile } from '@shared/exchange/exchange-schemas'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import { reportInputFor } from '@shared/report/report-input'
import { buildReportModel } from '@shared/report/report-model'
import { loadReportFonts } from '../../electron/cli/fonts'
import { runCli } from '../../electron/cli/run-cli'
import { pageContents } from '../../electron/cli/commands/verify-pages'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { memoryIo } from '../fixtures/examples/cli-io'
import { GENERATED_AT } from '../fixtures/report-fixtures'
import { REVISION_ID, revisionFixture } from '../fixtures/revision'

/*
 * A revision link is outside every fingerprint (DECISIONS 220), so the words a report prints of it (DECISIONS 228) are
 * as the data holds them: verify says so on a match, a report of the corrected final made before its revision was
 * signed still matches the data that now holds the revision, and a report whose link the data no longer holds does not.
 */
const { corrected, revision, file } = revisionFixture()
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

function reportOf(assessmentId: string, data: EngagementFile, generatedAt = GENERATED_AT): Uint8Array {
  const made = reportInputFor({
    engagement: data.engagement,
    assessments: data.assessments,
    assessmentId,
    banks: BUILTIN_BANKS,
    generatedAt
  })
  if (!made.ok) throw new Error(made.error.message)
  return renderer.render(buildReportModel(made.value))
}

beforeAll(async () => {
  renderer = createReportRenderer(await loadReportFonts())
}, 60_000)

describe('verify on a revision and the final it corrects', () => {
  it("a revision's report matches, and verify says the link it prints is not covered by the fingerprint", async () => {
    const r = await verify(reportOf(REVISION_ID, file), file)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain(
      `  not covered by the fingerprint: that it revises the final ${corrected.id} (signed ${short(corrected.signOff?.fingerprint)}), as this data links them`
    )
  })

  it('the corrected final printed after the revision was signed matches, and verify names the revision', async () => {
    const r = await verify(reportOf(corrected.id, file), file)
    expect(r.code).toBe(0)
    expect(r.out).toContain(
      `  not covered by the fingerprint: that its signed revision ${REVISION_ID} (signed ${short(revision.signOff?.fingerprint)}) replaced it, as this data links them`
    )
  })

  it('the corrected final printed before the revision was signed says nothing of it, and still matches the data holding it', async () => {
    const pdf = reportOf(corrected.id, file, '2026-11-30T12:00:00.000Z')
    expect((await pageContents(pdf)).texts.join(' ')).not.toMatch(/Replaced by its signed revision|named above/)
    const r = await verify(pdf, file)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).not.toContain('replaced it')
  })

  it("a revision's report does not match data whose link was removed, though every fingerprint does", async () => {
    const unlinked: EngagementFile = {
      ...file,
      assessments: file.assessments.map((a) => {
        if (a.id !== REVISION_ID) return a
        const { revisionOfId: _link, ...rest } = a
        return rest
      })
    }
    const r = await verify(reportOf(REVISION_ID, file), unlinked)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^Mismatch: /)
    expect(r.err).not.toContain('fingerprint ')
    expect(r.err).toContain('page 1: expected "Co-employment risk review", found "Co-employment risk review (revision)"')
  })
})
