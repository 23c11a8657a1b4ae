import type { Problem } from '../util/result'
import { PDF_GAP, readXref } from './pdf-structure'

/**
 * The Keywords of a PDF's document properties, the bytes its string occupies in the file, and the bytes of
 * the strings a reader shows as the document's own words besides it (`shown`): the other string values of
 * the document properties (title, subject, author…) and the bookmark titles. Those carry the data's names
 * (engagement, vendor, assessor, assessment title), and verify compares them with the re-rendered report's
 * (verify-pages.ts: the properties and the outline as pdf.js reads them; pdf-normal-form.ts: every object).
 */
export type InfoKeywords =
  { ok: true; keywords: string; at: [number, number]; shown: [number, number][] } | { ok: false; problems: Problem[] }

/**
 * The Keywords string of the document properties, read the way a PDF reader finds it: `startxref` names the
 * cross-reference table, the trailer after it names the Info dictionary (`/Info n g R`), the table gives that
 * object's place, and the dictionary there holds `/Keywords`. Nothing else in the file is read, so a
 * "fingerprint:" in a content stream, a comment or an object nothing refers to cannot stand in for it.
 * Refused (with where) when any step is missing, given twice, or points somewhere that does not hold what
 * it should. `text` is the file's bytes as Latin-1 (one character a byte). The file's structure is checked
 * first (pdf-structure.ts: one body, one cross-reference table, entries that match the objects).
 */
export function readInfoKeywords(text: string): InfoKeywords {
  const refused = (path: string, reason: string): InfoKeywords => ({ ok: false, problems: [{ path, reason }] })
  const startxref = text.lastIndexOf('startxref')
  const offset = startxref < 0 ? null : /^[\0\t\n\f\r ]*(\d+)/.exec(text.slice(startxref + 9, startxref + 40))?.[1]
  if (offset === null || offset === undefined) return refused('(file)', 'no startxref: the document properties cannot be found')
  const xref = Number(offset)
  if (!text.startsWith('xref', xref))
    return refused(`byte ${startxref}`, `startxref names byte ${xref}, where no cross-reference table starts`)
  // the entries are read from the last table (readXref); a reader follows startxref: both must be the same table
  if (text.lastIndexOf('\nxref') + 1 !== xref)
    return refused(`byte ${xref}`, 'the file has more than one cross-reference table: which one is meant is ambiguous')
  const trailerAt = text.indexOf('trailer', xref)
  const trailer = trailerAt < 0 || trailerAt > startxref ? null : readDictionary(text, skipSpace(text, trailerAt + 7))
  if (!trailer) return refused(`byte ${xref}`, 'no readable trailer after the cross-reference table')
  const info = single(trailer.entries, 'Info', `the trailer (byte ${trailerAt})`, 'no document properties (the trailer names no /Info)')
  if (!info.ok) return info
  const ref = /^(\d+)[\0\t\n\f\r ]+(\d+)[\0\t\n\f\r ]+R$/.exec(text.slice(info.value.start, info.value.end))
  if (info.value.kind !== 'ref' || !ref)
    return refused(`byte ${info.value.start}`, "the trailer's /Info is not a reference to the document properties")
  const [object, generation] = [Number(ref[1]), Number(ref[2])]
  const entries = readXref(text).entries
  const entry = entries.find((e) => e.object === object && !e.free)
  if (!entry || entry.generation !== generation)
    return refused(`byte ${info.value.start}`, `the document properties (object ${object}) are not in the cross-reference table`)
  const header = new RegExp(`(?<![0-9])${object}${PDF_GAP}${generation}${PDF_GAP}obj\\b`, 'g')
  const definitions = [...text.matchAll(header)].map((m) => m.index)
  if (definitions.length > 1)
    return refused(
      `byte ${definitions.find((at) => at !== entry.offset) ?? entry.offset}`,
      `the document properties (object ${object}) are defined ${definitions.length} times: which one is meant is ambiguous`
    )
  const dictionary = dictionaryAt(text, entry.offset)
  if (!dictionary) return refused(`byte ${entry.offset}`, `the document properties (object ${object}) are not a dictionary`)
  const keywords = single(
    dictionary.entries,
    'Keywords',
    `the document properties (byte ${entry.offset})`,
    'no Keywords in the document properties'
  )
  if (!keywords.ok) return keywords
  const { kind, start, end } = keywords.value
  if (kind !== 'string' && kind !== 'hex') return refused(`byte ${start}`, 'the Keywords of the document properties are not a text string')
  const raw = kind === 'string' ? literalBytes(text.slice(start + 1, end - 1)) : hexBytes(text.slice(start + 1, end - 1))
  // only the properties this app fills with the data's words: a marker under any other key is still refused
  const properties = dictionary.entries.filter((e) => WORDS.includes(e.key) && (e.value.kind === 'string' || e.value.kind === 'hex'))
  const shown = [
    ...properties.map((e): [number, number] => [e.value.start, e.value.end]),
    ...outlineTitles(text, trailer.entries, inUse(entries))
  ]
  return { ok: true, keywords: textString(raw), at: [start, end], shown }
}

