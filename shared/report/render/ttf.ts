/**
 * A minimal TrueType reader: just what the report needs to measure text, map characters to glyphs,
 * subset the font and fill the PDF font descriptor. Parsed once per renderer and shared by every
 * document it renders (jsPDF would re-parse the whole font for each document).
 */
export type TableRef = { offset: number; length: number }

export type TtfFont = {
  bytes: Uint8Array
  view: DataView
  tables: ReadonlyMap<string, TableRef>
  unitsPerEm: number
  numGlyphs: number
  numberOfHMetrics: number
  /** Glyph offsets into glyf (numGlyphs + 1 entries). */
  loca: Uint32Array
  /** Glyph id for each BMP code unit; 0 means the font has no glyph for it. */
  glyphOf: Uint16Array
  /** Advance width in 1/1000 em for each BMP code unit (0 where there is no glyph). */
  advanceOf: Float32Array
  /** Glyph ids of code points beyond the BMP (emoji and the like), from a format 12 cmap. */
  astralGlyphOf: ReadonlyMap<number, number>
  /** Advance widths in font units, by glyph id. */
  advances: Uint16Array
  /** Values for the PDF FontDescriptor, already scaled to 1/1000 em. */
  descriptor: {
    bbox: [number, number, number, number]
    ascent: number
    descent: number
    capHeight: number
    italicAngle: number
    flags: number
  }
}

export function parseTtf(bytes: Uint8Array): TtfFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = view.getUint32(0)
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error('Not a TrueType font (glyf outlines required)')
  const tables = new Map<string, TableRef>()
  const count = view.getUint16(4)
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16
    const tag = String.fromCharCode(bytes[at] as number, bytes[at + 1] as number, bytes[at + 2] as number, bytes[at + 3] as number)
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) })
  }
  const table = (tag: string): TableRef => {
    const ref = tables.get(tag)
    if (!ref) throw new Error(`The font has no ${tag} table`)
    return ref
  }
  const head = table('head').offset
  const hhea = table('hhea').offset
  const unitsPerEm = view.getUint16(head + 18)
  const numGlyphs = view.getUint16(table('maxp').offset + 4)
  const numberOfHMetrics = view.getUint16(hhea + 34)
  const loca = readLoca(view, table('loca').offset, view.getInt16(head + 50), numGlyphs)
  const advances = readAdvances(view, table('hmtx').offset, numberOfHMetrics, numGlyphs)
  const astralGlyphOf = new Map<number, number>()
  const glyphOf = readCmap(view, table('cmap').offset, numGlyphs, astralGlyphOf)
  const scale = 1000 / unitsPerEm
  const advanceOf = new Float32Array(65536)
  for (let code = 0; code < 65536; code++) {
    const gid = glyphOf[code] as number
    if (gid !== 0) advanceOf[code] = (advances[gid] as number) * scale
  }
  return {
    bytes,
    view,
    tables,
    unitsPerEm,
    numGlyphs,
    numberOfHMetrics,
    loca,
    glyphOf,
    advanceOf,
    astralGlyphOf,
    advances,
    descriptor: descriptorOf(view, tables, head, hhea, scale)
  }
}

/** The glyph id of any code point (0 = the font has none). */
export function glyphOfCodePoint(font: TtfFont, codePoint: number): number {
  return codePoint <= 0xffff ? (font.glyphOf[codePoint] as number) : (font.astralGlyphOf.get(codePoint) ?? 0)
}

/** Advance of a code point in 1/1000 em (0 where the font has no glyph). */
export function advanceOfCodePoint(font: TtfFont, codePoint: number): number {
  if (codePoint <= 0xffff) return font.advanceOf[codePoint] as number
  const gid = font.astralGlyphOf.get(codePoint)
  return gid === undefined ? 0 : ((font.advances[gid] as number) * 1000) / font.unitsPerEm
}

/** Advance width of a glyph, in font units. */
export function glyphAdvance(font: TtfFont, gid: number): number {
  const hmtx = (font.tables.get('hmtx') as TableRef).offset
  const index = Math.min(gid, font.numberOfHMetrics - 1)
  return font.view.getUint16(hmtx + index * 4)
}

/** Left side bearing of a glyph, in font units. */
export function glyphLsb(font: TtfFont, gid: number): number {
  const hmtx = (font.tables.get('hmtx') as TableRef).offset
  if (gid < font.numberOfHMetrics) return font.view.getInt16(hmtx + gid * 4 + 2)
  return font.view.getInt16(hmtx + font.numberOfHMetrics * 4 + (gid - font.numberOfHMetrics) * 2)
}

function readLoca(view: DataView, at: number, format: number, numGlyphs: number): Uint32Array {
  const loca = new Uint32Array(numGlyphs + 1)
  for (let i = 0; i <= numGlyphs; i++) loca[i] = format === 0 ? view.getUint16(at + i * 2) * 2 : view.getUint32(at + i * 4)
  return loca
}

