import { jsPDF } from 'jspdf'
import { decodeBase64 } from './base64'
import { GlyphSubset } from './font-subset'
import { parseTtf, type TtfFont } from './ttf'

/** The report's two faces, as base64 TrueType (hosts read them from assets/fonts). */
export type ReportFonts = { regular: string; bold: string }

export type FaceName = 'regular' | 'bold'

/** A face parsed once per renderer and shared by every document it renders. */
export type PreparedFace = { name: FaceName; postScriptName: string; font: TtfFont }

export type PreparedFonts = Readonly<Record<FaceName, PreparedFace>>

/** A face inside one document: its PDF resource key and the glyphs this document uses. */
export type DocFace = { key: string; font: TtfFont; subset: GlyphSubset; metadata: FontMetadata; entry: FontEntry; postScriptName: string }

export type DocFaces = Readonly<Record<FaceName, DocFace>>

export const FAMILY = 'ReportSans'

export function prepareFonts(fonts: ReportFonts): PreparedFonts {
  return {
    regular: { name: 'regular', postScriptName: 'DejaVuSans', font: parseTtf(decodeBase64(fonts.regular)) },
    bold: { name: 'bold', postScriptName: 'DejaVuSans-Bold', font: parseTtf(decodeBase64(fonts.bold)) }
  }
}

/**
 * The fields jsPDF's Identity-H font writer reads from `font.metadata` (jspdf 4.2.1, utf8 plugin),
 * which it otherwise fills by parsing the whole TTF for every document.
 */
type FontMetadata = {
  Unicode: { encoding: Record<string, never>; kerning: Record<string, never>; widths: (number | number[])[] }
  glyIdsUsed: number[]
  toUnicode: Record<number, number>
  subset: { encode: () => Uint8Array }
  bbox: number[]
  flags: number
  stemV: number
  italicAngle: number
  ascender: number
  decender: number
  capHeight: number
  characterToGlyph: (code: number) => number
  widthOfGlyph: (id: number) => number
  widthOfString: (text: string, size: number, charSpace: number) => number
}

type TtfFontApi = { TTFFont: { prototype: object; open: (data: unknown) => unknown } }
type FontEntry = { id: string; fontName: string }
type DocInternals = { internal: { getFont: (name?: string, style?: string) => FontEntry } }

/**
 * Adds a prepared face to a document without jsPDF re-parsing the font: jsPDF's addFont handler
 * calls `TTFFont.open` on the VFS file, so for the duration of this synchronous call `open` returns
 * our ready metadata instead. The writer checks `instanceof TTFFont`, hence the prototype.
 */
export function addFace(doc: jsPDF, face: PreparedFace): DocFace {
  const { font } = face
  const subset = new GlyphSubset(font)
  const d = font.descriptor
  // narrow cast: TTFFont is an untyped member of jsPDF.API
  const api = jsPDF.API as unknown as TtfFontApi
  const metadata = Object.create(api.TTFFont.prototype) as FontMetadata
  const widthOf = (id: number): number => subset.widthOfNewId(id)
  Object.assign(metadata, {
    Unicode: { encoding: {}, kerning: {}, widths: [] },
    glyIdsUsed: [0],
    toUnicode: subset.toUnicode,
    subset: { encode: () => subset.toTrueType() },
    bbox: d.bbox,
    flags: d.flags,
    stemV: 0,
    italicAngle: d.italicAngle,
    ascender: d.ascent,
    decender: d.descent,
    capHeight: d.capHeight,
    characterToGlyph: (code: number) => subset.idFor(font.glyphOf[code] ?? 0),
    widthOfGlyph: widthOf,
    widthOfString: (text: string, size: number) => {
      let w = 0
      for (let i = 0; i < text.length; i++) w += font.advanceOf[text.charCodeAt(i)] ?? 0
      return (w * size) / 1000
    }
  } satisfies FontMetadata)
  const style = face.name === 'bold' ? 'bold' : 'normal'
  doc.addFileToVFS(face.postScriptName, 'AAAA')
  const open = api.TTFFont.open
  api.TTFFont.open = () => metadata
  try {
    doc.addFont(face.postScriptName, FAMILY, style, 'Identity-H')
  } finally {
    api.TTFFont.open = open
  }
  const entry = (doc as unknown as DocInternals).internal.getFont(FAMILY, style)
  return { key: entry.id, font, subset, metadata, entry, postScriptName: face.postScriptName }
}

/** Fills in what the writer needs at output time: the /W widths of the glyphs actually used. */
export function finishFace(face: DocFace): void {
  face.metadata.Unicode.widths = face.subset.widths()
  // PDF names an embedded subset "ABCDEF+Name"; the tag is derived from the glyph set, so the same
  // content always gives the same bytes
  face.entry.fontName = `${subsetTag(face.subset.order)}+${face.postScriptName}`
}

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
