import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs'
import { createHash } from 'node:crypto'
import { EXIT, type CliIo, type ExitCode } from '../cli-types'

// pdf.js runs its parser on the calling thread when it finds the worker module here; the bundled
// command line then needs no worker file beside it.
;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker

/** Every page's text as a reader extracts it (pdf.js): the page's text runs, one per line. */
export async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  return (await readDocument(pdf)).pages
}

export type PageContents = { texts: string[]; drawings: string[]; properties: string }

/**
 * The page contents of a PDF given to `verify`, or why the PDF reader could not read it. A one-bit change
 * in the catalog made pdf.js throw and the command end with "Internal error"; all that shows is that the
 * bytes cannot be read as the document that was generated, and that is what is said.
 */
export async function readGivenPdf(pdf: Uint8Array): Promise<{ ok: true; value: PageContents } | { ok: false; reason: string }> {
  try {
    return { ok: true, value: await pageContents(pdf) }
  } catch (error) {
    const said = error instanceof Error ? error.message || error.name : String(error)
    return { ok: false, reason: `the PDF reader cannot read it${said ? ` (${said})` : ''}` }
  }
}

/** The given PDF could not be read: refused, saying no more than that (see readGivenPdf). */
export function unreadablePdf(io: CliIo, pdfPath: string, reason: string): ExitCode {
  io.err(`Refused: ${pdfPath} cannot be read as the document that was generated: ${reason}`)
  return EXIT.invalid
}

/**
 * Every page's text, and what the page shows besides its text: a digest of its drawing (the operators
 * and their values — boxes, colours, images, where each glyph goes) and its annotations. Text alone
 * proves too little: a box painted over a line, or a text-box annotation laid over the cover (what a
 * PDF editor adds), changes what the reader sees and nothing a text extractor reads.
 */
export async function pageContents(pdf: Uint8Array): Promise<PageContents> {
  // fontExtraProperties keeps each font's program after loading, so the glyphs themselves are compared (fontsOf)
  const doc = await getDocument({
    data: pdf.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
    fontExtraProperties: true
  }).promise
  try {
    const texts: string[] = []
    const drawings: string[] = []
    const fontDigests = new Map<string, string>()
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p)
      const content = await page.getTextContent()
      texts.push(content.items.flatMap((item) => ('str' in item && item.str.length > 0 ? [item.str] : [])).join('\n'))
      // annotationMode 0: the page's own content; annotations are listed on their own below
      const ops = await page.getOperatorList({ annotationMode: 0 })
      const annotations = (await page.getAnnotations()) as Annotation[]
      drawings.push(
        `${describeDrawing(ops.fnArray, ops.argsArray, annotations, { rotate: page.rotate, view: page.view, userUnit: page.userUnit })}; ${fontsOf(ops.fnArray, ops.argsArray, page.commonObjs, fontDigests)}`
      )
      page.cleanup()
    }
    // what a reader shows besides the pages: bookmarks, attachments, scripts, form fields, page labels
    const document = {
      outline: outlineOf((await doc.getOutline()) as OutlineItem[] | null),
      attachments: Object.keys((await doc.getAttachments()) ?? {}),
      scripts: (await doc.getJSActions()) !== null || JSON.stringify((await doc.getOpenAction()) ?? null).includes('"action"'),
      fields: Object.keys((await doc.getFieldObjects()) ?? {}),
      pageLabels: await doc.getPageLabels()
    }
    const { info, metadata } = (await doc.getMetadata()) as {
      info: unknown
      metadata: (Iterable<[string, unknown]> & { getRaw: () => string }) | null
    }
    // an XMP metadata stream is what many readers (pdf.js's own viewer among them) show as the title before the Info dictionary's
    const xmp = metadata
      ? `${JSON.stringify(Object.fromEntries(metadata))} (${createHash('sha256').update(metadata.getRaw()).digest('hex').slice(0, 16)})`
      : null
    return { texts, drawings, properties: `${describeProperties(info)}; ${JSON.stringify(document)}${xmp === null ? '' : `; XMP ${xmp}`}` }
  } finally {
    await doc.destroy()
  }
}

/**
 * The fonts a page draws with, each as a digest of its program as pdf.js loaded it, in the order first
 * used. The text comes from a font's ToUnicode map and the drawing names glyph codes, so neither sees the
 * outlines: a font program edited to draw "7" as "1" read and drew the same and still matched. A font's
 * program is let go once digested (`known` keeps the digest for later pages), so a packet of a thousand
 * reports does not hold every font it embeds in memory.
 */
