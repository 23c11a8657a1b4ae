import { jsPDF } from 'jspdf'
import type { PdfObjectWriter } from './font-objects'
import type { StreamDeflate } from './stream-deflate'

/**
 * The one door to jsPDF's internals. Everything else in the renderer uses jsPDF's public API
 * (addPage, setPage, outline, link, setProperties, setLanguage, output) or this module. Each use
 * below was read against the jsPDF source of exactly this version; test/shared/report-pdf.test.ts
 * fails when the installed version differs, so an upgrade means re-reading these, not guessing.
 */
export const VERIFIED_JSPDF_VERSION = '4.2.1'

/** The version jsPDF reports about itself (compared with VERIFIED_JSPDF_VERSION by a test). */
export function installedJsPdfVersion(): string {
  return (jsPDF as unknown as { version: string }).version
}

type PageInfo = { objId: number; pageNumber: number }
type Internals = {
  write: (text: string) => void
  getFont: (name?: string, style?: string) => FontEntry
  getPageInfo: (n: number) => PageInfo
  getPageInfoByObjId: (objId: number) => PageInfo
  getNumberOfPages: () => number
  events: { subscribe: (topic: string, callback: (args: PutFontArgs) => void) => string }
}
type FontEntry = { id: string; fontName: string; isAlreadyPutted?: boolean; objectNumber?: number }
type PutFontArgs = { font: FontEntry } & PdfObjectWriter
type PluginApi = {
  TTFFont: { open: (data: unknown) => unknown }
  processDataByFilters: (data: string, filters: unknown) => { data: string; reverseChain: string }
}

// narrow casts: these members are part of jsPDF's plugin API but missing from its typings
const internalsOf = (doc: jsPDF): Internals => (doc as unknown as { internal: Internals }).internal
const pluginApi = (): PluginApi => jsPDF.API as unknown as PluginApi

/** Appends raw operators to the current page's content stream (what jsPDF's own drawing calls do). */
export function contentWriter(doc: jsPDF): (text: string) => void {
  const internal = internalsOf(doc)
  return (text) => internal.write(text)
}

/**
 * Registers a font under a resource key without jsPDF parsing it, and writes it ourselves when
 * the file is written. jsPDF's addFont handler opens the file from its virtual file system; for
 * this synchronous call `TTFFont.open` answers with plain metrics instead, so nothing is parsed
 * and jsPDF's own Identity-H writer (which checks `instanceof TTFFont`) leaves the font to us.
 * `write` is called once, while the file's objects are written, and returns the font's object.
 */
export function registerFont(
  doc: jsPDF,
  postScriptName: string,
  family: string,
  spaceGlyph: number,
  write: (w: PdfObjectWriter) => number
): string {
  const api = pluginApi()
  const metrics = {
    Unicode: { encoding: {}, kerning: {}, widths: [] },
    glyIdsUsed: [0],
    toUnicode: {},
    characterToGlyph: () => spaceGlyph,
    widthOfString: () => 0,
    widthOfGlyph: () => 0
  }
  doc.addFileToVFS(postScriptName, 'AAAA')
  const open = api.TTFFont.open
  api.TTFFont.open = () => metrics
  try {
    doc.addFont(postScriptName, family, 'normal', 'Identity-H')
  } finally {
    api.TTFFont.open = open
  }
  const internal = internalsOf(doc)
  const entry = internal.getFont(family, 'normal')
  internal.events.subscribe('putFont', (args) => {
    if (args.font.id !== entry.id || args.font.isAlreadyPutted) return
    args.font.objectNumber = write(args)
    args.font.isAlreadyPutted = true
  })
  return entry.id
}

/**
 * jsPDF lists in the page resources only fonts its own text() has used (so the 14 standard fonts
 * stay out of the file). Everything is drawn through PdfCanvas, so each registered font is marked
 * used with one space drawn outside the page.
 */
export function markFontUsed(doc: jsPDF, family: string): void {
  doc.setFont(family, 'normal')
  doc.text(' ', -100, -100)
}

/**
 * jsPDF's annotation plugin looks up every page by its object id while writing the file, and that
 * lookup scans all pages: quadratic, about 0.2 s for a 4,500-page packet. The same answer from an
 * index, built when first asked (object ids are assigned just before the pages are written).
 */
