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
  // an object the cross-reference table places inside a string would be read by a reader yet skipped above
  for (const offset of xrefOffsets(text))
    if (insideAny(strings, offset))
      problems.push({ path: `byte ${offset}`, reason: 'the cross-reference table points inside a string: an object hidden as text' })
  return problems
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
  let lo = 0
  let hi = ranges.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [start, end] = ranges[mid] as [number, number]
    if (at < start) hi = mid - 1
    else if (at >= end) lo = mid + 1
    else return true
  }
  return false
}

/** The offsets of the objects in use that the classic cross-reference table lists. */
function xrefOffsets(text: string): number[] {
  const at = text.lastIndexOf('\nxref')
  if (at < 0) return []
  const end = text.indexOf('trailer', at)
  const table = text.slice(at, end < 0 ? text.length : end)
  return [...table.matchAll(/(\d{10}) \d{5} n/g)].map((m) => Number(m[1]))
}

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
