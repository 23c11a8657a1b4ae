import { beforeAll, describe, expect, it } from 'vitest'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import { readReportFingerprint } from '@shared/report/read-fingerprint'
import { SECTIONS } from '@shared/report/render/cover'
import { PAGE } from '@shared/report/render/theme'
import { scoreAssessment } from '@shared/scoring/score'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import { buildReportModel } from '@shared/report/report-model'
import type { ReportModel } from '@shared/report/report-types'
import { extractPdf, type ExtractedPdf } from '../fixtures/pdf-extract'
import { watermarkFills } from './pdf-paint'
import { CYRILLIC_OWNER, GREEK_SITE, makeReportFixture, reportFonts, VENDOR } from '../fixtures/report-fixtures'

type Rendered = { model: ReportModel; bytes: Uint8Array; pdf: ExtractedPdf }

let renderer: ReportRenderer
const rendered: Record<'draft' | 'final', Rendered> = {} as Record<'draft' | 'final', Rendered>

async function render(status: 'draft' | 'final', vendorName?: string): Promise<Rendered> {
  const model = buildReportModel(makeReportFixture({ status, ...(vendorName ? { vendorName } : {}) }).input)
  const bytes = renderer.render(model)
  return { model, bytes, pdf: await extractPdf(bytes) }
}

const allText = (r: Rendered): string => r.pdf.pages.join('\n')

beforeAll(async () => {
  renderer = createReportRenderer(reportFonts())
  rendered.draft = await render('draft')
  rendered.final = await render('final')
}, 60_000)

