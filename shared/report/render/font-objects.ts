import type { GlyphSubset } from './font-subset'
import { binaryOfBytes } from './stream-deflate'
import type { TtfFont } from './ttf'

/** What the PDF writer offers while it writes the file's objects (see jspdf-door). */
export type PdfObjectWriter = {
  newObject: () => number
  out: (line: string) => void
  putStream: (stream: { data: string; objectId: number; addLength1?: boolean }) => void
}

/** One embedded face as PDF objects: its subset, widths and the map back to the text it shows. */
export type EmbeddedFace = { baseFont: string; font: TtfFont; subset: GlyphSubset }

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0')
}

/** UTF-16BE hex of a string, surrogate pairs included, as a ToUnicode destination. */
function utf16Hex(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i))
  return out
}

/**
 * The ToUnicode CMap: each glyph id to the text it stands for, in logical order. Unlike jsPDF's own
 * writer (one UTF-16 unit per glyph) it carries ligatures (lam-alef → two letters) and code points
 * beyond the BMP (emoji), so extracted text is what was typed.
 */
export function toUnicodeCMap(unicodeText: ReadonlyMap<number, string>): string {
  const entries = [...unicodeText.entries()].sort((a, b) => a[0] - b[0])
  let body = ''
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100)
    body += `${block.length} beginbfchar\n${block.map(([id, text]) => `<${hex4(id)}> <${utf16Hex(text)}>`).join('\n')}\nendbfchar\n`
  }
  return (
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n' +
    '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <ffff>\nendcodespacerange\n' +
    body +
    'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend'
  )
}

/** The /W array: [id [width] …] in 1/1000 em for every glyph of the subset. */
function widthArray(subset: GlyphSubset): string {
  const parts: string[] = []
  for (let id = 0; id < subset.order.length; id++) parts.push(`${id} [${Math.round(subset.widthOfNewId(id))}]`)
  return `[${parts.join(' ')}]`
}

/**
 * Writes a Type0 / CIDFontType2 font (Identity-H, identity CIDToGIDMap: the content streams hold
 * the subset's new glyph ids) and returns the object number of the font dictionary.
 */
export function writeType0Font(w: PdfObjectWriter, face: EmbeddedFace): number {
  const { subset, font, baseFont } = face
  const d = font.descriptor
  const file = w.newObject()
  w.putStream({ data: binaryOfBytes(subset.toTrueType()), objectId: file, addLength1: true })
  w.out('endobj')
  const cmap = w.newObject()
  w.putStream({ data: toUnicodeCMap(subset.unicodeText), objectId: cmap })
  w.out('endobj')
  const descriptor = w.newObject()
  w.out(
    `<< /Type /FontDescriptor /FontName /${baseFont} /FontFile2 ${file} 0 R /FontBBox [${d.bbox.join(' ')}] /Flags ${d.flags} /StemV 0 /ItalicAngle ${d.italicAngle} /Ascent ${d.ascent} /Descent ${d.descent} /CapHeight ${d.capHeight} >>`
  )
  w.out('endobj')
  const cid = w.newObject()
  w.out(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${baseFont} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /W ${widthArray(subset)} /CIDToGIDMap /Identity /DW 1000 >>`
  )
  w.out('endobj')
  const type0 = w.newObject()
  w.out(
    `<< /Type /Font /Subtype /Type0 /BaseFont /${baseFont} /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${cmap} 0 R >>`
  )
  w.out('endobj')
  return type0
}
