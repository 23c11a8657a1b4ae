import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPacketModel } from '@shared/report/packet/packet-model'
import { entryReportModel } from '@shared/report/packet/packet-report'
import type { PacketEntry, PacketModel } from '@shared/report/packet/packet-types'
import { SECTIONS } from '@shared/report/render/cover'
import { piecesOf } from '@shared/report/render/packet/packet-piece'
import { createReportRenderer, type ReportRenderer } from '@shared/report/render/render-report'
import { readPdf, type PdfFacts } from '../helpers/pdf-text'
import { extractPdf, type ExtractedPdf } from '../fixtures/pdf-extract'
import { packetInput, unassessedRecord } from '../fixtures/packet-fixtures'
import { reportFonts } from '../fixtures/report-fixtures'
import { watermarkFills } from './pdf-paint'

let renderer: ReportRenderer
let model: PacketModel
let bytes: Uint8Array
let pdf: PdfFacts
let boxes: ExtractedPdf
let watermarks: number[]
const progress: [number, number][] = []

beforeAll(async () => {
  renderer = createReportRenderer(reportFonts())
  model = buildPacketModel(packetInput())
  bytes = renderer.renderPacket(model, (done, total) => progress.push([done, total]))
  // kept for people to look at: test-results/ is not committed
  const dir = join(import.meta.dirname, '..', '..', 'test-results', 'reports')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'packet-example.pdf'), bytes)
  pdf = await readPdf(bytes)
  boxes = await extractPdf(bytes)
  watermarks = await watermarkFills(bytes)
}, 60_000)

const reported = (): PacketEntry[] => model.entries.filter((e) => e.report !== null)

/** The page (1-based) on which an engagement's report cover is. */
function coverPage(e: PacketEntry): number {
  const index = pdf.pages.findIndex(
    (text) => text.includes('LEGAL REVIEW REPORT') && text.includes(e.vendorName) && text.includes('Document control')
  )
  expect(index, e.vendorName).toBeGreaterThan(0)
  return index + 1
}

/** The contents page's lines, rebuilt from text positions (top to bottom, left to right). */
function contentsLines(): string[] {
  const page = pdf.pages.findIndex((text) => text.includes('Engagement reports'))
  const runs = [...(boxes.boxes[page] ?? [])].sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: { y: number; parts: string[] }[] = []
  for (const r of runs) {
    const line = lines.find((l) => Math.abs(l.y - r.y) < 1.5)
    if (line) line.parts.push(r.str)
    else lines.push({ y: r.y, parts: [r.str] })
  }
  return lines.map((l) => l.parts.join(' ').replace(/\s+/g, ' ').trim())
}

/** The page number the contents give an engagement: on its last line, after its status. */
function contentsPageOf(e: PacketEntry, lines: readonly string[]): number {
  const start = lines.findIndex((l) => l.startsWith(`${e.number}. ${e.vendorName}`))
  expect(start, e.vendorName).toBeGreaterThanOrEqual(0)
  for (const line of lines.slice(start)) {
    const match = /\s(\d+)$/.exec(line)
    if (match) return Number(match[1])
  }
  throw new Error(`no page number for ${e.vendorName}`)
}

/** First and last page of each report, from the contents: a report ends where the next part starts. */
function spans(): [number, number][] {
  const lines = contentsLines()
  const starts = reported().map((e) => contentsPageOf(e, lines))
  const manifest = pdf.pages.findIndex((t) => t.includes('Every engagement in this packet')) + 1
  return starts.map((start, i) => [start, (starts[i + 1] ?? manifest) - 1])
}

