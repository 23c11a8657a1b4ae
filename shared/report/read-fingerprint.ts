const MARKER = 'fingerprint:'
const HEX64 = /^[0-9a-f]{64}/

/**
 * The fingerprint a report names in its document properties (Keywords "fingerprint:<hex>"). jsPDF
 * writes the Info dictionary uncompressed, so this is a plain byte search: no PDF parser needed.
 * Takes the last occurrence, since an incremental save appends a newer Info dictionary. Also finds
 * it when another tool re-wrote the keywords as UTF-16 (every other byte zero). Null when absent.
 */
export function readReportFingerprint(pdf: Uint8Array): string | null {
  return lastMatch(latin1(pdf, 1)) ?? lastMatch(latin1(pdf, 2))
}

/** What the document properties of a report or packet name, every occurrence kept (they must agree). */
export type PdfMarkers = {
  /** Every "fingerprint:<hex>" in the file. */
  fingerprints: string[]
  /** "generated:<ISO 8601>": the exact generation time a report is re-rendered from. */
  generatedAt: string | null
  /** An audit packet's "manifest-sha256:<hex>", null for a report. */
  manifestHash: string | null
  /** "layout:<n>": the version of the report's wording and layout (REPORT_LAYOUT); null before it was recorded. */
  layout: number | null
}

export function readPdfMarkers(pdf: Uint8Array): PdfMarkers {
  // another program that rewrites the file (a PDF library, a document system) may escape ':' and ';'
  // in the Keywords string as octal (\072, \073): read those too, so a rewritten report is compared
  // page by page and told what changed, instead of "does not record its generation time"
  const text = unescapeLiterals(latin1(pdf, 1))
  const all = (re: RegExp): string[] => [...text.matchAll(re)].map((m) => m[1] as string)
  return {
    fingerprints: [...new Set(all(/(?<![-\w])fingerprint:([0-9a-f]{64})/g))],
    generatedAt: all(/generated:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z)/g).at(-1) ?? null,
    manifestHash: all(/manifest-sha256:([0-9a-f]{64})/g).at(-1) ?? null,
    layout: layoutOf(all(/generated:[0-9TZ:.-]+; layout:(\d{1,6})/g).at(-1))
  }
}

function layoutOf(found: string | undefined): number | null {
  return found === undefined ? null : Number(found)
}

/** PDF literal-string escapes (\ddd octal, \n, \( …) as the characters they stand for. */
function unescapeLiterals(text: string): string {
  if (!text.includes('\\')) return text
  const named: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }
  return text.replace(/\\([0-7]{1,3}|.)/gs, (_, e: string) =>
    /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8) & 0xff) : (named[e] ?? e)
  )
}

/** Bytes as text, keeping every `step`-th byte (2 drops the zero bytes of ASCII in UTF-16BE). */
function latin1(bytes: Uint8Array, step: 1 | 2): string {
  const parts: string[] = []
  const chunk = 0x8000
  for (let start = 0; start < bytes.length; start += chunk) {
    const slice = bytes.subarray(start, Math.min(bytes.length, start + chunk))
    const codes = step === 1 ? slice : slice.filter((b) => b !== 0)
    parts.push(String.fromCharCode(...codes))
  }
  return parts.join('')
}

function lastMatch(text: string): string | null {
  let at = text.lastIndexOf(MARKER)
  while (at >= 0) {
    const hex = HEX64.exec(text.slice(at + MARKER.length, at + MARKER.length + 64))
    if (hex) return hex[0]
    at = text.lastIndexOf(MARKER, at - 1)
  }
  return null
}
