import type { PacketModel } from '../../packet/packet-types'
import { PdfCanvas } from '../canvas'
import { drawContentsNumber } from '../cover'
import { metadataText } from '../font-coverage'
import { installedJsPdfVersion } from '../jspdf-door'
import { Layout, type Bookmark } from '../layout'
import { drawPageFurniture, drawPageNumber, drawRunningText, fitFurniture, type Furniture } from '../page-furniture'
import { DOCUMENT_LANGUAGE, finishPart, openDocument, pdfDate, type PdfDocument } from '../pdf-document'
import { renamedFonts, type PreparedFonts } from '../pdf-fonts'
import type { ContentsNumber } from '../report-body'
import { PAGE } from '../theme'
import { Typesetter } from '../typesetter'
import { drawPacketContents, fillPacketContents, type ContentsTarget } from './packet-contents'
import { drawPacketCover } from './packet-cover'
import { drawManifest, type PageSpan } from './packet-manifest-pages'
import { drawPacketSummary } from './packet-summary'
import type { RenderedPiece } from './packet-piece'
import { readPart, renumber, type PdfPart } from './pdf-part'
import { PdfStreamWriter, type PdfSink } from './pdf-stream-writer'
import { plural, STATUS_LABELS } from '../../labels'

/** Prefixed to the front matter's font keys where report pages use them (a piece's own keys are jsPDF's F1, F2, …). */
const OVERLAY_PREFIX = 'Packet'

/** Called as reports go into the packet: `done` of `total` engagements are in. */
export type PacketProgress = (done: number, total: number) => void

/**
 * Takes the drawn pieces in order, then writes the rest of the packet. `drained` resolves once an
 * asynchronous sink has written what it was given.
 */
export type PacketWriter = { add: (piece: RenderedPiece) => void; finish: () => void; drained: () => Promise<void> }

/** Pages of the packet that one header and footer text runs over (packet page numbers). */
type Run = { furniture: Furniture; first: number; last: number }

/**
 * The audit packet written front to back into a sink: cover, portfolio summary, contents, every
 * report and the manifest. The reports come as pieces drawn elsewhere (workers, see packet-piece),
 * each a small PDF with its own font subsets; their objects are copied into the packet as each piece
 * arrives, renumbered, and then dropped, so memory stays flat however many engagements there are.
 *
 * What depends on the packet's final page count comes last: every report page gets a second content
 * stream with its running header, its footer ("Page x of y") and its contents' page numbers, drawn
 * in faces of the packet's own; the front matter and manifest (one jsPDF document, drawn here) are
 * finished and copied then, followed by the page tree, the bookmarks, the properties and the xref.
 * The front matter is drawn first: its length depends only on the entries, so the first report's
 * page number is known before any piece arrives.
 */
