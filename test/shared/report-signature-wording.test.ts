import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import { createReportRenderer } from '@shared/report/render/render-report'
import { buildReportModel } from '@shared/report/report-model'
import { makeReportFixture, reportFonts } from '../fixtures/report-fixtures'

async function text(pdf: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: pdf }).promise
  const pages: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  return pages.join('\n')
}

describe('the sign-off blocks claim no more than the app records', () => {
  it('a final report does not call a typed name an electronic signature', async () => {
    const renderer = createReportRenderer(await reportFonts())
    const printed = await text(renderer.render(buildReportModel(makeReportFixture({ status: 'final' }).input)))
    expect(printed).not.toMatch(/Signed electronically/)
    expect(printed).toContain("Name as typed in Arm's Length; identity not checked")
  }, 60_000)
})

describe('a draft does not print an attestation as given', () => {
  it('says the attestation is not given yet; a final does not', async () => {
    const renderer = createReportRenderer(await reportFonts())
    const draft = await text(renderer.render(buildReportModel(makeReportFixture({ status: 'draft' }).input)))
    expect(draft).toContain('Not given yet: the wording below is attested only when the assessment is signed off.')
    const final = await text(renderer.render(buildReportModel(makeReportFixture({ status: 'final' }).input)))
    expect(final).not.toContain('Not given yet')
  }, 60_000)
})