export function indexPagesByObjectId(doc: jsPDF): void {
  const internal = internalsOf(doc)
  const scan = internal.getPageInfoByObjId
  let index = new Map<number, number>()
  internal.getPageInfoByObjId = (objId) => {
    let page = index.get(objId)
    if (page === undefined || internal.getPageInfo(page).objId !== objId) {
      index = new Map()
      for (let n = 1; n <= internal.getNumberOfPages(); n++) index.set(internal.getPageInfo(n).objId, n)
      page = index.get(objId)
    }
    return page === undefined ? scan(objId) : internal.getPageInfo(page)
  }
}

/**
 * A page's content stream as jsPDF will write it (putPage joins the page's operators with line
 * breaks), once compactPages has joined them into one string: null while they are still apart.
 */
export function finishedPageContent(doc: jsPDF, page: number): string | null {
  const operators = (doc as unknown as { internal: { pages: string[][] } }).internal.pages[page]
  return operators?.length === 1 ? (operators[0] as string) : null
}

/**
 * What stands in for a finished page's content once the page has been compressed elsewhere (a packet's
 * pages, compressed off the drawing thread: packet-piece): short, so looking its stream up when the file is
 * written hashes a few characters, not the page. It starts with a NUL, which no content stream of ours
 * starts with; outputBytes refuses one it has no stream for rather than write it as a page.
 */
export const PAGE_STAND_IN_PREFIX = '\u0000compressed page '

/** Replaces a finished page's content (its one operator string, see finishedPageContent) with a stand-in. */
export function standInForPage(doc: jsPDF, page: number, standIn: string): void {
  const pages = (doc as unknown as { internal: { pages: string[][] } }).internal.pages
  if (pages[page]?.length !== 1) throw new Error(`Page ${page} is not finished`)
  pages[page] = [standIn]
}

function isFlateOnly(filters: unknown): boolean {
  const chain = Array.isArray(filters) ? filters : [filters]
  return chain.length === 1 && (chain[0] === 'FlateEncode' || chain[0] === '/FlateEncode')
}

/**
 * Writes the file with jsPDF's stream filter swapped for the renderer's compressor (stream-deflate:
 * faster than jsPDF's, which rebuilds the compressed string one byte at a time), and puts jsPDF's
 * own back afterwards. jsPDF looks the filter up on jsPDF.API for every stream (putStream), so
 * nothing else is affected; other filter chains go to jsPDF.
 *
 * A stream whose data this file already compressed gets the same compressed string again instead
 * of being deflated twice (a compressor gives the same output for the same input, so the bytes are
 * the same): a packet's piece holds eight reports whose pages of bank text are often identical,
 * about a third of its stream data. The memo lives for this one output, so it holds one file's
 * streams at most. `compressedAlready` gives streams compressed before, by their data or the stand-in
 * that replaced it (a packet's pages, compressed off the drawing thread: packet-piece); each is used as it is.
 */
export function outputBytes(doc: jsPDF, deflate: StreamDeflate, compressedAlready?: ReadonlyMap<string, string>): Uint8Array {
  const api = pluginApi()
  const original = api.processDataByFilters
  const compressed = new Map<string, string>()
  let standInsUnknown = 0
  api.processDataByFilters = (data, filters) => {
    const flate = isFlateOnly(filters)
    if (data.startsWith(PAGE_STAND_IN_PREFIX) && !(flate && compressedAlready?.has(data))) {
      // never written as a page; counted rather than thrown, since jsPDF catches and logs what its output throws
      standInsUnknown++
      return { data: '', reverseChain: '' }
    }
    if (!flate) return original(data, filters)
    // looked up where they are, not copied into this output's memo: a piece's pages are hundreds
    let out = compressedAlready?.get(data) ?? compressed.get(data)
    if (out === undefined) compressed.set(data, (out = deflate.binary(data)))
    return { data: out, reverseChain: '/FlateDecode' }
  }
  try {
    // the file as jsPDF builds it (output() with no type: the binary string), converted by the host if it can
    const file = deflate.bytesOfBinary ? deflate.bytesOfBinary(doc.output()) : new Uint8Array(doc.output('arraybuffer'))
    if (standInsUnknown > 0) throw new Error(`A compressed page is missing from the file (${standInsUnknown} of its pages)`)
    return file
  } finally {
    api.processDataByFilters = original
  }
}
