/**
 * What to do with characters no embedded face can draw. A PDF text run whose glyph is missing is
 * silently dropped by most writers, which would turn "东方 Services" into " Services" in a legal
 * document. The report's faces cover Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Thai,
 * Chinese, Japanese, Korean and emoji (font-set.ts); anything else becomes a visible marker such as
 * "[U+1F9FF]" that a reader can look up, so nothing is lost without trace.
 */

/** The visible stand-in for a code point no face has. */
export function missingGlyphMarker(codePoint: number): string {
  return `[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/

/** Whether some face draws a code point (format controls count as drawn: they are simply not shown). */
export type Coverage = (codePoint: number) => boolean

/**
 * Returns the text with every code point no face covers replaced by its marker. Tabs and line
 * breaks become spaces (callers split paragraphs first); other control characters and unpaired
 * surrogates are marked.
 */
export function coverText(text: string, covered: Coverage): string {
  if (PLAIN_ASCII.test(text)) return text
  const normalized = text.normalize('NFC')
  // most text beyond ASCII ("Łódź", typographic quotes) is drawn as it is: then it is not rebuilt
  if (isDrawnAsIs(normalized, covered)) return normalized
  let out = ''
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.codePointAt(i) as number
    const width = code > 0xffff ? 2 : 1
    if (code === 9 || code === 10 || code === 13) out += ' '
    else {
      const control = code < 0x20 || (code >= 0x7f && code <= 0x9f)
      const surrogate = code >= 0xd800 && code <= 0xdfff
      out += control || surrogate || !covered(code) ? missingGlyphMarker(code) : normalized.slice(i, i + width)
    }
    i += width - 1
  }
  return out
}

/** Whether coverText would give the text back unchanged: no line break, tab, control, unpaired surrogate or uncovered code point. */
function isDrawnAsIs(text: string, covered: Coverage): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) as number
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff)) return false
    if (!covered(code)) return false
    if (code > 0xffff) i++
  }
  return true
}

/**
 * Text for places the viewer draws with its own fonts (document properties, bookmarks): every
 * character is kept (jsPDF writes them as UTF-16), control characters become spaces and an
 * unpaired surrogate, which UTF-16 cannot carry, is marked.
 */
export function metadataText(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) as number
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f)
    if (code >= 0xd800 && code <= 0xdfff) out += missingGlyphMarker(code)
    else out += control ? ' ' : ch
  }
  return out
}

/**
 * Whether any text would need a marker: the report then says what the markers mean. One pass over
 * a whole report model, each distinct character checked once.
 */
export function needsMarkers(text: string, covered: Coverage): boolean {
  const seen = new Set<number>()
  // the regular expression skips the ASCII most of a report is made of far faster than a loop can
  // eslint-disable-next-line no-control-regex -- the range starts at NUL on purpose: every ASCII unit is skipped
  const beyondAscii = /[^\x00-\x7e]/g
  for (let m = beyondAscii.exec(text); m !== null; m = beyondAscii.exec(text)) {
    const code = text.codePointAt(m.index) as number
    if (code > 0xffff) beyondAscii.lastIndex++
    if (seen.has(code)) continue
    seen.add(code)
    if ((code >= 0xd800 && code <= 0xdfff) || code <= 0x9f || !covered(code)) return true
  }
  return false
}

/**
 * needsMarkers over JSON.stringify(value), without building that text: the strings of the value (and
 * the keys of what JSON keeps) are read one by one, as the JSON text would show them. JSON writes
 * control characters below U+0020 and unpaired surrogates as \u escapes, which are ASCII, so those
 * never count here either. `checked` holds strings found to need no marker, for the next value: a
 * packet's reports repeat the same bank texts, which are then skipped by the hash their string carries.
 */
export function valueNeedsMarkers(value: unknown, covered: Coverage, checked: Set<string>): boolean {
  const seen = new Set<number>()
  const text = (s: string): boolean => {
    // most strings are ASCII, which the regular expression skips far faster than a loop or a hash
    if (!BEYOND_ASCII.test(s) || checked.has(s)) return false
    if (jsonTextNeedsMarkers(s, covered, seen)) return true
    checked.add(s)
    return false
  }
  const visit = (v: unknown): boolean => {
    if (typeof v === 'string') return text(v)
    if (typeof v !== 'object' || v === null) return false
    const json = (v as { toJSON?: unknown }).toJSON
    if (typeof json === 'function') return visit((json as () => unknown).call(v))
    if (Array.isArray(v)) return v.some(visit)
    for (const key of Object.keys(v)) {
      const item = (v as Record<string, unknown>)[key]
      // JSON leaves out a property whose value it cannot write, and its key with it
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue
      if (text(key) || visit(item)) return true
    }
    return false
  }
  return visit(value)
}

// eslint-disable-next-line no-control-regex -- the range starts at NUL on purpose: every ASCII unit is skipped
const BEYOND_ASCII = /[^\x00-\x7e]/

/** needsMarkers for one string as JSON writes it: control characters and unpaired surrogates escaped. */
function jsonTextNeedsMarkers(text: string, covered: Coverage, seen: Set<number>): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit <= 0x7e) continue
    let code = unit
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = text.charCodeAt(i + 1)
      // an unpaired surrogate: JSON writes it as an escape
      if (unit >= 0xdc00 || !(next >= 0xdc00 && next <= 0xdfff)) continue
      code = text.codePointAt(i) as number
      i++
    }
    if (seen.has(code)) continue
    seen.add(code)
    if (code <= 0x9f || !covered(code)) return true
  }
  return false
}
