import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { SECTIONS } from '@shared/report/render/cover'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import { PAGE, TYPE } from '@shared/report/render/theme'
import { buildReportModel } from '@shared/report/report-model'
import type { ReportModel } from '@shared/report/report-types'
import { makeReportFixture, reportFonts } from '../fixtures/report-fixtures'

type Item = { str: string; x: number; y: number; size: number; width: number }
type Page = { items: Item[]; links: string[] }
type Read = { pages: Page[]; lang: string | null }

/** Every page's text items (with size and position, bottom-left origin) and link annotations. */
async function read(bytes: Uint8Array): Promise<Read> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise
  try {
    const pages: Page[] = []
    let lang: string | null = null
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p)
      const content = await page.getTextContent()
      lang = content.lang
      const items = content.items.flatMap((i) =>
        'str' in i && i.str.trim().length > 0
          ? [
              {
                str: i.str,
                x: i.transform[4] as number,
                y: i.transform[5] as number,
                size: Math.abs(i.transform[0] as number),
                width: i.width
              }
            ]
          : []
      )
      const links = ((await page.getAnnotations()) as { subtype: string; url?: string }[])
        .filter((a) => a.subtype === 'Link' && a.url)
        .map((a) => a.url as string)
      pages.push({ items, links })
    }
    return { pages, lang }
  } finally {
    await doc.destroy()
  }
}

/** The content of a page: between the running header and footer. */
const body = (page: Page): Item[] => page.items.filter((i) => i.y > PAGE.bottom && i.y < PAGE.height - 60)

let renderer: ReportRenderer
let fixture: ReportModel
let final: Read

beforeAll(async () => {
  renderer = createReportRenderer(reportFonts())
  fixture = buildReportModel(makeReportFixture({ status: 'final' }).input)
  final = await read(renderer.render(fixture))
}, 60_000)

describe('print quality', () => {
  it('never leaves a heading alone at the foot of a page', () => {
    final.pages.forEach((page, i) => {
      const items = body(page)
      const lowest = Math.min(...items.map((it) => it.y))
      const last = items.filter((it) => it.y === lowest)
      // headings are set at 10 pt and above (h3, h2, h1); body text, tables and notes below that
      for (const item of last) expect(item.size, `page ${i + 1} ends with "${item.str}"`).toBeLessThan(TYPE.h3.size)
    })
  })

  it('has no near-empty page: every page but the last is at least a third full', () => {
    const top = PAGE.height - PAGE.top
    const height = PAGE.height - PAGE.top - PAGE.bottom
    final.pages.slice(0, -1).forEach((page, i) => {
      const lowest = Math.min(...body(page).map((it) => it.y))
      expect((top - lowest) / height, `page ${i + 1}`).toBeGreaterThan(1 / 3)
    })
  })

  it('never breaks a word inside a table cell: dates and names wrap at spaces', async () => {
    const model: ReportModel = {
      ...fixture,
      actions: fixture.actions.map((a) => ({ ...a, targetDate: '30 November 2026', owner: 'Procurement Department' }))
    }
    const { pages } = await read(renderer.render(model))
    const strings = pages.flatMap((p) => p.items.map((i) => i.str.trim()))
    expect(strings.filter((s) => /\bNovember\b/.test(s)).length).toBeGreaterThanOrEqual(model.actions.length)
    expect(strings.filter((s) => /\bNov(e|em|emb|embe)?-?$|^(ember|mber|ber|er)\b/.test(s))).toEqual([])
    expect(strings.filter((s) => /Procuremen?t?-$|^ment\b/.test(s))).toEqual([])
  })

  it('keeps the contents clear of the cover title, whatever the length of the names', async () => {
    const long = 'Consolidated Multinational Business Process Outsourcing and Customer Experience Services Holding Company '
      .repeat(3)
      .trim()
    const model: ReportModel = { ...fixture, engagement: { ...fixture.engagement, vendorName: long, name: `${long} (customer support)` } }
    const { pages } = await read(renderer.render(model))
    const coverPages = pages.filter((p) => p.items.some((i) => i.str === 'Contents'))
    expect(coverPages).toHaveLength(1)
    const cover = coverPages[0] as Page
    const contentsTop = Math.max(...cover.items.filter((i) => SECTIONS.some((s) => i.str.startsWith(s.title))).map((i) => i.y))
    const head = [fixture.title, long, `${long} (customer support)`]
    const titleItems = pages[0]?.items.filter((i) => i.str.length > 3 && head.some((h) => h.includes(i.str.replace(/-$/, '')))) ?? []
    expect(titleItems.length).toBeGreaterThan(2)
    // cover title, name and subtitle all sit above the first contents line (on the first page)
    if (cover === pages[0]) for (const t of titleItems) expect(t.y).toBeGreaterThan(contentsTop)
    // every contents line has its page number beside it, on the same page
    for (const s of SECTIONS) {
      const line = cover.items.find((i) => i.str.startsWith(s.title))
      expect(line, s.title).toBeDefined()
      const number = cover.items.find(
        (i) => /^\d+$/.test(i.str) && Math.abs(i.y - (line as Item).y) < 1 && i.x > (line as Item).x + (line as Item).width
      )
      expect(number, s.title).toBeDefined()
    }
  })

  it("makes every cited source's link clickable", () => {
    const urls = fixture.sources.flatMap((s) => (s.url === null ? [] : [s.url]))
    expect(urls.length).toBeGreaterThan(0)
    const linked = new Set(final.pages.flatMap((p) => p.links))
    for (const url of urls) expect(linked.has(url), url).toBe(true)
  })

  it('sets the document language in the catalog', () => {
    expect(final.lang).toBe('en')
  })
})
