import { readInfoKeywords } from '../integrity/pdf-info'
import type { Problem } from '../util/result'

/** What the document properties of a report or packet name (the Keywords this app writes, report-model/packet-model). */
export type PdfMarkers = {
  /** A report's "fingerprint:<hex>"; null for a packet. */
  fingerprint: string | null
  /** "generated:<ISO 8601>": the exact generation time a report is re-rendered from. */
  generatedAt: string | null
  /** An audit packet's "manifest-sha256:<hex>", null for a report. */
  manifestHash: string | null
  /** "layout:<n>": the version of the report's wording and layout (REPORT_LAYOUT); null before it was recorded. */
  layout: number | null
}

export type MarkerReading = { ok: true; markers: PdfMarkers } | { ok: false; problems: Problem[] }

/** Each marker this app writes in the Keywords, and the form of its value. */
const MARKERS = {
  document: /AL-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/,
  packet: /AP-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/,
  fingerprint: /[0-9a-f]{64}/,
  'manifest-sha256': /[0-9a-f]{64}/,
  generated: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z/,
  layout: /\d{1,6}/
} as const satisfies Record<string, RegExp>
type MarkerName = keyof typeof MARKERS
const NAMES = Object.keys(MARKERS) as MarkerName[]
// every marker name, found in one pass over the file (one pass a name took six times as long on a 500 kB packet)
const ANY_MARKER = new RegExp(`(${NAMES.map((n) => n.replace('-', '\\-')).join('|')}):`, 'g')

/**
 * The markers of a report or packet, read only from where this app writes them: the Keywords of the
 * document properties (pdf-info.ts finds them as a reader does). Refused, with where, when the Keywords
 * cannot be found, name a marker twice, name both a report's fingerprint and a packet's manifest, or give
 * a marker a malformed value; and when the file carries a marker anywhere else (a content stream, a
 * comment, another string or object) that differs from the Keywords' own: a reader of the file, or another
 * tool, could take that one instead. (The last occurrence anywhere used to win, so a "generated:…; layout:5"
 * planted in a comment chose the time the report was re-rendered at and turned a mismatch into "not proven".)
 */
export function readPdfMarkers(pdf: Uint8Array): MarkerReading {
  const text = latin1(pdf)
  const info = readInfoKeywords(text)
  if (!info.ok) return info
  const where = `the Keywords of the document properties (byte ${info.at[0]})`
  const problems: Problem[] = []
  const values = new Map<MarkerName, string>()
  for (const name of NAMES) {
    const found = [...info.keywords.matchAll(markerPattern(name, /[^;]*/))]
    if (found.length > 1)
      problems.push({ path: where, reason: `"${name}:" is given ${found.length} times: which one is meant is ambiguous` })
    const [match] = found
    if (found.length !== 1 || !match) continue
    const value = (match[1] as string).trim()
    // a marker is an item of its own ("…; fingerprint:<hex>; …"), never inside another item's words
    const own = /(^|;)\s*$/.test(info.keywords.slice(0, match.index))
    if (!own || !new RegExp(`^${MARKERS[name].source}$`).test(value))
      problems.push({ path: where, reason: `"${name}:${value.slice(0, 80)}" is not a marker this app writes` })
    else values.set(name, value)
  }
  if (values.has('fingerprint') && values.has('manifest-sha256'))
    problems.push({
      path: where,
      reason: 'they name both a report fingerprint and a packet manifest: which document this is, is ambiguous'
    })
  if (problems.length === 0 && !values.has('fingerprint') && !values.has('manifest-sha256'))
    problems.push({
      path: where,
      reason: 'they name no Arm\'s Length fingerprint ("fingerprint:") or packet manifest ("manifest-sha256:")'
    })
  problems.push(...markersElsewhere(text, [info.at, ...info.shown], values))
  if (problems.length > 0) return { ok: false, problems }
  const layout = values.get('layout')
  return {
    ok: true,
    markers: {
      fingerprint: values.get('fingerprint') ?? null,
      generatedAt: values.get('generated') ?? null,
      manifestHash: values.get('manifest-sha256') ?? null,
      layout: layout === undefined ? null : Number(layout)
    }
  }
}

/** The fingerprint a report names in its document properties, or null when it names none (or not readably). */
export function readReportFingerprint(pdf: Uint8Array): string | null {
  const read = readPdfMarkers(pdf)
  return read.ok ? read.markers.fingerprint : null
}

function markerPattern(name: MarkerName, value: RegExp): RegExp {
  return new RegExp(`(?<![-\\w])${name.replace('-', '\\-')}:(${value.source})`, 'g')
}

/**
 * Markers outside the Keywords string whose value the Keywords do not give: read as the bytes stand (with
 * their place), as PDF literal strings read them (octal escapes) and as UTF-16 text (another program's
 * properties). Compressed streams are not inflated: nothing reads markers from them, and what they draw is
 * compared page by page. Left out with the Keywords (`skipped`): the title, subject and author of the
 * document properties and the bookmark titles, which carry the data's own words: an engagement named
 * "Kfz hotline (layout:4)" made a genuine report, signed and frozen, that could never be verified. They are
 * no place a marker is read from, and verify compares each with the report re-rendered from the data
 * (verify-pages.ts, the properties and outline; pdf-normal-form.ts, every object), so words planted there
 * are a Mismatch. Comments, which that comparison leaves out, are still scanned.
 */
function markersElsewhere(text: string, skipped: readonly [number, number][], values: ReadonlyMap<MarkerName, string>): Problem[] {
  // one pass, in file order: a packet of many reports has thousands of bookmarks
  const parts: string[] = []
  let at = 0
  for (const [start, end] of [...skipped].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue
    parts.push(text.slice(at, start), ' '.repeat(end - start))
    at = end
  }
  const rest = `${parts.join('')}${text.slice(at)}`
  const views: { text: string; place: (at: number) => string }[] = [
    { text: rest, place: (at) => `byte ${at}` },
    { text: unescapeLiterals(rest), place: () => '(file)' },
    { text: rest.replace(/\0/g, ''), place: () => '(file)' }
  ]
  const problems: Problem[] = []
  const said = new Set<string>()
  for (const view of views) {
    for (const m of view.text.matchAll(ANY_MARKER)) {
      const name = m[1] as MarkerName
      if (/[-\w]/.test(view.text[m.index - 1] ?? '')) continue
      const value = new RegExp(`^(?:${MARKERS[name].source})`).exec(view.text.slice(m.index + m[0].length, m.index + m[0].length + 80))?.[0]
      if (value === undefined || values.get(name) === value || said.has(`${name}:${value}`)) continue
      said.add(`${name}:${value}`)
      const keywords = values.has(name) ? `the Keywords name "${name}:${values.get(name)}"` : 'the Keywords name none'
      problems.push({
        path: view.place(m.index),
        reason: `a second "${name}:" marker (${value}) outside the document properties' Keywords, where this app never writes one; ${keywords}`
      })
    }
  }
  return problems.slice(0, 10)
}

/** PDF literal-string escapes (\ddd octal, \n, \( …) as the characters they stand for. */
function unescapeLiterals(text: string): string {
  if (!text.includes('\\')) return text
  const named: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }
  return text.replace(/\\([0-7]{1,3}|.)/gs, (_, e: string) =>
    /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8) & 0xff) : (named[e] ?? e)
  )
}

/** Bytes as text, one character a byte. */
function latin1(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let start = 0; start < bytes.length; start += 0x8000) parts.push(String.fromCharCode(...bytes.subarray(start, start + 0x8000)))
  return parts.join('')
}