function readAdvances(view: DataView, at: number, numberOfHMetrics: number, numGlyphs: number): Uint16Array {
  const advances = new Uint16Array(numGlyphs)
  let last = 0
  for (let i = 0; i < numGlyphs; i++) {
    if (i < numberOfHMetrics) last = view.getUint16(at + i * 4)
    advances[i] = last
  }
  return advances
}

/** Reads the Unicode BMP mapping from a (3,1) or (0,x) format 4 subtable, or a (3,10) format 12 one. */
function readCmap(view: DataView, at: number, numGlyphs: number, astral: Map<number, number>): Uint16Array {
  const glyphOf = new Uint16Array(65536)
  const count = view.getUint16(at + 2)
  let best = -1
  let bestRank = 0
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(at + 4 + i * 8)
    const encoding = view.getUint16(at + 6 + i * 8)
    const offset = at + view.getUint32(at + 8 + i * 8)
    const format = view.getUint16(offset)
    const rank =
      format === 12 && platform === 3 && encoding === 10
        ? 3
        : format === 4 && platform === 3 && encoding === 1
          ? 2
          : format === 4 && platform === 0
            ? 1
            : 0
    if (rank > bestRank) {
      best = offset
      bestRank = rank
    }
  }
  if (best < 0) throw new Error('The font has no Unicode cmap')
  if (view.getUint16(best) === 12) readFormat12(view, best, glyphOf, numGlyphs, astral)
  else readFormat4(view, best, glyphOf, numGlyphs)
  return glyphOf
}

function readFormat4(view: DataView, at: number, glyphOf: Uint16Array, numGlyphs: number): void {
  const segCount = view.getUint16(at + 6) / 2
  const ends = at + 14
  const starts = ends + segCount * 2 + 2
  const deltas = starts + segCount * 2
  const rangeOffsets = deltas + segCount * 2
  for (let s = 0; s < segCount; s++) {
    const end = view.getUint16(ends + s * 2)
    const start = view.getUint16(starts + s * 2)
    const delta = view.getInt16(deltas + s * 2)
    const rangeOffset = view.getUint16(rangeOffsets + s * 2)
    for (let code = start; code <= end && code < 0xffff; code++) {
      let gid: number
      if (rangeOffset === 0) gid = (code + delta) & 0xffff
      else {
        const glyphAt = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2
        const raw = view.getUint16(glyphAt)
        gid = raw === 0 ? 0 : (raw + delta) & 0xffff
      }
      if (gid < numGlyphs) glyphOf[code] = gid
    }
  }
}

function readFormat12(view: DataView, at: number, glyphOf: Uint16Array, numGlyphs: number, astral: Map<number, number>): void {
  const groups = view.getUint32(at + 12)
  for (let g = 0; g < groups; g++) {
    const start = view.getUint32(at + 16 + g * 12)
    const end = Math.min(view.getUint32(at + 20 + g * 12), 0x10ffff)
    const first = view.getUint32(at + 24 + g * 12)
    for (let code = start; code <= end; code++) {
      const gid = first + code - start
      if (gid >= numGlyphs || code === 0xffff) continue
      if (code < 0xffff) glyphOf[code] = gid
      else astral.set(code, gid)
    }
  }
}

function descriptorOf(
  view: DataView,
  tables: ReadonlyMap<string, TableRef>,
  head: number,
  hhea: number,
  scale: number
): TtfFont['descriptor'] {
  const bbox: [number, number, number, number] = [
    Math.round(view.getInt16(head + 36) * scale),
    Math.round(view.getInt16(head + 38) * scale),
    Math.round(view.getInt16(head + 40) * scale),
    Math.round(view.getInt16(head + 42) * scale)
  ]
  const os2 = tables.get('OS/2')
  const post = tables.get('post')
  let ascent = view.getInt16(hhea + 4)
  let descent = view.getInt16(hhea + 6)
  let capHeight = ascent
  if (os2) {
    ascent = view.getInt16(os2.offset + 68)
    descent = view.getInt16(os2.offset + 70)
    capHeight = view.getUint16(os2.offset) >= 2 ? view.getInt16(os2.offset + 88) : ascent
  }
  const italicAngle = post ? view.getInt32(post.offset + 4) / 65536 : 0
  const fixedPitch = post ? view.getUint32(post.offset + 12) !== 0 : false
  // 32 = nonsymbolic (the font uses the standard Latin character set); 1 = fixed pitch; 64 = italic
  const flags = 32 | (fixedPitch ? 1 : 0) | (italicAngle !== 0 ? 64 : 0)
  return {
    bbox,
    ascent: Math.round(ascent * scale),
    descent: Math.round(descent * scale),
    capHeight: Math.round(capHeight * scale),
    italicAngle,
    flags
  }
}
