import type { Problem } from '../util/result'

/**
 * Whether a PDF is one whole document as this app writes it: a single body ending in one `%%EOF`,
 * with nothing after it. An incremental update (a second xref section and `%%EOF`, the way editors
 * append a changed page or value without rewriting the file) or bytes after the end would let the
 * file show something other than what was generated while keeping its original bytes, so `verify`
 * refuses both before reading anything else.
 */
export function pdfStructureProblems(pdf: Uint8Array): Problem[] {
  const text = latin1(pdf)
  const problems: Problem[] = []
  if (!text.startsWith('%PDF-')) problems.push({ path: '(file)', reason: 'not a PDF: it does not start with %PDF-' })
  const eofs = occurrences(text, '%%EOF')
  if (eofs.length === 0) {
    problems.push({ path: '(file)', reason: 'no %%EOF marker: the file is truncated or not a PDF' })
    return problems
  }
  const last = eofs[eofs.length - 1] as number
  const trailing = text.slice(last + 5)
  if (!/^[\r\n\t \0]*$/.test(trailing)) {
    problems.push({
      path: `byte ${last + 5}`,
      reason: `${trailing.length} bytes after the final %%EOF: something was appended to the document`
    })
  }
  const startxrefs = occurrences(text, 'startxref').length
  // (/Prev also links bookmarks; only a trailer's /Prev points to an earlier cross-reference section)
  const chained = /trailer\s*<<(?:(?!>>)[\s\S])*\/Prev\s+\d/.test(text)
  if (eofs.length > 1 || startxrefs > 1 || chained) {
    problems.push({
      path: '(file)',
      reason: `incremental update: ${eofs.length} %%EOF markers and ${startxrefs} cross-reference sections; the document was changed after it was generated`
    })
  }
  problems.push(...foreignNameProblems(text))
  return problems
}

/**
 * What a reader may run, open, send or hide that this app never writes. `verify` compares what pdf.js
 * shows — pages, properties, bookmarks, scripts, forms — but pdf.js does not report an open action that
 * launches a program or opens a web address, a page's own actions, or objects packed in a compressed
 * object stream; a rewritten report carrying one still matched page for page. Names are read as PDF
 * reads them (`#xx` escapes decoded, `/L#61unch` is `/Launch`) over the whole file, streams included,
 * since a forged object can sit where a stream appears to be. The names are long enough that compressed
 * bytes never spell one by chance; the short `/AA` counts only before a dictionary or a reference.
 */
const FOREIGN_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    Launch: 'an action that starts a program or opens a file',
    JavaScript: 'a script',
    SubmitForm: 'an action that sends data away',
    ImportData: 'an action that imports data',
    ResetForm: 'a form action',
    GoToR: 'a link into another file',
    GoToE: 'a link into an embedded file',
    EmbeddedFile: 'an attached file',
    EmbeddedFiles: 'attached files',
    RichMedia: 'media a reader plays',
    Rendition: 'media a reader plays',
    Movie: 'media a reader plays',
    Sound: 'media a reader plays',
    AcroForm: 'a form',
    ObjStm: 'a compressed object stream (objects hidden from a plain reading of the file)',
    XRef: 'a cross-reference stream',
    Encrypt: 'encryption'
  })
)

// PDF delimiters and white space end a name; anything else (and #xx escapes) is part of it
// eslint-disable-next-line no-control-regex
const NAME = /\/((?:[^\x00\x09\x0a\x0c\x0d\x20()<>[\]{}/%])*)/g
// eslint-disable-next-line no-control-regex
const PDF_SPACE = /^[\x00\x09\x0a\x0c\x0d\x20]+/

function foreignNameProblems(text: string): Problem[] {
  const strings = stringRanges(text)
  const problems: Problem[] = []
  for (const match of text.matchAll(NAME)) {
    if (problems.length >= 10) break
    // a name inside a string is text (a vendor called "A/Launch Ltd" in the title), not a name
    if (insideAny(strings, match.index)) continue
    const name = decodeName(match[1] as string)
    const after = (): string => text.slice(match.index + match[0].length, match.index + match[0].length + 40).replace(PDF_SPACE, '')
    const what =
      FOREIGN_NAMES.get(name) ??
      (name === 'AA' && /^(<<|\d+\s+\d+\s+R\b)/.test(after())
        ? 'actions run when a page or the document is opened, closed or printed'
        : name === 'OpenAction' && !after().startsWith('[')
          ? 'an action run on opening (this app opens at a page, never runs an action)'
          : null)
    if (what !== null) problems.push({ path: `byte ${match.index}`, reason: `/${name}: ${what}, which this app never writes` })
  }
  problems.push(...objectsInStrings(text, strings), ...misplacedObjects(text))
  return problems
}

/**
 * Objects the cross-reference table places inside what reads as a string: a reader would read them, yet the
 * scan above skipped them as text, so the file cannot be vouched for. What that proves is that the bytes are
 * not a consistent document, not why: an object disguised as text does it, and so does one damaged byte (a
 * string's closing parenthesis flipped into an opening one runs the string over every object after it). One
 * line per such string, saying only that; a line per object claimed a hidden object for each.
 */