describe('audit packet PDF', () => {
  it('marks in the heat map, and says in the summary, a report that did not assess a delivery country under its own law', () => {
    const marked = model.entries.filter((e) => e.countriesNotAssessed.length > 0)
    expect(marked.length).toBeGreaterThan(0)
    const summary = pdf.pages.slice(1, 3).join(' ')
    for (const e of marked) expect(summary).toContain(`Not assessed: ${e.countriesNotAssessed.join(', ')}`)
    expect(summary).toContain(
      `${marked.length === 1 ? '1 report covers' : `${marked.length} reports cover`} delivery from a country not assessed under its own law`
    )
  })

  it('starts with the cover, the portfolio summary and the contents', () => {
    expect(pdf.pages[0]).toContain('Audit packet')
    expect(pdf.pages[0]).toContain('4 engagements')
    expect(pdf.pages[0]).toContain(model.packetId)
    expect(pdf.pages[0]).toContain(model.manifestHash)
    expect(pdf.pages[0]).toContain(model.marking)
    expect(pdf.pages[0]).toContain('2 December 2026')
    expect(pdf.pages[1]).toContain('Portfolio summary')
    expect(pdf.pages.findIndex((t) => t.includes('Engagement reports'))).toBe(2)
  })

  it('gives every engagement report its right page in the contents', () => {
    const lines = contentsLines()
    for (const e of reported()) expect(contentsPageOf(e, lines), e.vendorName).toBe(coverPage(e))
    const zagreb = lines.find((l) => l.startsWith('4. Zagreb'))
    expect(zagreb).toMatch(/Not assessed$/)
    const manifestPage = pdf.pages.findIndex((t) => t.includes('Manifest lines as hashed')) + 1
    expect(lines.find((l) => l.startsWith('Manifest'))).toMatch(new RegExp(`\\s${manifestPage}$`))
    expect(lines.find((l) => l.startsWith('Portfolio summary'))).toMatch(/\s2$/)
  })

  it('includes each report with the same pages as the report on its own', async () => {
    for (const [i, e] of reported().entries()) {
      const [first, last] = spans()[i]!
      const single = await readPdf(renderer.render(entryReportModel(model, e)!))
      expect(last - first + 1, e.vendorName).toBe(single.pages.length)
      expect(pdf.pages[last - 1]).toContain('Disclaimer')
      expect(pdf.pages[last - 1]).toContain(`Document ${e.documentId}`)
    }
  })

  it('lists every report in the manifest with its document id and full fingerprint', () => {
    const start = pdf.pages.findIndex((t) => t.includes('Every engagement in this packet'))
    const manifest = pdf.pages.slice(start).join('\n')
    for (const e of reported()) {
      expect(manifest).toContain(e.vendorName)
      expect(manifest).toContain(e.fingerprint!)
      expect(manifest).toContain(e.documentId!)
      expect(manifest).toContain(`id ${e.assessment!.id}`)
    }
    expect(manifest).toContain('Zagreb Shared Services d.o.o.')
    expect(manifest).toContain('None started: no report in this packet')
    expect(manifest).toContain(model.manifestHash)
    expect(manifest).toContain('finalized 5 October 2026')
    // the names carry spaces and a long line breaks after a "|": compared without white space on either side
    for (const line of model.manifestLines) expect(manifest.replace(/\s+/g, '')).toContain(line.replace(/\s+/g, ''))
  })

  it('numbers every page "Page x of y" across the whole packet, with each report\'s document id in its footer', () => {
    const n = pdf.pages.length
    pdf.pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${n}`)
      expect(text).toContain('Confidential')
    })
    for (const e of reported()) {
      const page = coverPage(e)
      expect(pdf.pages[page]).toContain(`Document ${e.documentId}`)
      expect(pdf.pages[page]).toContain(`Packet ${model.packetId}`)
    }
  })

  it('marks the draft-based reports as drafts, on every page, in the contents and in the manifest', () => {
    // the mark is painted (outlines in the watermark colour), never text
    for (const [i, e] of reported().entries()) {
      const [first, last] = spans()[i]!
      for (const fills of watermarks.slice(first - 1, last)) expect(fills > 0, e.vendorName).toBe(e.status === 'draft')
    }
    expect(watermarks.slice(0, 3).every((fills) => fills === 0)).toBe(true)
    expect(boxes.items.flat()).not.toContain('DRAFT')
    const lines = contentsLines()
    expect(lines.join('\n')).toMatch(/Cebu Draft \d+/)
    expect(lines.join('\n')).toMatch(/Draft \(in review\) \d+/)
    const manifest = pdf.pages.slice(pdf.pages.findIndex((t) => t.includes('Every engagement in this packet'))).join('\n')
    expect(manifest).toContain('Draft (in review)')
    expect(manifest).toContain('not finalized')
    expect(pdf.pages[0]).toContain('2 of them drafts')
  })

  it('shows the band word and score in every heat-map cell', () => {
    const summary = (pdf.pages[1] as string).replace(/\s+/g, ' ')
    for (const e of reported()) {
      expect(summary).toContain(e.vendorName.split(' ')[0])
      // a band only with sufficient information; else "Insuff." and the provisional score in brackets
      // a band a question still open could raise is provisional: "Low? (14.7)", without the band's colour
      const words = (cell: { bandLabel: string; scoreText: string; sufficiency: string; provisionalBand: boolean }): string =>
        cell.sufficiency === 'sufficient'
          ? cell.provisionalBand
            ? `${cell.bandLabel}? (${cell.scoreText})`
            : `${cell.bandLabel} ${cell.scoreText}`
          : cell.sufficiency === 'not-assessed'
            ? 'Not assessed'
            : `Insuff. (${cell.scoreText})`
      expect(summary).toContain(words(e.overall!))
      for (const c of model.columns) {
        const cell = e.cells[c.id]!
        expect(summary).toContain(cell.state === 'not-applicable' ? 'n/a' : cell.state === 'unanswered' ? 'no answers' : words(cell))
      }
    }
    for (const c of model.columns) expect(summary).toContain(c.shortTitle)
    expect(summary).toContain('Not assessed')
  })

  it('bookmarks the cover, summary, contents, each engagement with its sections, and the manifest', () => {
    const top = boxes.outline.map((n) => n.title)
    expect(top).toEqual([
      'Cover',
      'Portfolio summary',
      'Contents',
      '1. Bayanihan Contact Solutions Inc. — Claims intake and data capture — Cebu (draft)',
      '2. Keystone Technical Staffing, LLC — Tier-2 product support — San José HQ (draft (in review))',
      '3. Łódź Services Sp. z o.o. — EMEA multilingual customer care',
      'Manifest'
    ])
    for (const node of boxes.outline.slice(3, 6)) {
      const sections = node.items.map((n) => n.title)
      expect(sections).toContain('Cover and document control')
      for (const s of SECTIONS) expect(sections).toContain(s.title)
    }
    expect(boxes.outline[1]?.items.map((n) => n.title)).toContain('Heat map: engagements by section')
  })

  it("sets the document properties and embeds each font once per piece of reports and once for the packet's own pages", () => {
    expect(pdf.info['Title']).toBe('Audit packet: 4 engagements')
    expect(pdf.info['Subject']).toContain(model.packetId)
    expect(pdf.info['Keywords']).toContain(`manifest-sha256:${model.manifestHash}`)
    expect(pdf.info['Creator']).toBe("Arm's Length")
    const raw = Buffer.from(bytes).toString('latin1')
    // the reports are drawn in pieces (one worker each), each with its own subsets of the two faces;
    // the cover, contents, manifest and every running header share one more pair
    expect(piecesOf(model)).toHaveLength(1)
    expect(raw.match(/\/FontFile2 /g)).toHaveLength(2 * (piecesOf(model).length + 1))
    expect(raw).not.toContain('/Helvetica')
  })

  it('still makes a complete packet when no engagement has a report', async () => {
    const empty = buildPacketModel(packetInput([unassessedRecord()]))
    const facts = await readPdf(renderer.renderPacket(empty))
    expect(facts.pages).toHaveLength(4)
    expect(facts.pages[0]).toContain('No reports: none of these engagements has an assessment that can be reported')
    expect(facts.pages[3]).toContain('Not assessed')
    expect(facts.outline).toEqual(['Cover', 'Portfolio summary', 'Heat map: engagements by section', 'Contents', 'Manifest'])
  })

  it('reports progress per engagement and gives the same bytes for the same model', () => {
    expect(progress).toEqual([
      [0, 4],
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4]
    ])
    expect(Buffer.from(renderer.renderPacket(model)).equals(Buffer.from(bytes))).toBe(true)
  })
})
