import type { jsPDF } from 'jspdf'
import { writeType0Font, type EmbeddedFace } from './font-objects'
import { FontSet, type PreparedFace, type ReportFonts, type Weight } from './font-set'
import { GlyphSubset } from './font-subset'
import { markFontUsed, registerFont } from './jspdf-door'
import type { StreamDeflate } from './stream-deflate'

export type { ReportFonts } from './font-set'

/** The weight a piece of text is set in (every face of the report comes in these two). */
export type FaceName = Weight

/** The faces of a renderer, parsed once and shared by every document it renders, with its stream compressor. */
export type PreparedFonts = FontSet

export function prepareFonts(fonts: ReportFonts, deflate?: StreamDeflate): PreparedFonts {
  return new FontSet(fonts, deflate)
}

/** A face inside one document: its PDF resource key and the glyphs this document uses. */
export type DocFace = { key: string; face: PreparedFace; subset: GlyphSubset }

/**
 * Where a document's faces go: a jsPDF document (which writes them with its file), or the audit
 * packet's own writer (the running headers and footers it adds to pages rendered elsewhere).
 * `register` gives a face its resource key; `finish` runs once drawing is over, before the file.
 */
export type FaceRegistry = {
  register: (face: PreparedFace, subset: GlyphSubset, spaceGlyph: number) => string
  finish: (faces: readonly DocFace[]) => void
}

/** The page on which finishing a document's faces marks them used: its content changes then. */
export const FACES_MARKED_ON_PAGE = 1

/** The faces of a jsPDF document, written by jsPDF as it writes the file (see jspdf-door). */
export function jsPdfFaces(doc: jsPDF): FaceRegistry {
  return {
    register: (face, subset, spaceGlyph) =>
      registerFont(doc, face.postScriptName, familyOf(face), spaceGlyph, (w) => writeType0Font(w, embeddedFace(face, subset))),
    finish: (faces) => {
      // every face used is listed in the page resources
      doc.setPage(FACES_MARKED_ON_PAGE)
      for (const f of faces) markFontUsed(doc, familyOf(f.face))
    }
  }
}

const familyOf = (face: PreparedFace): string => `ReportFace-${face.id}`

/** A face with the glyphs a document used, ready to be written as PDF objects. */
export function embeddedFace(face: PreparedFace, subset: GlyphSubset): EmbeddedFace {
  return { baseFont: `${subsetTag(subset.order)}+${face.postScriptName}`, font: face.font, subset }
}

/**
 * The faces one document uses, added on first use: a report in Latin script embeds only DejaVu
 * (two subsets), one with an Arabic vendor name adds a subset of Noto Sans Arabic, and so on. Each
 * face is one subset for the whole document, so a packet of a hundred reports embeds each once.
 */
export class DocFonts {
  private readonly byId = new Map<string, DocFace>()

  constructor(
    private readonly registry: FaceRegistry,
    readonly set: FontSet
  ) {}

  get(face: PreparedFace): DocFace {
    const known = this.byId.get(face.id)
    if (known) return known
    const subset = new GlyphSubset(face.font)
    const spaceGlyph = subset.idFor(face.font.glyphOf[32] ?? 0)
    const key = this.registry.register(face, subset, spaceGlyph)
    const docFace = { key, face, subset }
    this.byId.set(face.id, docFace)
    return docFace
  }

  /** Every face used so far, in order of first use. */
  used(): DocFace[] {
    return [...this.byId.values()]
  }

  /** Before the file is written. */
  finish(): void {
    this.registry.finish(this.used())
  }
}

/** The faces a canvas draws in: a document's own, or another document's under other names. */
export type CanvasFonts = Pick<DocFonts, 'get' | 'set'>

/**
 * A document's faces under keys with `prefix` added: an audit packet draws the running headers of
 * its report pages in the faces of its front matter, named so they cannot clash with the faces of
 * the piece each page comes from.
 */
export function renamedFonts(fonts: DocFonts, prefix: string): CanvasFonts {
  const renamed = new Map<string, DocFace>()
  return {
    set: fonts.set,
    get: (face) => {
      const own = fonts.get(face)
      let known = renamed.get(own.key)
      if (!known) renamed.set(own.key, (known = { ...own, key: `${prefix}${own.key}` }))
      return known
    }
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