function objectsInStrings(text: string, strings: readonly [number, number][]): Problem[] {
  const byString = new Map<number, number[]>()
  for (const offset of xrefOffsets(text)) {
    const at = rangeIndex(strings, offset)
    if (at !== null) byString.set(at, [...(byString.get(at) ?? []), offset])
  }
  return [...byString].map(([at, offsets]) => {
    const first = Math.min(...offsets)
    const objects =
      offsets.length === 1
        ? `the object the cross-reference table places at byte ${first}`
        : `${offsets.length} objects the cross-reference table lists (the first at byte ${first})`
    return {
      path: `byte ${(strings[at] as [number, number])[0]}`,
      reason: `a string starting here runs over ${objects}: the file cannot be read as one consistent document (one damaged byte can do this; so can an object disguised as text)`
    }
  })
}

/**
 * [start, end) of every literal `( … )` and hex `< … >` string outside stream data, as a PDF reader
 * reads them (nested parentheses, backslash escapes; comments skipped). Stream data is left out: its
 * bytes are scanned as they are, so an unbalanced "(" in an image cannot hide what follows it.
 */
function stringRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c === '(') {
      const start = i
      let depth = 0
      for (; i < text.length; i++) {
        const d = text[i]
        if (d === '\\') i++
        else if (d === '(') depth++
        else if (d === ')' && --depth === 0) break
      }
      ranges.push([start, ++i])
    } else if (c === '<' && text[i + 1] !== '<') {
      const end = text.indexOf('>', i)
      const stop = end < 0 ? text.length : end + 1
      ranges.push([i, stop])
      i = stop
    } else if (c === '<') {
      i += 2
    } else if (c === '%') {
      // to the end of the line, found without copying the rest of the file (a file of "%" stays linear)
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++
    } else if (c === 's' && text.startsWith('stream', i) && /[\s>]/.test(text[i - 1] ?? '') && /^\r?\n/.test(text.slice(i + 6, i + 8))) {
      const end = text.indexOf('endstream', i + 6)
      i = end < 0 ? text.length : end + 9
    } else i++
  }
  return ranges
}

function insideAny(ranges: readonly [number, number][], at: number): boolean {
  return rangeIndex(ranges, at) !== null
}

/** The index of the range holding `at` (ranges sorted, not overlapping), or null. */
function rangeIndex(ranges: readonly [number, number][], at: number): number | null {
  let lo = 0
  let hi = ranges.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [start, end] = ranges[mid] as [number, number]
    if (at < start) hi = mid - 1
    else if (at >= end) lo = mid + 1
    else return mid
  }
  return null
}

/** The offsets of the objects in use that the classic cross-reference table lists. */
function xrefOffsets(text: string): number[] {
  return readXref(text).entries.flatMap((e) => (e.free ? [] : [e.offset]))
}

export type XrefEntry = { object: number; generation: number; offset: number; free: boolean; line: number }

/**
 * Every entry of the classic cross-reference table (object number, generation, offset, whether it is marked
 * free, and the byte its line starts at), and the byte of its first line that is neither a subsection
 * header ("first count") nor an entry, if any.
 */
export function readXref(text: string): { entries: XrefEntry[]; unreadableAt: number | null } {
  const at = text.lastIndexOf('\nxref')
  if (at < 0) return { entries: [], unreadableAt: null }
  const end = text.indexOf('trailer', at)
  const entries: XrefEntry[] = []
  let object = 0
  let line = at + '\nxref'.length
  for (const content of text.slice(line, end < 0 ? text.length : end).split('\n')) {
    const entry = /^(\d{10}) (\d{5}) ([nf])[ \r]?$/.exec(content)
    const header = /^(\d+) \d+\r?$/.exec(content)
    if (entry) entries.push({ object: object++, generation: Number(entry[2]), offset: Number(entry[1]), free: entry[3] === 'f', line })
    else if (header) object = Number(header[1])
    else if (content.trim() !== '') return { entries, unreadableAt: line }
    line += content.length + 1
  }
  return { entries, unreadableAt: null }
}

/**
 * A cross-reference table that cannot be read, or entries that do not match the file: an object in use
 * placed where it does not begin, or one marked free (this app marks only object 0 free). A reader then
 * searches the file for its objects and shows them anyway (a digit of an offset changed verified as a
 * match), so what is read is no longer the file as written. One line, saying only that.
 */
function misplacedObjects(text: string): Problem[] {
  if (text.lastIndexOf('\nxref') < 0)
    return [
      {
        path: '(file)',
        reason: 'no cross-reference table (this app always writes one): the file cannot be read as one consistent document'
      }
    ]
  const { entries, unreadableAt } = readXref(text)
  if (unreadableAt !== null)
    return [
      {
        path: `byte ${unreadableAt}`,
        reason: 'the cross-reference table cannot be read here: the file cannot be read as one consistent document'
      }
    ]
  const wrong = entries.filter((e) =>
    e.free ? e.object !== 0 : !new RegExp(`^${e.object}${PDF_GAP}${e.generation}${PDF_GAP}obj\\b`).test(text.slice(e.offset, e.offset + 40))
  )
  const first = wrong[0]
  if (!first) return []
  const more = wrong.length > 1 ? ` (and ${wrong.length - 1} other entries)` : ''
  return [
    {
      path: `byte ${first.line}`,
      reason: `the cross-reference table's entry for object ${first.object} does not match the file${more}: the file cannot be read as one consistent document`
    }
  ]
}
export const PDF_GAP = '[\\x00\\t\\n\\f\\r ]+'

function decodeName(raw: string): string {
  return raw.includes('#') ? raw.replace(/#([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : raw
}

function occurrences(text: string, needle: string): number[] {
  const at: number[] = []
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) at.push(i)
  return at
}

function latin1(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let start = 0; start < bytes.length; start += 0x8000)
    parts.push(String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + 0x8000))))
  return parts.join('')
}
