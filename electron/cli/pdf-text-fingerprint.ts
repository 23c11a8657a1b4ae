import { constants, inflateSync } from 'node:zlib'
import { MAX_STREAM_INFLATED_BYTES, inflatedBudget } from './inflate-limits'

const HEX64 = /^[0-9a-f]{64}$/

/**
 * Fallback for a report whose document properties were stripped: finds the fingerprint printed on
 * the page. Inflates the content streams, reads the ToUnicode maps, and decodes every `Tj`
 * text run with each map until one reads as 64 hex digits. Only meant for reports this app wrote (one
 * text run per line, Identity-H fonts); anything else simply yields null.
 */
export function findPrintedFingerprint(pdf: Uint8Array): string | null {
  const streams = inflateStreams(pdf)
  const maps = streams.filter((s) => s.includes('beginbfchar')).map(parseToUnicode)
  if (maps.length === 0) return null
  let found: string | null = null
  for (const content of streams) {
    for (const codes of textRuns(content)) {
      if (codes.length !== 64 * 2) continue
      for (const map of maps) {
        const text = decode(codes, map)
        if (HEX64.test(text)) found = text
      }
    }
  }
  return found
}

/** The byte strings shown by `Tj`, whether written as <hex> or as (literal) strings. */
function* textRuns(content: string): Generator<string> {
  for (const m of content.matchAll(/<([0-9a-fA-F]+)>\s*Tj|\(((?:[^\\)]|\\[\s\S])*)\)\s*Tj/g)) {
    if (m[1] !== undefined) yield Buffer.from(m[1], 'hex').toString('latin1')
    else yield unescapeLiteral(m[2] ?? '')
  }
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }

function unescapeLiteral(body: string): string {
  return body.replace(/\\([0-7]{1,3}|[\s\S])/g, (_, e: string) =>
    /^[0-7]/.test(e) ? String.fromCharCode(Number.parseInt(e, 8)) : (ESCAPES[e] ?? e)
  )
}

function inflateStreams(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1')
  const out: string[] = []
  let left = inflatedBudget(pdf.byteLength)
  const re = /(?<!end)stream\r?\n/g
  let match: RegExpExecArray | null
  while ((match = re.exec(text)) !== null) {
    const start = match.index + match[0].length
    const end = text.indexOf('endstream', start)
    if (end < 0) break
    let inflated: Buffer | null = null
    try {
      const limit = Math.min(MAX_STREAM_INFLATED_BYTES, left)
      inflated = inflateSync(pdf.subarray(start, end), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: limit })
    } catch (error) {
      // past the limits: not a report of this app, so the fallback has nothing to find (and stops reading)
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return []
      // not a Flate stream (or not one we can read): skip it
    }
    if (inflated) {
      left -= inflated.byteLength
      out.push(inflated.toString('latin1'))
    }
    re.lastIndex = end
  }
  return out
}

function parseToUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const m of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]{4})>/g)) {
    map.set((m[1] as string).toLowerCase(), String.fromCharCode(Number.parseInt(m[2] as string, 16)))
  }
  return map
}

/** Two bytes per glyph (Identity-H) looked up in a ToUnicode map. */
function decode(codes: string, map: Map<string, string>): string {
  let text = ''
  for (let i = 0; i < codes.length; i += 2) {
    const cid = (codes.charCodeAt(i) << 8) | codes.charCodeAt(i + 1)
    text += map.get(cid.toString(16).padStart(4, '0')) ?? '\uFFFD'
  }
  return text
}
