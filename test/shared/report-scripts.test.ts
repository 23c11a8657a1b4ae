import { beforeAll, describe, expect, it } from 'vitest'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import { buildReportModel } from '@shared/report/report-model'
import type { ReportModel } from '@shared/report/report-types'
import { makeReportFixture, reportFonts } from '../fixtures/report-fixtures'
import { pageLines } from './pdf-paint'

/**
 * Names in every script the report must print: each is rendered on the cover (vendor as the name,
 * engagement as the subtitle) and read back with pdf.js as a reader would copy it.
 */
const SCRIPTS: readonly { script: string; vendor: string; engagement: string; face: RegExp }[] = [
  { script: 'Arabic', vendor: 'شركة النيل للخدمات', engagement: 'مركز الاتصال في القاهرة', face: /NotoSansArabic/ },
  { script: 'Hebrew', vendor: 'שירותי הגליל בע״מ', engagement: 'מוקד שירות לקוחות', face: /NotoSansHebrew/ },
  { script: 'Devanagari', vendor: 'भारत सेवा प्राइवेट', engagement: 'ग्राहक सेवा केंद्र', face: /NotoSansDevanagari/ },
  { script: 'Chinese', vendor: '东方外包服务有限公司', engagement: '客户支持中心', face: /DroidSansFallback/ },
  { script: 'Japanese', vendor: '株式会社テストサービス', engagement: 'カスタマーサポート', face: /DroidSansFallback/ },
  { script: 'Korean', vendor: '한국서비스 주식회사', engagement: '고객 지원 센터', face: /NanumGothic/ },
  { script: 'Thai', vendor: 'บริษัท สยาม เซอร์วิส จำกัด', engagement: 'ศูนย์บริการลูกค้า', face: /NotoSansThai/ },
  { script: 'emoji', vendor: 'Sunny Support 😀🚀 Ltd', engagement: 'Help ✅ desk', face: /NotoEmoji/ }
]

let renderer: ReportRenderer
let base: ReportModel

function withNames(vendor: string, engagement: string): ReportModel {
  return {
    ...base,
    engagement: { ...base.engagement, vendorName: vendor, name: engagement },
    properties: { ...base.properties, title: `Co-employment risk review (${vendor})` }
  }
}

const rawOf = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1')

beforeAll(() => {
  renderer = createReportRenderer(reportFonts())
  // the cover is what these tests read: a model without findings and appendix renders in a few pages
  const full = buildReportModel(makeReportFixture({ status: 'final' }).input)
  base = { ...full, findings: [], actions: [], appendix: [], sources: [], topDrivers: [] }
})

describe('every script prints', () => {
  for (const { script, vendor, engagement, face } of SCRIPTS) {
    it(`${script}: real glyphs from its own face, the same characters extracted, the real name in the title`, async () => {
      const bytes = renderer.render(withNames(vendor, engagement))
      const cover = await pageLines(bytes)
      expect(cover.lines).toContain(vendor)
      expect(cover.lines).toContain(engagement)
      expect(cover.lines.join('\n')).not.toMatch(/\[U\+[0-9A-F]+\]/)
      expect(cover.title).toBe(`Co-employment risk review (${vendor})`)
      expect(rawOf(bytes)).toMatch(new RegExp(`/FontName /[A-Z]{6}\\+${face.source}`))
    })
  }

  it('never lets bidi control characters into the text layer', async () => {
    const vendor = '\u202bשירותי הגליל\u202c \u2067Ltd\u2069\u200f'
    const cover = await pageLines(renderer.render(withNames(vendor, 'Support \u200edesk')))
    const text = cover.lines.join('\n')
    expect(text).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/)
    expect(text).toContain('שירותי הגליל')
    expect(text).toContain('Support desk')
  })

  it('puts the Devanagari vowel sign I before its consonant, as it is written', async () => {
    const bytes = renderer.render(withNames('दिल्ली सेवा', 'Support'))
    const cover = await pageLines(bytes)
    // pdf.js may see a gap where the sign was moved; the letters come back in typed order
    expect(cover.lines.map((l) => l.replace(/\s/g, ''))).toContain('दिल्लीसेवा')
  })

  it('embeds a fallback face only in documents that use its script', () => {
    const latin = rawOf(renderer.render(base))
    expect(latin.match(/\/FontFile2 /g)).toHaveLength(2)
    expect(latin).not.toMatch(/Noto|Droid|Nanum/)
    // the vendor is set in bold on the cover and in regular in the running header: a face with one
    // weight is embedded once for both
    const chinese = rawOf(renderer.render(withNames('东方外包服务有限公司', 'Support')))
    expect(chinese.match(/\/FontName \/[A-Z]{6}\+DroidSansFallbackFull/g)).toHaveLength(1)
  })
})
