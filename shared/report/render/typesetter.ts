import { coverText } from './font-coverage'
import type { FaceName, PreparedFonts } from './pdf-fonts'
import { shapeLine } from './shaping'
import type { TextStyle } from './theme'

/** A word of letters in an alphabet that marks a broken word with a hyphen (Latin, Greek, Cyrillic). */
const HYPHENATED_WORD = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}'’.,;:!?()«»“”"]+$/u

/**
 * The wrap memo of each set of faces (one per renderer): by face, size and width, then by the text
 * itself, so a text met again (a bank's question, a label) is found by the hash its string already
 * carries instead of hashing a new key of style and text on every call. `size` counts the texts.
 */
type Memo<T> = { byStyle: Map<string, Map<string, T>>; size: number }
/**
 * The wrap memo: by face and size, then by width as a number, then by text. A packet wraps ≈ 150,000 times;
 * building a new key string of face, size and width on each call (the width a fraction, turned into digits) and
 * hashing it cost more than the lookups. A style's key is made once per style object (the theme's few constants).
 */
type WrapMemo = { byStyle: Map<string, Map<number, Map<string, readonly string[]>>>; size: number }
const STYLE_KEYS = new WeakMap<TextStyle, string>()

function styleKeyOf(style: TextStyle): string {
  let key = STYLE_KEYS.get(style)
  if (key === undefined) STYLE_KEYS.set(style, (key = `${style.face} ${style.size}`))
  return key
}
const WRAPPED = new WeakMap<PreparedFonts, WrapMemo>()
/** The widest word of each text, per set of faces (see widestWord), bounded as the wrap memo. */
const WIDEST = new WeakMap<PreparedFonts, Memo<number>>()
/** The memo's bound: far above one report's texts. */
const MAX_WRAPPED = 20_000

/** Where a link or identifier may break without a mark: after one of these. */
const SEPARATORS = ['/', '-', '.', '_', '?', '&', '=', '#']

/**
 * Measuring and line breaking with the fonts' own advance widths (jsPDF does not kern TrueType
 * text either, so measured and drawn widths agree). Every string is covered for its face first,
 * so a missing glyph shows as a marker and is measured as one.
 */
export class Typesetter {
  /** Wrapped text of every document drawn with these faces (see wrap). */
  private readonly wrapped: WrapMemo
  private readonly widest: Memo<number>

  constructor(readonly fonts: PreparedFonts) {
    let known = WRAPPED.get(fonts)
    if (!known) WRAPPED.set(fonts, (known = { byStyle: new Map(), size: 0 }))
    this.wrapped = known
    let widest = WIDEST.get(fonts)
    if (!widest) WIDEST.set(fonts, (widest = { byStyle: new Map(), size: 0 }))
    this.widest = widest
  }

  cover(text: string, face: FaceName): string {
    return coverText(text, (cp) => this.fonts.covers(cp, face))
  }

  /**
   * The width in points of the widest word of a text (split at white space), each word covered for
   * the face first: what a table column needs so that no word of the text is broken. Remembered like
   * wrap, since a packet's tables repeat the same cells report after report.
   */
  widestWord(text: string, face: FaceName, size: number): number {
    const memo = this.widest
    const styleKey = `${face} ${size}`
    let texts = memo.byStyle.get(styleKey)
    const known = texts?.get(text)
    if (known !== undefined) return known
    if (memo.size >= MAX_WRAPPED) {
      memo.byStyle.clear()
      memo.size = 0
      texts = undefined
    }
    if (!texts) memo.byStyle.set(styleKey, (texts = new Map()))
    const widest = Math.max(0, ...text.split(/\s+/).map((w) => this.width(this.cover(w, face), face, size)))
    texts.set(text, widest)
    memo.size++
    return widest
  }

  /** Width in points of already covered text, as drawn (joined, in whichever faces draw it). */
  width(text: string, face: FaceName, size: number): number {
    let w = this.fonts.primaryAdvance(text, face)
    if (w < 0) {
      w = 0
      for (const run of shapeLine(text, face, this.fonts)) w += run.width
    }
    return (w * size) / 1000
  }

