import { decodeBase64 } from './base64'
import { parseTtf, glyphOfCodePoint, type TtfFont } from './ttf'
import { PORTABLE_DEFLATE, type StreamDeflate } from './stream-deflate'

export type Weight = 'regular' | 'bold'

/** The scripts DejaVu Sans does not draw (or not well enough), each with a fallback face. */
export type FallbackSlot = 'arabic' | 'hebrew' | 'devanagari' | 'thai' | 'cjk' | 'hangul' | 'emoji'

/** Font bytes as base64 (or a data URL), raw bytes, or a function giving either when first needed. */
export type FontSource = string | Uint8Array | (() => string | Uint8Array)

export type FallbackSources = { regular: FontSource; bold?: FontSource }

/**
 * The report's faces: DejaVu Sans for Latin, Greek and Cyrillic, plus optional fallbacks per script.
 * A fallback is parsed only when a document contains its script, so a report in Latin script costs
 * nothing extra, and a host may read the file only then (a function source). A Node host passes the
 * primary faces' bytes as read, a browser base64 (decoding 1.5 MB of base64 cost a cold first report 20 ms).
 */
export type ReportFonts = {
  regular: string | Uint8Array
  bold: string | Uint8Array
  fallbacks?: Partial<Readonly<Record<FallbackSlot, FallbackSources>>>
}

/** The files in assets/fonts each slot comes from (hosts read them; licences beside them). */
export const FALLBACK_FILES: Readonly<Record<FallbackSlot, { regular: string; bold?: string }>> = {
  arabic: { regular: 'NotoSansArabic-Regular.ttf', bold: 'NotoSansArabic-Bold.ttf' },
  hebrew: { regular: 'NotoSansHebrew-Regular.ttf', bold: 'NotoSansHebrew-Bold.ttf' },
  devanagari: { regular: 'NotoSansDevanagari-Regular.ttf', bold: 'NotoSansDevanagari-Bold.ttf' },
  thai: { regular: 'NotoSansThai-Regular.ttf', bold: 'NotoSansThai-Bold.ttf' },
  // one light face for Chinese and Japanese (4 MB, TrueType outlines our subsetter reads) instead of
  // the CFF-based Noto CJK collections (20 MB each); it has no Hangul syllables, hence Nanum Gothic
  cjk: { regular: 'DroidSansFallbackFull.ttf' },
  hangul: { regular: 'NanumGothic.ttf' },
  emoji: { regular: 'NotoEmoji-Regular.ttf' }
}

export const FALLBACK_SLOTS = Object.keys(FALLBACK_FILES) as FallbackSlot[]

/** A face parsed once per renderer; `id` is unique per renderer and names the face in each PDF. */
export type PreparedFace = { id: string; postScriptName: string; font: TtfFont }

/** The script slot a code point belongs to, or null for what DejaVu is expected to draw. */
export function slotOf(cp: number): FallbackSlot | null {
  if (cp < 0x0590) return null
  if (cp <= 0x05ff || (cp >= 0xfb1d && cp <= 0xfb4f)) return 'hebrew'
  if (
    cp <= 0x06ff ||
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0x08a0 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefe)
  )
    return 'arabic'
  if ((cp >= 0x0900 && cp <= 0x097f) || (cp >= 0xa8e0 && cp <= 0xa8ff)) return 'devanagari'
  if (cp >= 0x0e00 && cp <= 0x0e7f) return 'thai'
  if ((cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xac00 && cp <= 0xd7ff))
    return 'hangul'
  if (
    (cp >= 0x2e80 && cp <= 0x2fdf) ||
    (cp >= 0x3000 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  )
    return 'cjk'
  if ((cp >= 0x2190 && cp <= 0x2bff) || (cp >= 0x1f000 && cp <= 0x1faff)) return 'emoji'
  return null
}

/** Scripts drawn in their own face even where DejaVu has a glyph: they need their shapes joined or ordered. */
const ALWAYS_OWN_FACE: ReadonlySet<FallbackSlot> = new Set(['arabic', 'hebrew', 'devanagari', 'thai'])

/**
 * Invisible formatting characters: bidi controls, joiners, variation selectors. They steer shaping
 * and direction but are never drawn, so they never reach the text layer either.
 */
export function isFormatControl(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff
  )
}

/**
 * The bytes of a font in a buffer of their own: the subsetter reads tables through `bytes.buffer`
 * and copies with `slice`, which on a Node Buffer is a view into a shared pool, not a copy.
 */
function bytesOf(source: FontSource): Uint8Array {
  const value = typeof source === 'function' ? source() : source
  return typeof value === 'string' ? decodeBase64(value) : new Uint8Array(value)
}

/**
 * Which face draws each character. DejaVu first, except for the scripts in ALWAYS_OWN_FACE; then
 * the script's fallback. A character no face covers is printed as a visible marker (font-coverage).
 */
export class FontSet {
  readonly primary: Readonly<Record<Weight, PreparedFace>>
  private readonly fallbacks = new Map<string, PreparedFace | null>()
  /** 1 where a BMP code unit is drawn by the primary face of that weight: the fast path. */
  private readonly primaryOnly: Record<Weight, Uint8Array>