/** The document properties that carry the data's names (report-model.ts, packet-model.ts: engagement, vendor, assessor, title). */
const WORDS: readonly string[] = ['Title', 'Subject', 'Author']

type XrefEntry = ReturnType<typeof readXref>['entries'][number]
/** The objects in use by number: a packet of many reports has thousands of bookmarks, each looked up here. */
type InUse = ReadonlyMap<number, XrefEntry>

function inUse(entries: readonly XrefEntry[]): InUse {
  return new Map(entries.filter((e) => !e.free).map((e) => [e.object, e]))
}

/** The dictionary of the object at `offset` ("n g obj <<…>>"), or null when there is none there. */
function dictionaryAt(text: string, offset: number): { entries: Entry[]; end: number } | null {
  const body = /^[0-9]+[\0\t\n\f\r ]+[0-9]+[\0\t\n\f\r ]+obj/.exec(text.slice(offset, offset + 40))
  return body ? readDictionary(text, skipSpace(text, offset + body[0].length)) : null
}

/** The object the one `key` entry of `entries` refers to ("n g R", through the cross-reference table): its place and dictionary. */
function referenced(text: string, entries: readonly Entry[], key: string, xref: InUse): { offset: number; entries: Entry[] } | null {
  const found = entries.filter((e) => e.key === key)
  if (found.length !== 1 || (found[0] as Entry).value.kind !== 'ref') return null
  const { start, end } = (found[0] as Entry).value
  const ref = /^(\d+)[\0\t\n\f\r ]+(\d+)/.exec(text.slice(start, end))
  const object = ref ? xref.get(Number(ref[1])) : undefined
  const entry = object && ref && object.generation === Number(ref[2]) ? object : undefined
  const dictionary = entry ? dictionaryAt(text, entry.offset) : null
  return entry && dictionary ? { offset: entry.offset, entries: dictionary.entries } : null
}

/**
 * The bytes of each bookmark's /Title string, found as a reader finds them: the trailer's /Root, its
 * /Outlines, then /First and /Next down and along the tree (each item read once, however it links).
 */
function outlineTitles(text: string, trailer: readonly Entry[], xref: InUse): [number, number][] {
  const catalog = referenced(text, trailer, 'Root', xref)
  const root = catalog ? referenced(text, catalog.entries, 'Outlines', xref) : null
  const titles: [number, number][] = []
  const seen = new Set<number>()
  const walk = (first: ReturnType<typeof referenced>): void => {
    for (let item = first; item && !seen.has(item.offset); item = referenced(text, item.entries, 'Next', xref)) {
      seen.add(item.offset)
      for (const e of item.entries)
        if (e.key === 'Title' && (e.value.kind === 'string' || e.value.kind === 'hex')) titles.push([e.value.start, e.value.end])
      walk(referenced(text, item.entries, 'First', xref))
    }
  }
  if (root) walk(referenced(text, root.entries, 'First', xref))
  return titles
}

/** The one entry under `key`, or why there is not exactly one. */
function single(
  entries: readonly Entry[],
  key: string,
  where: string,
  missing: string
): { ok: true; value: Value } | { ok: false; problems: Problem[] } {
  const found = entries.filter((e) => e.key === key)
  if (found.length === 1) return { ok: true, value: (found[0] as Entry).value }
  if (found.length === 0) return { ok: false, problems: [{ path: where, reason: missing }] }
  return {
    ok: false,
    problems: [
      {
        path: `byte ${(found[1] as Entry).value.start}`,
        reason: `/${key} is given ${found.length} times in ${where}: which one is meant is ambiguous`
      }
    ]
  }
}

type Value = { kind: 'name' | 'string' | 'hex' | 'dict' | 'array' | 'ref' | 'other'; start: number; end: number }
type Entry = { key: string; value: Value }