export function openPacketWriter(fonts: PreparedFonts, model: PacketModel, sink: PdfSink, onProgress?: PacketProgress): PacketWriter {
  const out = new PdfStreamWriter(sink, fonts.deflate)
  const pageTree = out.reserve()
  const frame = openDocument(fonts)
  const front = layoutFrom(frame)
  drawPacketCover(front, model)
  drawPacketSummary(front, model)
  const contents = drawPacketContents(front, model)
  const frontPages = front.page
  // per piece its resources (written last) and its runs; per report page its second stream; per run its form
  const overlay = {
    pieces: [] as { resources: number; text: string; runs: [number, number] }[],
    streams: [] as number[],
    numbers: new Map<number, ContentsNumber[]>(),
    forms: [] as number[]
  }
  const pageIds: number[] = []
  const outline: Bookmark[] = []
  const spans = new Map<number, PageSpan>()
  const runs: Run[] = []
  const entryAt = new Map(model.entries.map((e, i) => [e.number, i]))
  let nextPiece = 0
  let nextPage = frontPages + 1
  let done = -1
  const progress = (upTo: number): void => {
    if (upTo > done) onProgress?.(upTo, model.entries.length)
    done = Math.max(done, upTo)
  }
  progress(0)

  function add(piece: RenderedPiece): void {
    if (piece.index !== nextPiece) throw new Error(`packet: piece ${piece.index} arrived before piece ${nextPiece}`)
    nextPiece++
    const part = readPart(piece.pdf)
    const resources = out.reserve()
    const ids = copyObjects(out, part, { pageTree, resources }, (page, head) => {
      const stream = out.reserve()
      overlay.streams.push(stream)
      pageIds.push(page)
      // the piece's page content, then the header, footer and contents numbers drawn over it
      return head.replace(/\/Contents (\d+) 0 R/, `/Contents [$1 0 R ${stream} 0 R]`)
    })
    const shift = nextPage - 1
    overlay.pieces.push({
      resources,
      text: renumber(headOf(part, part.resources), ids),
      runs: [runs.length, runs.length + piece.reports.length]
    })
    for (const r of piece.reports) {
      const entry = model.entries[entryAt.get(r.number) ?? -1]
      if (!entry?.report || !entry.assessment)
        throw new Error(`packet: piece ${piece.index} holds report ${r.number}, which the packet does not`)
      spans.set(r.number, { first: r.first + shift, last: r.last + shift })
      outline.push({ title: bookmarkTitle(entry), page: r.first + shift, children: shiftOutline(r.outline, shift) })
      // the report's own status label ("In review"), as its model words it, not the entry's
      const footer = `Document ${entry.documentId} · ${STATUS_LABELS[entry.assessment.status]} · Packet ${model.packetId}`
      runs.push({ furniture: { ...r.furniture, footer }, first: r.first + shift, last: r.last + shift })
      for (const n of r.numbers) {
        const page = n.page + shift
        overlay.numbers.set(page, [...(overlay.numbers.get(page) ?? []), { ...n, page, target: n.target + shift }])
      }
    }
    nextPage += piece.pages
    for (const r of piece.reports) progress((entryAt.get(r.number) ?? 0) + 1)
  }

  function finish(): void {
    const reportPages = nextPage - 1 - frontPages
    frame.doc.addPage()
    const back = layoutFrom(frame)
    drawManifest(back, model, spans)
    const manifestFirst = back.firstPage + reportPages
    const summaryPage = front.sectionPages.get('summary')
    const pageOf = (target: ContentsTarget): number | undefined =>
      target === 'summary' ? summaryPage : target === 'manifest' ? manifestFirst : spans.get(target)?.first
    fillPacketContents(frame, contents, pageOf)
    const total = frame.doc.getNumberOfPages() + reportPages
    const furniture = packetFurniture(model)
    drawPageFurniture(frame, furniture, { first: 1, last: frontPages, total })
    drawPageFurniture(frame, furniture, { first: back.firstPage, last: back.page, total, shift: reportPages })
    const overlayResources = out.reserve()
    writeOverlays(total, overlayResources)
    // the front matter and manifest: their pages go before and after the reports'
    const framePart = readPart(finishPart(frame))
    const frameIds: number[] = []
    const frameId = copyObjects(out, framePart, { pageTree }, (page, head) => {
      frameIds.push(page)
      return head
    })
    // the overlays are drawn in the front matter's faces, under prefixed names in each piece's resources
    const frameFonts = /\/Font <<([^>]*)>>/.exec(renumber(headOf(framePart, framePart.resources), frameId))?.[1] ?? ''
    const fontEntries = [...frameFonts.matchAll(/\/(\S+) (\d+) 0 R/g)].map((m) => `/${OVERLAY_PREFIX}${m[1]} ${m[2]} 0 R`).join('\n')
    out.object(overlayResources, `<<\n/Font <<\n${fontEntries}\n>>\n>>`)
    for (const p of overlay.pieces) {
      const forms = runs
        .slice(...p.runs)
        .map((_, i) => `/${runForm(p.runs[0] + i)} ${overlay.forms[p.runs[0] + i]} 0 R`)
        .join('\n')
      out.object(p.resources, withEntries(withEntries(p.text, '/Font', fontEntries), '/XObject', forms))
    }
    const allPages = [...frameIds.slice(0, frontPages), ...pageIds, ...frameIds.slice(frontPages)]
    out.object(pageTree, `<<\n/Type /Pages\n/Kids [${allPages.map((id) => `${id} 0 R`).join(' ')}]\n/Count ${allPages.length}\n>>`)
    const bookmarks: Bookmark[] = [
      { title: 'Cover', page: 1, children: [] },
      ...front.outline,
      ...outline,
      ...shiftOutline(back.outline, reportPages)
    ]
    const outlines = writeOutline(out, bookmarks, (page) => allPages[page - 1] as number)
    const info = out.reserve()
    const p = model.properties
    const properties = [
      ['Producer', `jsPDF ${installedJsPdfVersion()}`],
      ['Title', metadataText(p.title)],
      ['Subject', metadataText(p.subject)],
      ['Author', metadataText(p.author)],
      ['Keywords', metadataText(p.keywords)],
      ['Creator', metadataText(p.creator)],
      ['CreationDate', pdfDate(model.generatedAt)]
    ].filter(([, value]) => value !== '')
    out.object(info, `<<\n${properties.map(([key, value]) => `/${key} (${pdfText(value as string)})`).join('\n')}\n>>`)
    const catalog = out.reserve()
    out.object(
      catalog,
      `<<\n/Type /Catalog\n/Pages ${pageTree} 0 R\n/OpenAction [${allPages[0]} 0 R /FitH null]\n/PageLayout /OneColumn\n/PageMode /UseOutlines\n/Outlines ${outlines} 0 R\n/Lang (${DOCUMENT_LANGUAGE})\n>>`
    )
    // the file identifier follows from the data, so a packet is byte-for-byte reproducible
    out.finish(catalog, info, model.manifestHash.slice(0, 32).toUpperCase())
    progress(model.entries.length)
  }

  /**
   * Each report page's second content stream: its contents numbers (a report's cover), the running
   * header and footer, which are the same on every page of a report and so drawn once, as a form
   * each page shows, and "Page x of y". A page's own stream is then a few operators, left unpacked.
   */
  function writeOverlays(total: number, resources: number): void {
    const ts = new Typesetter(fonts)
    let text: string[] = []
    const canvas = new PdfCanvas((op) => text.push(op), renamedFonts(frame.fonts, OVERLAY_PREFIX))
    const first = frontPages + 1
    runs.forEach((run, r) => {
      const fitted = fitFurniture(ts, run.furniture, total)
      const form = out.reserve()
      overlay.forms.push(form)
      text = []
      canvas.pageChanged()
      drawRunningText(canvas, fitted)
      out.stream(
        form,
        text.join('\n'),
        `\n/Type /XObject\n/Subtype /Form\n/BBox [0 0 ${PAGE.width} ${PAGE.height}]\n/Resources ${resources} 0 R`
      )
      for (let page = run.first; page <= run.last; page++) {
        text = []
        canvas.pageChanged()
        for (const n of overlay.numbers.get(page) ?? []) drawContentsNumber(canvas, ts, n, n.target)
        // a form runs inside its own graphics state: the colour set before it is the colour after it
        text.push(`/${runForm(r)} Do`)
        drawPageNumber(canvas, ts, fitted, page)
        out.plainStream(overlay.streams[page - first] as number, text.join('\n'))
      }
    })
  }

  return { add, finish, drained: () => out.drained() }
}

