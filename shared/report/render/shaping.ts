import bidiFactory from 'bidi-js'
import { hasArabic, joinArabic } from './arabic-joining'
import { isFormatControl, type FontSet, type PreparedFace, type Weight } from './font-set'
import { advanceOfCodePoint, glyphOfCodePoint } from './ttf'

/**
 * A stretch of one line drawn in one face and one direction: code points in visual order, `offset`
 * from the line's left edge and `width`, both in 1/1000 em.
 */
export type GlyphRun = { face: PreparedFace; text: string; offset: number; width: number; first: number }

const bidi = bidiFactory()

/** Right-to-left letters or the right-to-left mark: only then is the bidi algorithm run. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f]/
/**
 * The explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). A line joins
 * typed text with the report's own ("vendor · engagement", "score 71.2 High"), and an unclosed one in a
 * name reaches past it: a vendor called "Acme <RLO>proC" printed the rest of the header backwards and a
 * score of 71.2 as 2.17. The bidi algorithm reads them as zero-width spaces (neutral, class BN, the same
 * length), so each letter takes its own direction; they are dropped from the drawing as before.
 */
const EXPLICIT_DIRECTION = /[\u202a-\u202e\u2066-\u2069]/g
/** Characters that take the face of the letters around them (spaces, digits, punctuation). */
const NEUTRAL = /^[\s\p{P}\p{N}\p{S}]$/u

/**
 * Lays out one line (already covered and wrapped, logical order) as runs of one face each, in the
 * order they are drawn from left to right: Arabic joined, right-to-left text reordered by the
 * Unicode bidi algorithm (bidi-js) with mirrored brackets, format controls dropped. A run's text
 * keeps its glyphs in visual order; each glyph's ToUnicode entry is the letter it stands for, so
 * PDF readers (which reverse right-to-left runs) give the logical text back.
 * Widths are in 1/1000 em of the run's face.
 */
export function shapeLine(text: string, weight: Weight, fonts: FontSet): GlyphRun[] {
  const units: { cp: number; at: number }[] = []
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number
    units.push({ cp, at: i })
    if (cp > 0xffff) i++
  }
  const cps = units.map((u) => u.cp)
  const faces = cps.map((cp) => fonts.faceFor(cp, weight) ?? fonts.primary[weight])
  joinNeutrals(cps, faces, fonts, weight)
  let drawn = cps
  if (hasArabic(cps)) {
    const arabic = fonts.fallback('arabic', weight)
    if (arabic) drawn = joinArabic(cps, (form) => glyphOfCodePoint(arabic.font, form) !== 0)
  }
  let order = units.map((_, k) => k)
  const mirrored = new Map<number, number>()
  let rtlAt: (k: number) => boolean = () => false
  const directed = text.replace(EXPLICIT_DIRECTION, '\u200b')
  if (RIGHT_TO_LEFT.test(directed)) {
    const levels = bidi.getEmbeddingLevels(directed, 'auto')
    rtlAt = (k) => ((levels.levels[(units[k] as { at: number }).at] as number) & 1) === 1
    const indexOfUnit = new Map(units.map((u, k) => [u.at, k]))
    order = bidi
      .getReorderedIndices(directed, levels)
      .map((at) => indexOfUnit.get(at))
      .filter((k): k is number => k !== undefined)
    for (const [at, ch] of bidi.getMirroredCharactersMap(directed, levels.levels)) {
      const k = indexOfUnit.get(at)
      if (k !== undefined) mirrored.set(k, ch.codePointAt(0) as number)
    }
  }
  if (cps.includes(DEVANAGARI_SIGN_I)) order = reorderPrebaseMatra(order, cps)
  const skipped = (k: number): boolean => (drawn[k] as number) < 0 || isFormatControl(drawn[k] as number)
  // the next typed character in the run's own direction, with nothing drawn in between
  const follows = (a: number, b: number, rtl: boolean): boolean => {
    if (rtl ? b >= a : b <= a) return false
    for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (!skipped(k)) return false
    return true
  }
  const runs: (GlyphRun & { rtl: boolean; last: number })[] = []
  let offset = 0
  for (const k of order) {
    const cp = mirrored.get(k) ?? (drawn[k] as number)
    if (skipped(k)) continue
    const face = faces[k] as PreparedFace
    const rtl = rtlAt(k)
    const last = runs.at(-1)
    const width = advanceOfCodePoint(face.font, cp)
    // a run is a stretch of the typed text too, so drawing runs in typed order reads back in order
    if (last && last.face === face && last.rtl === rtl && follows(last.last, k, rtl)) {
      last.last = k
      last.text += String.fromCodePoint(cp)
      last.width += width
      last.first = Math.min(last.first, k)
    } else runs.push({ face, text: String.fromCodePoint(cp), offset, width, first: k, rtl, last: k })
    offset += width
  }
  // drawn in the order they were typed: text extraction follows the content stream, so a mixed
  // line reads back in logical order (each right-to-left run is reversed by the reader itself)
  return runs.sort((a, b) => a.first - b.first)
}

const DEVANAGARI_SIGN_I = 0x093f
const VIRAMA = 0x094d
const isDevanagariConsonant = (cp: number | undefined): boolean =>
  cp !== undefined && ((cp >= 0x0915 && cp <= 0x0939) || (cp >= 0x0958 && cp <= 0x095f))

/**
 * The Devanagari vowel sign I is typed after its consonant (cluster) but written before it. Without
 * a shaping engine the report at least puts it in its place; conjuncts keep their visible virama
 * (legible, though a typesetter would join them; see docs/report.md).
 */
function reorderPrebaseMatra(order: readonly number[], cps: readonly number[]): number[] {
  const out = order.slice()
  for (let i = 0; i < out.length; i++) {
    const k = out[i] as number
    if (cps[k] !== DEVANAGARI_SIGN_I || !isDevanagariConsonant(cps[k - 1])) continue
    let start = k - 1
    while (cps[start - 1] === VIRAMA && isDevanagariConsonant(cps[start - 2])) start -= 2
    const at = out.indexOf(start)
    if (at < 0 || at > i) continue
    out.splice(i, 1)
    out.splice(at, 0, k)
  }
  return out
}

/**
 * A space, digit or punctuation mark between two letters drawn in the same fallback face is drawn
 * in that face too, so a multi-word Arabic or Hebrew name is one run (one text item when extracted).
 */
function joinNeutrals(cps: readonly number[], faces: PreparedFace[], fonts: FontSet, weight: Weight): void {
  const primary = fonts.primary[weight]
  const isNeutral = (k: number): boolean => NEUTRAL.test(String.fromCodePoint(cps[k] as number))
  for (let k = 0; k < cps.length; k++) {
    if (faces[k] !== primary || !isNeutral(k)) continue
    let before = k - 1
    while (before >= 0 && isNeutral(before)) before--
    let after = k + 1
    while (after < cps.length && isNeutral(after)) after++
    const face = faces[before]
    if (before < 0 || after >= cps.length || !face || face === primary || faces[after] !== face) continue
    if (glyphOfCodePoint(face.font, cps[k] as number) !== 0) faces[k] = face
  }
}
