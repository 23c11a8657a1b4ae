import { glyphAdvance, glyphLsb, glyphOfCodePoint, type TableRef, type TtfFont } from './ttf'

/** One byte of a PDF literal string: the delimiters, the escape and CR must be escaped. */
function literalByte(byte: number): string {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`
  if (byte === 0x0d) return '\\r'
  return String.fromCharCode(byte)
}

/** pairOfCode's marks: a code not drawn yet, and one whose bytes need escaping. */
const NO_PAIR = -1
const ESCAPED = -2

/** Texts remembered encoded per subset: far above the distinct lines of one packet piece. */
const MAX_ENCODED = 50_000
/** How many char codes go into one fromCharCode call. */
const ARGUMENT_SLICE = 0x2000

/**
 * What a drawn code point stands for in extracted text: Arabic presentation forms (the joined
 * shapes the shaper draws) stand for their base letters, so copying gives back what was typed.
 * A lam-alef ligature stands for two letters; it is always drawn right to left, and readers
 * (pdf.js, poppler) reverse a right-to-left run including the letters of a ligature, so they are
 * given in drawing order ("alef lam") to read back as typed ("lam alef").
 */
function logicalText(code: number): string {
  const ch = String.fromCodePoint(code)
  const presentation = (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)
  if (!presentation) return ch
  const letters = ch.normalize('NFKC')
  return letters.length > 1 && code >= 0xfef5 && code <= 0xfefc ? Array.from(letters).reverse().join('') : letters
}

/**
 * The glyphs one document uses, renumbered from 1 in order of first use (0 stays .notdef). The PDF
 * text is written in these new ids (Identity-H with an identity CIDToGIDMap), so the embedded font
 * holds only those glyphs: a true subset of a few dozen KB instead of the full 750 KB face.
 */
export class GlyphSubset {
  /** Old glyph id for each new id. */
  readonly order: number[] = [0]
  /** BMP code point for each new id that stands for one (for the subset's own cmap). */
  readonly toUnicode: Record<number, number> = {}
  /** The text each new id stands for, in logical order (for the PDF's ToUnicode map). */
  readonly unicodeText = new Map<number, string>()
  private readonly newIdOf: Int32Array
  /**
   * The two bytes of each BMP code unit's new id as one number (high << 8 | low), NO_PAIR until the
   * code is first drawn, ESCAPED when a byte needs a backslash (then bytesOfEscaped): a typed array,
   * since a sparse array of strings indexed up to 0xFFFF falls back to a dictionary lookup per character.
   */
  private readonly pairOfCode = new Int32Array(0x10000).fill(NO_PAIR)
  private readonly bytesOfEscaped = new Map<number, string>()
  private readonly bytesOfAstral = new Map<number, string>()
  /** Encoded text by text, for this document (see encode). */
  private readonly encoded = new Map<string, string>()
  /** Encoded text by text, for the texts drawn whole in this face (see encodeWhole). */
  private readonly encodedWhole = new Map<string, string>()

  constructor(readonly font: TtfFont) {
    this.newIdOf = new Int32Array(font.numGlyphs).fill(-1)
    this.newIdOf[0] = 0
  }

  /**
   * The body of a PDF literal string, "(…)", holding the new glyph ids of already covered text
   * (see coverText) as two bytes each: half the size of the usual hex form, which the content
   * streams are mostly made of, so there is less to build and to deflate. A text drawn again (a
   * bank's question in every report of a packet piece, a label on every page) is looked up, not
   * encoded again: its glyphs already have their ids, so the bytes are the same.
   */
  encode(text: string): string {
    return this.encodeIn(this.encoded, text)
  }

  /**
   * encode, for a text PdfCanvas draws whole in this face because every character of it is the
   * primary face's (FontSet.isPrimaryOnly): remembered apart from encode's texts, so that finding it
   * with wholeEncoding also answers that check, without reading the text again.
   */
  encodeWhole(text: string): string {
    return this.encodeIn(this.encodedWhole, text)
  }

  /** The bytes of a text encodeWhole was given in this document, if still remembered. */
  wholeEncoding(text: string): string | undefined {
    return this.encodedWhole.get(text)
  }

  private encodeIn(memo: Map<string, string>, text: string): string {
    const known = memo.get(text)
    if (known !== undefined) return known
    if (memo.size >= MAX_ENCODED) memo.clear()
    const bytes = this.encodeAnew(text)
    memo.set(text, bytes)
    return bytes
  }

  private encodeAnew(text: string): string {
    // char codes collected in a plain array and made into one flat string: appending two-byte pieces
    // makes a rope of small strings per run, which a 4,500-page packet pays for in GC; and V8 spreads
    // a plain array into fromCharCode about twice as fast as a typed array's view
    const codes: number[] = []
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      const pair = this.pairOfCode[code] as number
      if (pair >= 0) {
        codes.push(pair >> 8, pair & 0xff)
        continue
      }
      let bytes: string
      const point = text.codePointAt(i) as number
      if (point > 0xffff) {
        i++
        bytes = this.bytesOfAstral.get(point) ?? this.addCode(point)
      } else if (pair === ESCAPED) bytes = this.bytesOfEscaped.get(code) as string
      else bytes = this.addCode(point)
      for (let b = 0; b < bytes.length; b++) codes.push(bytes.charCodeAt(b))
    }
    // fromCharCode takes its codes as arguments: long texts go in slices far below any engine's limit
    if (codes.length <= ARGUMENT_SLICE) return String.fromCharCode.apply(null, codes)
    const parts: string[] = []
    for (let at = 0; at < codes.length; at += ARGUMENT_SLICE)
      parts.push(String.fromCharCode.apply(null, codes.slice(at, at + ARGUMENT_SLICE)))
    return parts.join('')
  }

  /** Width array for the PDF /W entry: [newId [width] …] in 1/1000 em. */
  widths(): (number | number[])[] {
    const out: (number | number[])[] = []
    for (let id = 0; id < this.order.length; id++) out.push(id, [Math.round(this.widthOfNewId(id))])
    return out
  }

  /** Advance of a glyph, by new id, in 1/1000 em. */
  widthOfNewId(id: number): number {
    return (glyphAdvance(this.font, this.order[id] ?? 0) * 1000) / this.font.unitsPerEm
  }

  private addCode(code: number): string {
    const id = this.idFor(glyphOfCodePoint(this.font, code))
    if (code <= 0xffff) this.toUnicode[id] ??= code
    if (!this.unicodeText.has(id)) this.unicodeText.set(id, logicalText(code))
    const bytes = literalByte(id >> 8) + literalByte(id & 0xff)
    if (code > 0xffff) this.bytesOfAstral.set(code, bytes)
    else if (bytes.length === 2) this.pairOfCode[code] = (id >> 8) * 0x100 + (id & 0xff)
    else {
      this.pairOfCode[code] = ESCAPED
      this.bytesOfEscaped.set(code, bytes)
    }
    return bytes
  }

  idFor(oldId: number): number {
    const known = this.newIdOf[oldId] as number
    if (known >= 0) return known
    const id = this.order.length
    this.order.push(oldId)
    this.newIdOf[oldId] = id
    return id
  }

  /** The subset font program (TrueType), glyphs renumbered as in `order`. */
  toTrueType(): Uint8Array {
    const glyf = this.buildGlyf()
    const count = this.order.length
    const tables = new Map<string, Uint8Array>()
    tables.set('glyf', glyf.data)
    tables.set('loca', glyf.loca)
    tables.set('hmtx', this.buildHmtx())
    tables.set('cmap', this.buildCmap())
    const head = this.copy('head')
    new DataView(head.buffer).setUint32(8, 0) // checkSumAdjustment: not needed inside a PDF
    new DataView(head.buffer).setInt16(50, 1) // long loca offsets
    tables.set('head', head)
    const hhea = this.copy('hhea')
    new DataView(hhea.buffer).setUint16(34, count)
    tables.set('hhea', hhea)
    const maxp = this.copy('maxp')
    new DataView(maxp.buffer).setUint16(4, count)
    tables.set('maxp', maxp)
    // post version 3: no glyph names (60 KB in DejaVu); PDF viewers never need them
    const post = this.copy('post').slice(0, 32)
    new DataView(post.buffer).setUint32(0, 0x00030000)
    tables.set('post', post)
    for (const tag of ['OS/2', 'name', 'cvt ', 'fpgm', 'prep']) {
      if (this.font.tables.has(tag)) tables.set(tag, this.copy(tag))
    }
    return assemble(tables)
  }

  private copy(tag: string): Uint8Array {
    const ref = this.font.tables.get(tag) as TableRef
    return this.font.bytes.slice(ref.offset, ref.offset + ref.length)
  }

  private buildGlyf(): { data: Uint8Array; loca: Uint8Array } {
    const { font } = this
    const glyfAt = (font.tables.get('glyf') as TableRef).offset
    const parts: Uint8Array[] = []
    // the order grows while compound glyphs pull in their components, so iterate by index
    for (let id = 0; id < this.order.length; id++) {
      const old = this.order[id] as number
      const start = font.loca[old] as number
      const end = font.loca[old + 1] as number
      if (end <= start) {
        parts.push(new Uint8Array(0))
        continue
      }
      const glyph = font.bytes.slice(glyfAt + start, glyfAt + end)
      if (new DataView(glyph.buffer).getInt16(0) < 0) this.remapComponents(glyph)
      parts.push(glyph)
    }
    let size = 0
    for (const p of parts) size += (p.length + 3) & ~3
    const data = new Uint8Array(size)
    const loca = new Uint8Array((parts.length + 1) * 4)
    const locaView = new DataView(loca.buffer)
    let at = 0
    parts.forEach((p, i) => {
      locaView.setUint32(i * 4, at)
      data.set(p, at)
      at += (p.length + 3) & ~3
    })
    locaView.setUint32(parts.length * 4, at)
    return { data, loca }
  }

  /** Rewrites the component glyph ids of a compound glyph to new ids (adding them to the subset). */
  private remapComponents(glyph: Uint8Array): void {
    const view = new DataView(glyph.buffer)
    let at = 10
    for (;;) {
      const flags = view.getUint16(at)
      view.setUint16(at + 2, this.idFor(view.getUint16(at + 2)))
      at += 4 + (flags & 0x0001 ? 4 : 2)
      if (flags & 0x0008) at += 2
      else if (flags & 0x0040) at += 4
      else if (flags & 0x0080) at += 8
      if (!(flags & 0x0020)) break
    }
  }

  private buildHmtx(): Uint8Array {
    const out = new Uint8Array(this.order.length * 4)
    const view = new DataView(out.buffer)
    this.order.forEach((old, id) => {
      view.setUint16(id * 4, glyphAdvance(this.font, old))
      view.setInt16(id * 4 + 2, glyphLsb(this.font, old))
    })
    return out
  }

  /** A (3,1) format 4 cmap of the characters used, one segment each, so any viewer can map them. */
  private buildCmap(): Uint8Array {
    const codes = Object.keys(this.toUnicode)
      .map(Number)
      .map((id) => [this.toUnicode[id] as number, id] as const)
      .sort((a, b) => a[0] - b[0])
    const segments = [...codes, [0xffff, 0] as const]
    const segCount = segments.length
    const length = 16 + segCount * 8
    const out = new Uint8Array(12 + length)
    const v = new DataView(out.buffer)
    v.setUint16(2, 1) // one encoding record
    v.setUint16(4, 3)
    v.setUint16(6, 1)
    v.setUint32(8, 12)
    const t = 12
    v.setUint16(t, 4)
    v.setUint16(t + 2, length)
    v.setUint16(t + 6, segCount * 2)
    const pow = 2 ** Math.floor(Math.log2(segCount))
    v.setUint16(t + 8, pow * 2)
    v.setUint16(t + 10, Math.log2(pow))
    v.setUint16(t + 12, segCount * 2 - pow * 2)
    segments.forEach(([code, id], s) => {
      v.setUint16(t + 14 + s * 2, code)
      v.setUint16(t + 16 + segCount * 2 + s * 2, code)
      // code 0xFFFF maps to glyph 1 under delta 1, which is the required terminator convention
      v.setUint16(t + 16 + segCount * 4 + s * 2, code === 0xffff ? 1 : (id - code) & 0xffff)
    })
    return out
  }
}

/** Builds the sfnt file: directory sorted by tag, tables 4-byte aligned, checksums filled in. */
function assemble(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort()
  const headerSize = 12 + tags.length * 16
  let size = headerSize
  for (const tag of tags) size += ((tables.get(tag) as Uint8Array).length + 3) & ~3
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  const pow = 2 ** Math.floor(Math.log2(tags.length))
  view.setUint32(0, 0x00010000)
  view.setUint16(4, tags.length)
  view.setUint16(6, pow * 16)
  view.setUint16(8, Math.log2(pow))
  view.setUint16(10, tags.length * 16 - pow * 16)
  let at = headerSize
  tags.forEach((tag, i) => {
    const data = tables.get(tag) as Uint8Array
    out.set(data, at)
    const record = 12 + i * 16
    for (let c = 0; c < 4; c++) out[record + c] = tag.charCodeAt(c)
    view.setUint32(record + 4, checksum(view, at, data.length))
    view.setUint32(record + 8, at)
    view.setUint32(record + 12, data.length)
    at += (data.length + 3) & ~3
  })
  return out
}

function checksum(view: DataView, at: number, length: number): number {
  let sum = 0
  const end = at + ((length + 3) & ~3)
  for (let i = at; i < end; i += 4) sum = (sum + view.getUint32(i)) >>> 0
  return sum
}
