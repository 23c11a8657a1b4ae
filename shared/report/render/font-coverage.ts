/**
 * What to do with characters the embedded font cannot draw. A PDF text run whose glyph is missing
 * is silently dropped by most writers (jsPDF even stops the whole run at the first one), which would
 * turn "东方 Services" into " Services" in a legal document. Instead every such character becomes a
 * visible marker such as "[U+4E1C]" that a reader can look up, and nothing is lost without trace.
 */

/** The visible stand-in for a code point the font lacks. */
export function missingGlyphMarker(codePoint: number): string {
  return `[U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}]`
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/

/**
 * Right-to-left scripts (Hebrew, Arabic and its presentation forms). DejaVu has many of their glyphs,
 * but the report draws text left to right without shaping, so such names would print reversed and
 * unjoined: misleading rather than missing. They are marked like any other character it cannot show.
 */
function isRightToLeft(code: number): boolean {
  return (code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)
}

/**
 * Returns the text with every code point the font does not cover replaced by its marker.
 * `glyphOf` maps BMP code units to glyph ids (0 = missing). Tabs and line breaks become spaces
 * (callers split paragraphs first); other control characters and anything beyond the BMP, which
 * the PDF text encoding used here cannot carry, are marked.
 */
export function coverText(text: string, glyphOf: Uint16Array): string {
  if (PLAIN_ASCII.test(text)) return text
  const normalized = text.normalize('NFC')
  let out = ''
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.charCodeAt(i)
    if (code === 9 || code === 10 || code === 13) {
      out += ' '
      continue
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = normalized.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += missingGlyphMarker(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000)
        i++
        continue
      }
    }
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f)
    const surrogate = code >= 0xd800 && code <= 0xdfff
    out += control || surrogate || glyphOf[code] === 0 || isRightToLeft(code) ? missingGlyphMarker(code) : normalized[i]
  }
  return out
}

/**
 * Text for places the viewer draws with its own fonts (document properties, bookmarks): any BMP
 * character is fine there, but jsPDF's UTF-16 writer cannot encode code points beyond the BMP.
 */
export function metadataText(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) as number
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f)
    if (code > 0xffff || (code >= 0xd800 && code <= 0xdfff)) out += missingGlyphMarker(code)
    else out += control ? ' ' : ch
  }
  return out
}

/**
 * Whether any text would need a marker in any of the fonts: the report then says what the markers
 * mean. One pass for all the fonts, since the text is a whole report model.
 */
export function needsMarkers(text: string, glyphTables: readonly Uint16Array[]): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x7f) continue
    if ((code >= 0xd800 && code <= 0xdfff) || code <= 0x9f || isRightToLeft(code)) return true
    for (const glyphOf of glyphTables) if (glyphOf[code] === 0) return true
  }
  return false
}