describe('legal review PDF', () => {
  it('has every section heading, in order', () => {
    const text = allText(rendered.final)
    let from = 0
    for (const s of SECTIONS) {
      const at = text.indexOf(`\n${s.title}\n`, from)
      expect(at, s.title).toBeGreaterThan(from)
      from = at
    }
    expect(text).toContain('Document control')
  })

  it('nothing answered: the action plan does not say there is nothing to remediate, and no band is claimed', async () => {
    const input = makeReportFixture({ status: 'final' }).input
    const result = scoreAssessment({ bank: input.bank, profiles: input.assessment.profiles, kind: input.assessment.kind, answers: {} })
    const model = buildReportModel({ ...input, assessment: { ...input.assessment, answers: {}, reviews: {} }, result })
    const text = (await extractPdf(renderer.render(model))).pages.join('\n').replace(/\s+/g, ' ')
    expect(text).not.toContain('there is nothing to remediate.')
    expect(text).toContain('Too few questions are settled to say there is nothing to remediate')
    expect(text).not.toMatch(/in the Low band|\(Low, provisional\)/)
    // compared with last cycle's High (its agents work in Poland, the Philippines, Germany and Greece, so California's
    // wage orders, which reach only work done in California, find nothing): not "→ Low"
    expect(text).toContain('band High → Not assessed')
    expect(text).not.toMatch(/→ Low\b/)
  })

  it("appendix B prints each source's kind before its jurisdiction, and marks law no longer in force with the bank's note", () => {
    const text = allText(rendered.final).replace(/\s+/g, ' ')
    const appendix = text.slice(text.lastIndexOf('Appendix B'))
    expect(appendix).toContain('Legislation · Germany')
    expect(appendix).toContain('Commentary, not law · Germany')
    expect(appendix).toMatch(
      /Bundesarbeitsgericht, 12 July 2016.*?Judgment · Germany Superseded, no longer the law in force: Decided under the AÜG before its amendment/
    )
    expect(appendix).toMatch(/Withdrawn, no longer the law in force: Its position on remote work from abroad was withdrawn/)
  })

  it('prints accented, Greek and Cyrillic names exactly', () => {
    const text = allText(rendered.final)
    expect(text).toContain(VENDOR)
    expect(text).toContain('Zofia Wiśniewska')
    expect(text).toContain('Dr. Jürgen Müller-Lüdenscheidt')
    expect(text).toContain(GREEK_SITE)
    expect(text).toContain(CYRILLIC_OWNER)
  })

  it('replaces characters no face has with a visible marker instead of dropping them', async () => {
    const r = await render('final', '𓀀 Outsourcing Łódź Sp. z o.o.')
    const cover = r.pdf.pages[0] as string
    expect(cover).toContain('[U+13000] Outsourcing Łódź Sp. z o.o.')
    expect(cover).toContain('printed as its Unicode code point')
    expect(r.pdf.info['Title']).toContain('𓀀 Outsourcing Łódź')
    expect(rendered.final.pdf.pages[0]).not.toContain('printed as its Unicode code point')
  })

  it('numbers every page "Page x of N"', () => {
    const { pages } = rendered.final.pdf
    const n = pages.length
    expect(n).toBeGreaterThan(10)
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${n}`))
  })

  it('puts the confidentiality marking and the document id on every page', () => {
    const { model, pdf } = rendered.final
    for (const text of pdf.pages) {
      expect(text).toContain(model.marking)
      expect(text).toContain(model.documentId)
    }
  })

  it('bookmarks every section and every finding', () => {
    const { model, pdf } = rendered.final
    const titles = pdf.outline.map((n) => n.title)
    for (const s of SECTIONS) expect(titles).toContain(s.title)
    const findings = pdf.outline.find((n) => n.title === '4. Findings')
    expect(findings?.items).toHaveLength(model.findings.length)
    model.findings.forEach((f, i) => expect(findings?.items[i]?.title.startsWith(`${f.rank}. ${f.questionId}: `)).toBe(true))
    const appendix = pdf.outline.find((n) => n.title.startsWith('7.'))
    expect(appendix?.items.map((n) => n.title)).toEqual(model.appendix.map((s) => s.title))
  })

  it('sets the document properties, with the fingerprint in the keywords', () => {
    const { model, pdf } = rendered.final
    expect(pdf.info['Title']).toBe(`Co-employment risk review: Customer support for EMEA and APAC (${VENDOR})`)
    expect(pdf.info['Author']).toBe('Zofia Wiśniewska')
    expect(pdf.info['Subject']).toContain(model.documentId)
    expect(pdf.info['Creator']).toBe("Arm's Length")
    expect(pdf.info['Keywords']).toContain(`fingerprint:${model.fingerprint}`)
  })

  it('prints the fingerprint of the assessment data, and it can be read back from the bytes', () => {
    const fixture = makeReportFixture({ status: 'final' })
    const expected = fingerprintAssessment(fixture.input.assessment)
    expect(expected).toBe(fixture.input.assessment.signOff?.fingerprint)
    const { pdf, bytes } = rendered.final
    expect(pdf.items[0]).toContain(expected)
    expect(pdf.items.flat().filter((s) => s === expected).length).toBeGreaterThanOrEqual(2)
    expect(readReportFingerprint(bytes)).toBe(expected)
  })

  it('marks a draft with a DRAFT watermark on every page, drawn as outlines outside the text layer', async () => {
    const painted = await watermarkFills(rendered.draft.bytes)
    expect(painted).toHaveLength(rendered.draft.pdf.pages.length)
    expect(painted.every((fills) => fills > 0)).toBe(true)
    expect((await watermarkFills(rendered.final.bytes)).every((fills) => fills === 0)).toBe(true)
    // the word is not text: extraction and copying never pick it up
    for (const r of [rendered.draft, rendered.final]) expect(allText(r)).not.toMatch(/\bDRAFT\b/)
    expect(allText(rendered.draft)).toContain('Draft: not signed off')
  })

  it('embeds only the DejaVu subsets when every name is in Latin, Greek or Cyrillic, and no standard fonts', () => {
    const raw = Buffer.from(rendered.final.bytes).toString('latin1')
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/)
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/)
    expect(raw.match(/\/FontFile2 /g)).toHaveLength(2)
    expect(raw).not.toContain('/Helvetica')
  })

  it('keeps every line of text inside the page margins', () => {
    for (const r of [rendered.draft, rendered.final]) {
      r.pdf.boxes.forEach((page, i) => {
        for (const box of page.filter((b) => !b.rotated)) {
          const where = `page ${i + 1}: "${box.str}"`
          expect(box.x, where).toBeGreaterThanOrEqual(PAGE.left - 0.5)
          expect(box.x + box.width, where).toBeLessThanOrEqual(PAGE.width - PAGE.right + 0.5)
          expect(box.y, where).toBeGreaterThan(20)
          expect(box.y, where).toBeLessThan(PAGE.height - 20)
        }
      })
    }
  })

  it('renders an empty, provisional assessment with no history or jurisdictions', async () => {
    const { input } = makeReportFixture({ status: 'draft' })
    const assessment = { ...input.assessment, answers: {}, reviews: {}, actions: {}, profiles: [] }
    const result = scoreAssessment({ bank: input.bank, profiles: [], kind: assessment.kind, answers: {} })
    const model = buildReportModel({ ...input, assessment, result, history: [] })
    const text = (await extractPdf(renderer.render(model))).pages.join('\n')
    expect(text).toContain('Not assessed: nothing has been answered, so there is no result to rely on.')
    expect(text).toContain('This is the first assessment of this engagement')
    expect(text).toContain('No answer carries risk points')
  })

  it('is reproducible: the same model gives the same bytes', () => {
    const again = renderer.render(rendered.final.model)
    expect(Buffer.from(again).equals(Buffer.from(rendered.final.bytes))).toBe(true)
  })

  it('prints every question of the appendix with its note and evidence', () => {
    const text = allText(rendered.final)
    for (const section of rendered.final.model.appendix) {
      for (const q of section.questions) {
        expect(text).toContain(q.questionId)
        for (const e of q.evidence) expect(text).toContain(e.title)
      }
    }
    expect(text).toContain('No agents work on client premises at any site, so this does not arise.')
  })
})