  /**
   * Covers and wraps text to a width. Line breaks in the text start new lines (blank lines are kept,
   * once); words longer than the width are broken between characters rather than overflowing.
   */
  wrap(text: string, style: TextStyle, maxWidth: number): readonly string[] {
    // Wrapping is a pure function of the faces, the style, the width and the text, and a packet wraps
    // the same question texts, notes and method for every engagement: remembered per set of faces.
    const memo = this.wrapped
    const styleKey = styleKeyOf(style)
    let widths = memo.byStyle.get(styleKey)
    let texts = widths?.get(maxWidth)
    const known = texts?.get(text)
    if (known) return known
    if (memo.size >= MAX_WRAPPED) {
      memo.byStyle.clear()
      memo.size = 0
      widths = texts = undefined
    }
    if (!widths) memo.byStyle.set(styleKey, (widths = new Map()))
    if (!texts) widths.set(maxWidth, (texts = new Map()))
    const lines = this.wrapAnew(text, style, maxWidth)
    texts.set(text, lines)
    memo.size++
    return lines
  }

  private wrapAnew(text: string, style: TextStyle, maxWidth: number): readonly string[] {
    const lines: string[] = []
    let blank = false
    for (const paragraph of text.split(/\r\n|\r|\n/)) {
      const covered = this.cover(paragraph, style.face).trim()
      if (covered.length === 0) {
        if (lines.length > 0 && !blank) lines.push('')
        blank = true
        continue
      }
      blank = false
      this.wrapParagraph(covered, style, maxWidth, lines)
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
    return lines
  }

  private wrapParagraph(text: string, style: TextStyle, maxWidth: number, lines: string[]): void {
    const space = this.width(' ', style.face, style.size)
    let line = ''
    let lineWidth = 0
    for (const word of text.split(/ +/)) {
      if (word.length === 0) continue
      const w = this.width(word, style.face, style.size)
      if (line.length > 0 && lineWidth + space + w <= maxWidth) {
        line += ` ${word}`
        lineWidth += space + w
        continue
      }
      if (line.length > 0) lines.push(line)
      if (w <= maxWidth) {
        line = word
        lineWidth = w
        continue
      }
      const pieces = this.breakWord(word, style, maxWidth)
      lines.push(...pieces.slice(0, -1))
      line = pieces[pieces.length - 1] as string
      lineWidth = this.width(line, style.face, style.size)
    }
    if (line.length > 0) lines.push(line)
  }

  /**
   * Breaks a word that cannot fit a whole line. Between two letters of an alphabet that uses
   * hyphens the break is marked with one ("Novem-" / "ber"), so a reader sees the word goes on;
   * identifiers, fingerprints and links are broken unmarked (a hyphen would change them), and so is
   * Chinese or Japanese text, which breaks between characters anyway.
   */
  private breakWord(word: string, style: TextStyle, maxWidth: number): string[] {
    const pieces: string[] = []
    const hyphenWidth = this.width('-', style.face, style.size)
    const hyphenates = HYPHENATED_WORD.test(word)
    let piece = ''
    // a missing-glyph marker such as [U+4E1C] is kept whole, so runs of them break between markers
    for (const ch of word.match(/\[U\+[0-9A-F]{4,6}\]|./gsu) ?? []) {
      const mark = hyphenates && piece.length > 0 ? hyphenWidth : 0
      if (piece.length > 0 && this.width(piece + ch, style.face, style.size) + mark > maxWidth) {
        // a link or identifier breaks after a separator ("/", "-", "."…) when one is in the second half
        const after = hyphenates ? -1 : Math.max(...SEPARATORS.map((sep) => piece.lastIndexOf(sep))) + 1
        const cut = after > piece.length / 2 ? after : piece.length
        pieces.push(hyphenates ? `${piece}-` : piece.slice(0, cut))
        piece = piece.slice(cut)
      }
      piece += ch
    }
    pieces.push(piece)
    return pieces
  }

  /** Covers and shortens one line to fit, ending in "…" (running headers only; content is never cut). */
  fit(text: string, style: TextStyle, maxWidth: number): string {
    const covered = this.cover(text, style.face)
    if (this.width(covered, style.face, style.size) <= maxWidth) return covered
    const chars = Array.from(covered)
    while (chars.length > 1 && this.width(`${chars.join('')}…`, style.face, style.size) > maxWidth) chars.pop()
    return `${chars.join('').trimEnd()}…`
  }
}
