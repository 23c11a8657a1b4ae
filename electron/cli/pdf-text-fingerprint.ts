import { constants, inflateSync } from 'node:zlib'

const HEX64 = /^[0-9a-f]{64}$/

/**
 * Fallback for a report whose document properties were stripped: finds the fingerprint printed on
 * the page. Inflates the content streams, reads the ToUnicode maps, and decodes every `<hex> Tj`
 * run with each map until one reads as 64 hex digits. Only meant for reports this app wrote (one
 * text run per line, Identity-H fonts); anything else simply yields null.
 */
export function findPrintedFingerprint(pdf: Uint8Array): string | null {
  const streams = inflateStreams(pdf)
  const maps = streams.filter((s) => s.includes('beginbfchar')).map(parseToUnicode)
  if (maps.length === 0) return null
  let found: string | null = null
  for (const content of streams) {
    for (const match of content.matchAll(/<([0-9a-fA-F]+)>\s*Tj/g)) {
      const hex = match[1] as string
      if (hex.length !== 64 * 4) continue
      for (const map of maps) {
        const text = decode(hex, map)
        if (HEX64.test(text)) found = text
      }
    }
  }
  return found
}

function inflateStreams(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1')
  const out: string[] = []
  const re = /(?<!end)stream\r?\n/g
  let match: RegExpExecArray | null
  while ((match = re.exec(text)) !== null) {
    const start = match.index + match[0].length
    const end = text.indexOf('endstream', start)
    if (end < 0) break
    try {
      out.push(inflateSync(pdf.subarray(start, end), { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1'))
    } catch {
      // not a Flate stream (or not one we can read): skip it
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

function decode(hex: string, map: Map<string, string>): string {
  let text = ''
  for (let i = 0; i < hex.length; i += 4) text += map.get(hex.slice(i, i + 4).toLowerCase()) ?? '\uFFFD'
  return text
}
