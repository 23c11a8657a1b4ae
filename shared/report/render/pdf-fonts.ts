import type { jsPDF } from 'jspdf'
import { writeType0Font } from './font-objects'
import { FontSet, type PreparedFace, type ReportFonts, type Weight } from './font-set'
import { GlyphSubset } from './font-subset'
import { markFontUsed, registerFont } from './jspdf-door'

export type { ReportFonts } from './font-set'

/** The weight a piece of text is set in (every face of the report comes in these two). */
export type FaceName = Weight

/** The faces of a renderer, parsed once and shared by every document it renders. */
export type PreparedFonts = FontSet

export function prepareFonts(fonts: ReportFonts): PreparedFonts {
  return new FontSet(fonts)
}

/** A face inside one document: its PDF resource key and the glyphs this document uses. */
export type DocFace = { key: string; face: PreparedFace; subset: GlyphSubset }

/**
 * The faces one document uses, added on first use: a report in Latin script embeds only DejaVu
 * (two subsets), one with an Arabic vendor name adds a subset of Noto Sans Arabic, and so on. Each
 * face is one subset for the whole document, so a packet of a hundred reports embeds each once.
 */
export class DocFonts {
  private readonly byId = new Map<string, DocFace>()

  constructor(
    private readonly doc: jsPDF,
    readonly set: FontSet
  ) {}

  get(face: PreparedFace): DocFace {
    const known = this.byId.get(face.id)
    if (known) return known
    const subset = new GlyphSubset(face.font)
    const spaceGlyph = subset.idFor(face.font.glyphOf[32] ?? 0)
    const family = `ReportFace-${face.id}`
    const key = registerFont(this.doc, face.postScriptName, family, spaceGlyph, (w) =>
      writeType0Font(w, { baseFont: `${subsetTag(subset.order)}+${face.postScriptName}`, font: face.font, subset })
    )
    const docFace = { key, face, subset }
    this.byId.set(face.id, docFace)
    return docFace
  }

  /** Before the file is written: every face used is listed in the page resources. */
  finish(): void {
    this.doc.setPage(1)
    for (const face of this.byId.values()) markFontUsed(this.doc, `ReportFace-${face.face.id}`)
  }
}

/** PDF names an embedded subset "ABCDEF+Name"; the tag follows from the glyph set, so the same content gives the same bytes. */
function subsetTag(order: readonly number[]): string {
  let hash = 2166136261
  for (const id of order) hash = Math.imul(hash ^ id, 16777619) >>> 0
  let tag = ''
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26))
    hash = Math.floor(hash / 26) + i * 7919
  }
  return tag
}