function fontsOf(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  fonts: { has: (id: string) => boolean; get: (id: string) => unknown },
  known: Map<string, string>
): string {
  const names: string[] = []
  fnArray.forEach((fn, i) => {
    const name = fn === OPS.setFont ? (argsArray[i] as unknown[] | undefined)?.[0] : undefined
    if (typeof name === 'string' && !names.includes(name)) names.push(name)
  })
  const digests = names.map((name) => {
    const cached = known.get(name)
    if (cached) return cached
    const font = fonts.has(name) ? (fonts.get(name) as { data?: Uint8Array; clearData?: () => void } | undefined) : undefined
    const digest = font?.data ? createHash('sha256').update(font.data).digest('hex').slice(0, 16) : 'none'
    font?.clearData?.()
    known.set(name, digest)
    return digest
  })
  return `fonts ${digests.length > 0 ? digests.join(' ') : 'none'}`
}

/** What pdf.js tells of an annotation: its kind, link, place, and how it looks. */
type Annotation = {
  subtype?: string
  url?: string
  rect?: number[]
  hasAppearance?: boolean
  borderStyle?: { width?: number }
  color?: ArrayLike<number> | null
  annotationFlags?: number
}

/**
 * How an annotation shows beyond its place: an appearance stream of its own (a drawing laid over the page,
 * which the page's own drawing leaves out), a visible border, a colour, its flags. A link of the genuine
 * report given an appearance stream showed a new box over the page and still matched.
 */
function annotationLook(a: Annotation): string {
  const parts = [
    a.hasAppearance ? 'with its own appearance' : '',
    a.borderStyle?.width ? `border ${a.borderStyle.width}` : '',
    a.color && a.color.length > 0 ? `colour ${Array.from(a.color).join(' ')}` : '',
    a.annotationFlags ? `flags ${a.annotationFlags}` : ''
  ].filter((p) => p !== '')
  return parts.length > 0 ? ` ${parts.join(', ')}` : ''
}

/** A page's drawing as a digest, and its annotations by kind, place and link, for comparing and for messages. */
function describeDrawing(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  annotations: readonly Annotation[],
  geometry: { rotate: number; view: readonly number[]; userUnit: number }
): string {
  // pdf.js names loaded fonts per document (g_d0_f1, g_d1_f1): the same font in two documents must compare equal
  const json = JSON.stringify([fnArray, argsArray], (_key, value: unknown) =>
    ArrayBuffer.isView(value)
      ? Array.from(value as unknown as ArrayLike<number>)
      : typeof value === 'string'
        ? value.replace(/^g_d\d+_/, 'g_')
        : value
  )
  const listed = annotations.map(
    (a) =>
      `${a.subtype ?? 'annotation'}${a.url ? ` ${a.url}` : ''} at [${(a.rect ?? []).map((n) => Math.round(n)).join(' ')}]${annotationLook(a)}`
  )
  // a page turned (/Rotate) or cropped shows the same operators differently: the page's geometry is part of what it shows
  const page = `${geometry.view.map((n) => Math.round(n * 100) / 100).join(' ')}${geometry.rotate !== 0 ? `, rotated ${geometry.rotate}°` : ''}${geometry.userUnit !== 1 ? `, user unit ${geometry.userUnit}` : ''}`
  return `drawing ${createHash('sha256').update(json).digest('hex').slice(0, 16)} (${fnArray.length} operators); page [${page}]; annotations: ${listed.length > 0 ? listed.join(', ') : 'none'}`
}

/**
 * The document properties a reader shows (title, subject, author, keywords, creator, producer, dates,
 * language), in a fixed order. What pdf.js derives from the file's structure (format version, flags)
 * is left out: a tool that rewrites the file may change those without changing what it states.
 */
function describeProperties(info: unknown): string {
  const record = (typeof info === 'object' && info !== null ? info : {}) as Record<string, unknown>
  const keys = ['Title', 'Subject', 'Author', 'Keywords', 'Creator', 'Producer', 'CreationDate', 'ModDate', 'Language', 'Custom']
  return JSON.stringify(Object.fromEntries(keys.filter((k) => record[k] !== undefined).map((k) => [k, record[k]])))
}

type OutlineItem = { title: string; url?: string | null; items?: OutlineItem[] }