/**
 * Copies a part's objects into the packet under new numbers, except its catalog, properties and page
 * tree (the packet writes its own) and, when `ids.resources` is given, its resources (rewritten by the
 * caller). `page` sees each page object's number and dictionary, in page order, and may change it.
 */
function copyObjects(
  out: PdfStreamWriter,
  part: PdfPart,
  ids: { pageTree: number; resources?: number },
  page: (id: number, head: string) => string
): (old: number) => number {
  const map = new Map<number, number>([[part.pageTree, ids.pageTree]])
  if (ids.resources !== undefined) map.set(part.resources, ids.resources)
  const skipped = new Set([part.catalog, part.info, part.pageTree, ...(ids.resources !== undefined ? [part.resources] : [])])
  for (const o of part.objects) if (!skipped.has(o.id)) map.set(o.id, out.reserve())
  const newId = (old: number): number => {
    const id = map.get(old)
    if (id === undefined) throw new Error(`PDF part: a reference to object ${old}, which it does not hold`)
    return id
  }
  const heads = new Map<number, string>()
  for (const id of part.pages) heads.set(id, page(newId(id), renumber(headOf(part, id), newId)))
  for (const o of part.objects) {
    if (!skipped.has(o.id)) out.object(newId(o.id), heads.get(o.id) ?? renumber(o.head, newId), o.tail)
  }
  return newId
}

/** The name a report's running header and footer form has in the resources of its pages. */
const runForm = (run: number): string => `${OVERLAY_PREFIX}Run${run + 1}`

