import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import { reportInputFor } from '@shared/report/report-input'
import { buildReportModel, documentIdFor } from '@shared/report/report-model'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import type { Assessment } from '@shared/schemas/assessment'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { GENERATED_AT, reportFonts } from '../fixtures/report-fixtures'
import { REVISION_ID, revisionFixture } from '../fixtures/revision'
import { readPdf } from '../helpers/pdf-text'

/*
 * The whole PDFs, read back (slow suite): the first page of a revision's report names the final it corrects, the
 * corrected final's report printed later says it was replaced, a forged link makes neither, and an audit packet
 * lists the revision as one and prints its report's cover with the same words.
 */
const { corrected, revision, file } = revisionFixture()
const dir = join(import.meta.dirname, '..', '..', 'test-results', 'reports')
let renderer: ReportRenderer

/** Words as read back: pdfjs gives runs joined by spaces, and a wrapped sentence breaks where a space was. */
const flat = (text: string) => text.replace(/\s+/g, ' ')

async function firstPage(assessmentId: string, assessments: readonly Assessment[], name?: string): Promise<string> {
  const made = reportInputFor({ engagement: file.engagement, assessments, assessmentId, banks: BUILTIN_BANKS, generatedAt: GENERATED_AT })
  if (!made.ok) throw new Error(made.error.message)
  const bytes = renderer.render(buildReportModel(made.value))
  // kept for people to look at: test-results/ is not committed
  if (name) writeFileSync(join(dir, name), bytes)
  return flat((await readPdf(bytes)).pages[0] ?? '')
}

const correctedId = documentIdFor(corrected.signOff!.fingerprint)
const revisionId = documentIdFor(revision.signOff!.fingerprint)

beforeAll(() => {
  renderer = createReportRenderer(reportFonts())
  mkdirSync(dir, { recursive: true })
})

describe('a revision and the final it corrects, printed', () => {
  it("the revision's first page is titled a revision and names the corrected final: title, sign-off date, document id", async () => {
    const page = await firstPage(REVISION_ID, file.assessments, 'revision-report.pdf')
    expect(page).toContain('Co-employment risk review (revision)')
    expect(page).toContain(
      `Revision of "Annual review 2026", signed off 28 November 2026 (document id ${correctedId}): it corrects that final`
    )
    expect(page).toContain(`Revision of document ${correctedId}, named above; no fingerprint covers this link`)
    expect(page).not.toContain('Replaced by')
    // the notice stays whole on the cover, under the contents
    expect(page).toContain('Counsel must review every result before anyone relies on it.')
  })

  it("the corrected final's first page, printed after the revision was signed, says the revision replaced it", async () => {
    const page = await firstPage(corrected.id, file.assessments, 'revised-final-report.pdf')
    expect(page).toContain(`Replaced by its signed revision "Annual review 2026", signed off 1 December 2026 (document id ${revisionId})`)
    expect(page).not.toContain('(revision)')
    expect(page).toContain(`Replaced by document ${revisionId}, named above; no fingerprint covers this link`)
    expect(page).toContain(corrected.signOff!.fingerprint)
    expect(page).toContain('Counsel must review every result before anyone relies on it.')
  })

  it('a forged link (to an id the data lacks): neither report is made (DECISIONS 239)', () => {
    const forged = file.assessments.map((a) => (a.id === REVISION_ID ? { ...a, revisionOfId: 'asm-nowhere' } : a))
    for (const id of [REVISION_ID, corrected.id]) {
      const made = reportInputFor({
        engagement: file.engagement,
        assessments: forged,
        assessmentId: id,
        banks: BUILTIN_BANKS,
        generatedAt: GENERATED_AT
      })
      expect(!made.ok && made.error.message).toMatch(
        /^This engagement's assessments are not as the app keeps them \(asm-2026-rev: It revises asm-nowhere/
      )
    }
  })
})

describe('an audit packet holding a revision', () => {
  it('its contents and manifest mark the revision, and its report cover names the corrected final', async () => {
    const model = buildPacketModel({
      records: [{ engagement: file.engagement, assessments: file.assessments }],
      banks: BUILTIN_BANKS,
      generatedAt: GENERATED_AT
    })
    const bytes = renderer.renderPacket(model)
    writeFileSync(join(dir, 'revision-packet.pdf'), bytes)
    const pdf = await readPdf(bytes)
    const pages = pdf.pages.map(flat)
    const contents = pages.find((p) => p.includes('Engagement reports')) ?? ''
    expect(contents).toContain('Final (revision)')
    const cover = pages.find((p) => p.includes('LEGAL REVIEW REPORT') && p.includes('Document control')) ?? ''
    expect(cover).toContain('Co-employment risk review (revision)')
    expect(cover).toContain(`Revision of "Annual review 2026", signed off 28 November 2026 (document id ${correctedId})`)
    const manifest = pages.filter((p) => p.includes('MANIFEST HASH') || p.includes('Manifest')).join(' ')
    expect(manifest).toContain(
      `Revision of "Annual review 2026", signed off 28 November 2026 (document id ${correctedId}), id ${corrected.id}`
    )
    expect(pdf.outline).toContain(`1. ${model.entries[0]?.vendorName} — ${model.entries[0]?.engagementName} (revision)`)
  })
})