/** Bookmark titles (and links) as nested lists: a bookmark reading "Low risk" is part of what the document states. */
function outlineOf(items: readonly OutlineItem[] | null | undefined): unknown[] {
  return (items ?? []).map((i) => [i.title, i.url ?? null, outlineOf(i.items)])
}

/** Pages whose drawing or annotations differ from the document re-rendered from the data. */
export function compareDrawings(expected: readonly string[], found: readonly string[]): PageDifference[] {
  const out: PageDifference[] = []
  for (let i = 0; i < Math.max(expected.length, found.length) && out.length < MAX_DIFFERENCES; i++) {
    if (expected[i] !== found[i]) out.push({ page: i + 1, expected: expected[i] ?? '(no such page)', found: found[i] ?? '(page missing)' })
  }
  return out
}

/** The document title from the properties, without reading any page. */
export async function documentTitle(pdf: Uint8Array): Promise<string | null> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  try {
    const info = (await doc.getMetadata()).info as { Title?: unknown }
    return typeof info.Title === 'string' ? info.Title : null
  } finally {
    await doc.destroy()
  }
}

/** The pages' text and the document title from the properties. */
export async function readDocument(pdf: Uint8Array): Promise<{ pages: string[]; title: string | null }> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  try {
    const pages: string[] = []
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent()
      pages.push(content.items.flatMap((item) => ('str' in item && item.str.length > 0 ? [item.str] : [])).join('\n'))
    }
    const info = (await doc.getMetadata()).info as { Title?: unknown }
    return { pages, title: typeof info.Title === 'string' ? info.Title : null }
  } finally {
    await doc.destroy()
  }
}

/** `more`: how many other lines of the page differ too (0 when none, or not counted). */
export type PageDifference = { page: number; expected: string; found: string; more?: number }

const MAX_DIFFERENCES = 12

/**
 * Compares the pages of the document with the pages re-rendered from the data: the first line that
 * differs on each page that differs (up to a dozen pages), and a missing or extra page as such.
 */
export function comparePages(expected: readonly string[], found: readonly string[]): PageDifference[] {
  const out: PageDifference[] = []
  const pages = Math.max(expected.length, found.length)
  for (let i = 0; i < pages && out.length < MAX_DIFFERENCES; i++) {
    const want = expected[i]
    const got = found[i]
    if (want === got) continue
    if (want === undefined) out.push({ page: i + 1, expected: '(no such page)', found: firstLine(got ?? '') })
    else if (got === undefined) out.push({ page: i + 1, expected: firstLine(want), found: '(page missing)' })
    else {
      const wantLines = want.split('\n')
      const gotLines = got.split('\n')
      // every differing line counted, not only the first: beside a known change of wording (a report of an earlier
      // layout), a second change on the same page must not go unsaid (attacker review)
      const differing = Math.max(wantLines.length, gotLines.length) - commonLines(wantLines, gotLines)
      out.push({ page: i + 1, ...firstDifference(wantLines, gotLines), more: Math.max(0, differing - 1) })
    }
  }
  return out
}

function firstDifference(want: readonly string[], got: readonly string[]): { expected: string; found: string } {
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) return { expected: want[i] ?? '(end of page)', found: got[i] ?? '(end of page)' }
  }
  return { expected: '', found: '' }
}

/** Lines the two pages share in order (the longest common subsequence), so a line added does not count every line after it. */
function commonLines(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0)
  for (const line of a) {
    const row = new Array<number>(b.length + 1).fill(0)
    for (let j = 1; j <= b.length; j++)
      row[j] = line === b[j - 1] ? (previous[j - 1] as number) + 1 : Math.max(previous[j] as number, row[j - 1] as number)
    previous = row
  }
  return previous[b.length] as number
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim() !== '') ?? '(empty page)'
}

/** Every 64-hex-digit value printed on the pages: the fingerprints (and a packet's manifest hash). */
export function printedHashes(pages: readonly string[]): Set<string> {
  const found = new Set<string>()
  for (const page of pages) for (const m of page.matchAll(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/g)) found.add(m[0])
  return found
}

/** Where two property descriptions first differ, with a little context on each side (they run to thousands of characters). */
export function whereTheyDiffer(expected: string, found: string): string {
  let at = 0
  while (at < expected.length && at < found.length && expected[at] === found[at]) at++
  const around = (text: string): string =>
    `${at > 40 ? '…' : ''}${text.slice(Math.max(0, at - 40), at + 80)}${text.length > at + 80 ? '…' : ''}`
  return `expected "${around(expected)}", found "${around(found)}"`
}