  /**
   * `deflate` compresses every stream of the documents drawn with these faces: it travels with them
   * because every document, report or packet piece, is opened from them (see stream-deflate).
   */
  constructor(
    private readonly sources: ReportFonts,
    readonly deflate: StreamDeflate = PORTABLE_DEFLATE
  ) {
    this.primary = {
      regular: { id: 'regular', postScriptName: 'DejaVuSans', font: parseTtf(bytesOf(sources.regular)) },
      bold: { id: 'bold', postScriptName: 'DejaVuSans-Bold', font: parseTtf(bytesOf(sources.bold)) }
    }
    this.primaryOnly = { regular: primaryTable(this.primary.regular.font), bold: primaryTable(this.primary.bold.font) }
  }

  /** True when every code unit of the text is drawn by the primary face (no fallback, no shaping). */
  isPrimaryOnly(text: string, weight: Weight): boolean {
    const table = this.primaryOnly[weight]
    for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 0) return false
    return true
  }

  /**
   * The advance of text drawn wholly by the primary face, in 1/1000 em, or -1 when some character
   * needs another face or shaping: the fast path of measuring, one pass over the text.
   */
  primaryAdvance(text: string, weight: Weight): number {
    const table = this.primaryOnly[weight]
    const advance = this.primary[weight].font.advanceOf
    let w = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (table[code] === 0) return -1
      w += advance[code] as number
    }
    return w
  }

  /** Whether a code point can be printed in this weight (format controls are not drawn at all). */
  covers(cp: number, weight: Weight): boolean {
    return isFormatControl(cp) || this.faceFor(cp, weight) !== null
  }

  /** The face that draws a code point, or null when none can. */
  faceFor(cp: number, weight: Weight): PreparedFace | null {
    const slot = slotOf(cp)
    const primary = this.primary[weight]
    if (slot === null || !ALWAYS_OWN_FACE.has(slot)) {
      if (glyphOfCodePoint(primary.font, cp) !== 0) return primary
      if (slot === null) return null
    }
    const face = this.fallback(slot, weight)
    return face && glyphOfCodePoint(face.font, cp) !== 0 ? face : null
  }

  fallback(slot: FallbackSlot, weight: Weight): PreparedFace | null {
    const key = `${slot}-${weight}`
    if (this.fallbacks.has(key)) return this.fallbacks.get(key) as PreparedFace | null
    const sources = this.sources.fallbacks?.[slot]
    // a script with one weight (CJK, Hangul, emoji) uses the same face, and so the same subset, for bold
    if (weight === 'bold' && sources && sources.bold === undefined) {
      const regular = this.fallback(slot, 'regular')
      this.fallbacks.set(key, regular)
      return regular
    }
    const source = sources ? (weight === 'bold' ? sources.bold : sources.regular) : undefined
    let face: PreparedFace | null = null
    const bytes = source === undefined ? null : bytesOf(source)
    if (sources && bytes && bytes.length > 0) {
      const font = parseTtf(bytes)
      const file = FALLBACK_FILES[slot]
      const name = (weight === 'bold' && sources?.bold ? file.bold : file.regular) ?? file.regular
      face = { id: key, postScriptName: name.replace(/\.ttf$/, '').replace(/[^A-Za-z0-9-]/g, ''), font }
    }
    this.fallbacks.set(key, face)
    return face
  }
}

function primaryTable(font: TtfFont): Uint8Array {
  const table = new Uint8Array(65536)
  for (let code = 0x20; code < 0xd800; code++) {
    const slot = slotOf(code)
    if (
      font.glyphOf[code] !== 0 &&
      !(code >= 0x7f && code <= 0x9f) &&
      !isFormatControl(code) &&
      (slot === null || !ALWAYS_OWN_FACE.has(slot))
    )
      table[code] = 1
  }
  for (let code = 0xe000; code < 0x10000; code++) {
    const slot = slotOf(code)
    if (font.glyphOf[code] !== 0 && !isFormatControl(code) && (slot === null || !ALWAYS_OWN_FACE.has(slot))) table[code] = 1
  }
  return table
}

/**
 * Fallback sources that read each file only when a document first needs its script. `read` is the
 * host's file reader (Node's readFileSync of assets/fonts/<file>, or a preloaded cache in a worker);
 * a file it cannot give (undefined) leaves that script to the visible markers.
 */
export function lazyFallbacks(read: (file: string) => Uint8Array | undefined): NonNullable<ReportFonts['fallbacks']> {
  const out: Partial<Record<FallbackSlot, FallbackSources>> = {}
  for (const slot of FALLBACK_SLOTS) {
    const files = FALLBACK_FILES[slot]
    const source =
      (file: string): FontSource =>
      () =>
        read(file) ?? new Uint8Array(0)
    out[slot] = files.bold ? { regular: source(files.regular), bold: source(files.bold) } : { regular: source(files.regular) }
  }
  return out
}

/**
 * The fallback files a text may need, judged by script alone (no font parsed): a host that loads
 * fonts asynchronously (the browser edition's worker) fetches these before rendering.
 */
export function fallbackFilesFor(text: string): string[] {
  const slots = new Set<FallbackSlot>()
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x0590) continue
    const cp = text.codePointAt(i) as number
    if (cp > 0xffff) i++
    const slot = slotOf(cp)
    if (slot) slots.add(slot)
  }
  return [...slots].flatMap((slot) => [
    FALLBACK_FILES[slot].regular,
    ...(FALLBACK_FILES[slot].bold ? [FALLBACK_FILES[slot].bold as string] : [])
  ])
}