/** A resources dictionary with `entries` added to its `key` dictionary (made when it has none). */
function withEntries(resources: string, key: '/Font' | '/XObject', entries: string): string {
  if (entries === '') return resources
  if (resources.includes(`${key} <<`)) return resources.replace(`${key} <<`, `${key} <<\n${entries}`)
  return resources.replace(/>>\s*$/, `${key} <<\n${entries}\n>>\n>>`)
}

function headOf(part: PdfPart, id: number): string {
  const found = part.byId.get(id)
  if (!found) throw new Error(`PDF part: no object ${id}`)
  return found.head
}

const BEYOND_LATIN1 = /[\u0100-\uffff]/

/**
 * A PDF text string's body as jsPDF writes one: Latin-1 text as it is, anything else as UTF-16BE
 * with a byte order mark; then the backslash and brackets escaped.
 */
function pdfText(text: string): string {
  let bytes = text
  // a code point above U+00FF has a code unit above 0xFF (surrogates are too): one test, no array of characters
  if (BEYOND_LATIN1.test(text)) {
    bytes = '\xfe\xff'
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i)
      bytes += String.fromCharCode(unit >> 8, unit & 0xff)
    }
  }
  return pdfEscape(bytes)
}

/** Bookmarks (the packet's, then each report's nested under its title) as PDF outline items. */
function writeOutline(out: PdfStreamWriter, bookmarks: readonly Bookmark[], pageId: (page: number) => number): number {
  type Item = { id: number; mark: Bookmark; children: Item[] }
  const assign = (marks: readonly Bookmark[]): Item[] => marks.map((mark) => ({ id: out.reserve(), mark, children: assign(mark.children) }))
  const count = (items: readonly Item[]): number => items.reduce((n, i) => n + 1 + count(i.children), 0)
  const root = out.reserve()
  const items = assign(bookmarks)
  const ends = (list: readonly Item[]): string =>
    list.length > 0 ? `\n/First ${(list[0] as Item).id} 0 R\n/Last ${(list.at(-1) as Item).id} 0 R` : ''
  out.object(root, `<<\n/Type /Outlines${ends(items)}\n/Count ${count(items)}\n>>`)
  // a packet's reports have the same section and question titles: each title is converted once
  const titles = new Map<string, string>()
  const title = (text: string): string => {
    let pdf = titles.get(text)
    if (pdf === undefined) titles.set(text, (pdf = pdfText(metadataText(text))))
    return pdf
  }
  const write = (list: readonly Item[], parent: number): void => {
    list.forEach((item, i) => {
      const lines = [`/Title (${title(item.mark.title)})`, `/Parent ${parent} 0 R`]
      if (i > 0) lines.push(`/Prev ${(list[i - 1] as Item).id} 0 R`)
      if (i < list.length - 1) lines.push(`/Next ${(list[i + 1] as Item).id} 0 R`)
      const below = count(item.children)
      out.object(
        item.id,
        `<<\n${lines.join('\n')}${ends(item.children)}${below > 0 ? `\n/Count ${below}` : ''}\n/Dest [${pageId(item.mark.page)} 0 R /XYZ 0 ${PAGE.height} 0]\n>>`
      )
      write(item.children, item.id)
    })
  }
  write(items, root)
  return root
}

/** A PDF literal string's body: the backslash and brackets escaped (jsPDF's pdfEscape). */
function pdfEscape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)')
}

function shiftOutline(marks: readonly Bookmark[], shift: number): Bookmark[] {
  return marks.map((m) => ({ title: m.title, page: m.page + shift, children: shiftOutline(m.children, shift) }))
}

/** A layout continuing on the document's last page, which must be empty. */
function layoutFrom(pdf: PdfDocument): Layout {
  const first = pdf.doc.getNumberOfPages()
  pdf.canvas.pageChanged()
  return new Layout(pdf.doc, pdf.canvas, pdf.ts, () => undefined, first)
}

function packetFurniture(model: PacketModel): Furniture {
  return {
    marking: model.marking,
    left: `${model.title} · ${plural(model.counts.engagements, 'engagement')}`,
    right: `Packet ${model.packetId}`,
    footer: `Packet ${model.packetId} · Generated ${model.generatedOn}`
  }
}

function bookmarkTitle(e: PacketModel['entries'][number]): string {
  return `${e.number}. ${e.vendorName} — ${e.engagementName}${e.status === 'draft' ? ` (${e.statusLabel.toLowerCase()})` : e.revisionOf ? ' (revision)' : ''}`
}