// eslint-disable-next-line no-control-regex
const SPACE = /[\x00\x09\x0a\x0c\x0d\x20]/
// eslint-disable-next-line no-control-regex
const NAME = /\/[^\x00\x09\x0a\x0c\x0d\x20()<>[\]{}/%]*/y
// eslint-disable-next-line no-control-regex
const REF = /\d+[\x00\x09\x0a\x0c\x0d\x20]+\d+[\x00\x09\x0a\x0c\x0d\x20]+R(?![^\x00\x09\x0a\x0c\x0d\x20()<>[\]{}/%])/y
const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)/y
const KEYWORD = /[A-Za-z]+/y

/** Past white space and comments. */
function skipSpace(text: string, at: number): number {
  let i = at
  while (i < text.length) {
    const c = text[i] as string
    if (SPACE.test(c)) i++
    else if (c === '%') while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++
    else break
  }
  return i
}

/** The dictionary starting at `at` ("<<"): its entries in order, duplicates kept; null when it cannot be read. */
function readDictionary(text: string, at: number): { entries: Entry[]; end: number } | null {
  if (!text.startsWith('<<', at)) return null
  const entries: Entry[] = []
  let i = at + 2
  for (;;) {
    i = skipSpace(text, i)
    if (text.startsWith('>>', i)) return { entries, end: i + 2 }
    NAME.lastIndex = i
    const key = NAME.exec(text)
    if (!key) return null
    const value = readValue(text, skipSpace(text, i + key[0].length))
    if (!value) return null
    entries.push({ key: decodeName(key[0].slice(1)), value })
    i = value.end
  }
}

function readValue(text: string, at: number): Value | null {
  const c = text[at]
  const sticky = (re: RegExp): number | null => {
    re.lastIndex = at
    const m = re.exec(text)
    return m ? at + m[0].length : null
  }
  if (c === '/') {
    const end = sticky(NAME)
    return end === null ? null : { kind: 'name', start: at, end }
  }
  if (c === '(') {
    const end = literalEnd(text, at)
    return end === null ? null : { kind: 'string', start: at, end }
  }
  if (c === '<' && text[at + 1] === '<') {
    const dict = readDictionary(text, at)
    return dict ? { kind: 'dict', start: at, end: dict.end } : null
  }
  if (c === '<') {
    const end = text.indexOf('>', at)
    return end < 0 ? null : { kind: 'hex', start: at, end: end + 1 }
  }
  if (c === '[') {
    let i = skipSpace(text, at + 1)
    while (text[i] !== ']') {
      const item = readValue(text, i)
      if (!item) return null
      i = skipSpace(text, item.end)
    }
    return { kind: 'array', start: at, end: i + 1 }
  }
  const ref = sticky(REF)
  if (ref !== null) return { kind: 'ref', start: at, end: ref }
  const other = sticky(NUMBER) ?? sticky(KEYWORD)
  return other === null ? null : { kind: 'other', start: at, end: other }
}

/** The end (past ")") of the literal string starting at `at`: balanced parentheses, backslash escapes. */
function literalEnd(text: string, at: number): number | null {
  let depth = 0
  for (let i = at; i < text.length; i++) {
    const c = text[i]
    if (c === '\\') i++
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i + 1
  }
  return null
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }

/** A literal string's bytes, as PDF reads its body: escapes, a backslash before a line end, line ends as LF. */
function literalBytes(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/\\([0-7]{1,3}|\n|[\s\S])/g, (_, e: string) =>
      e === '\n' ? '' : /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8) & 0xff) : (ESCAPES[e] ?? e)
    )
}

/** A hex string's bytes (white space ignored, an odd last digit followed by 0). */
function hexBytes(body: string): string {
  const digits = body.replace(/[^0-9A-Fa-f]/g, '')
  const even = digits.length % 2 === 0 ? digits : `${digits}0`
  let out = ''
  for (let i = 0; i < even.length; i += 2) out += String.fromCharCode(parseInt(even.slice(i, i + 2), 16))
  return out
}

/** A PDF text string: UTF-16BE after its byte order mark, else PDFDocEncoding (which is ASCII for the markers). */
function textString(bytes: string): string {
  if (!bytes.startsWith('\xfe\xff')) return bytes
  let out = ''
  for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1))
  return out
}

function decodeName(raw: string): string {
  return raw.replace(/#([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}
